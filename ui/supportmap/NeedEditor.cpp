#include "NeedEditor.h"

#include <QLabel>

using namespace Qt::StringLiterals;

NeedEditor::NeedEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : SupportMapEditor(document, id, wardId, Document::Kind::SupportMap, tr("Add need"), tr("Edit need"), parent)
{
    setObjectName(u"needEditor"_s);
    setWindowTitle(isNew() ? tr("New need") : tr("Edit need"));
    if (isNew()) {
        record().signalledOn = QDate::currentDate();
    }
    auto* note = new QLabel(tr("Only collective needs: never an individual resident's situation or care need."));
    note->setWordWrap(true);
    note->setObjectName(u"collectiveNoteLabel"_s);
    form()->addRow(note);
    addSharedFields({tr("&Ward:"), tr("Choose a ward..."), tr("&Theme:"), tr("Choose a theme..."), tr("&Need:")})
        .description->setPlaceholderText(tr("A need of the ward or a group in it, e.g. a meeting place for elderly"));
    lineEdit(tr("Signalled &by:"), u"signalled_by"_s, u"signalledByLineEdit"_s, &Need::signalledBy)
        ->setPlaceholderText(tr("e.g. residents' evening, youth worker, housing corporation"));
    dateEdit(tr("Signalled &on:"), u"signalled_on"_s, u"signalledOnLineEdit"_s, &Need::signalledOn);
    enumBox(tr("&Severity:"), u"severity"_s, u"severityComboBox"_s, &Need::severity);
    checkBox(QString(), u"open"_s, u"openCheckBox"_s, &Need::open, tr("The need is still open"));
    load();
    resize(480, sizeHint().height());
}
