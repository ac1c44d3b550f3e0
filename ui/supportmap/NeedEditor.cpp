#include "NeedEditor.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/common/WardPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

NeedEditor::NeedEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.needs().find(id) : std::nullopt)
    , m_ward(new QComboBox)
    , m_theme(new QComboBox)
    , m_description(new QPlainTextEdit)
    , m_signalledBy(new QLineEdit)
    , m_signalledOn(Inputs::makeDateLineEdit(u"signalledOnLineEdit"_s))
    , m_severity(new QComboBox)
    , m_open(new QCheckBox(tr("The need is still open")))
{
    setObjectName(u"needEditor"_s);
    setWindowTitle(m_original ? tr("Edit need") : tr("New need"));
    m_ward->setObjectName(u"wardComboBox"_s);
    m_theme->setObjectName(u"themeComboBox"_s);
    m_description->setObjectName(u"descriptionPlainTextEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("A need of the ward or a group in it, e.g. a meeting place for elderly"));
    m_description->setMaximumHeight(90);
    m_signalledBy->setObjectName(u"signalledByLineEdit"_s);
    m_signalledBy->setPlaceholderText(tr("e.g. residents' evening, youth worker, housing corporation"));
    m_severity->setObjectName(u"severityComboBox"_s);
    m_open->setObjectName(u"openCheckBox"_s);
    WardPicker::fill(m_ward, document.wards().all(), tr("Choose a ward..."));
    m_theme->addItem(tr("Choose a theme..."), qint64(0));
    for (const Theme& t : document.themes().all()) {
        m_theme->addItem(t.name, t.id);
    }
    for (Severity s : Enums::all<Severity>()) {
        m_severity->addItem(Enums::label(s), int(s));
    }
    auto* note = new QLabel(tr("Only collective needs: never an individual resident's situation or care need."));
    note->setWordWrap(true);
    note->setObjectName(u"collectiveNoteLabel"_s);
    form()->addRow(note);
    addRow(tr("&Ward:"), u"ward"_s, m_ward);
    addRow(tr("&Theme:"), u"theme"_s, m_theme);
    addRow(tr("&Need:"), u"description"_s, m_description);
    addRow(tr("Signalled &by:"), u"signalled_by"_s, m_signalledBy);
    addRow(tr("Signalled &on:"), u"signalled_on"_s, m_signalledOn);
    addRow(tr("&Severity:"), u"severity"_s, m_severity);
    addRow(QString(), u"open"_s, m_open);

    Need n = m_original.value_or(Need {});
    if (!m_original) {
        n.wardId = wardId.value_or(0);
        n.signalledOn = QDate::currentDate();
    }
    m_ward->setCurrentIndex(qMax(0, m_ward->findData(n.wardId)));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(n.themeId)));
    m_description->setPlainText(n.description);
    m_signalledBy->setText(n.signalledBy);
    Inputs::setDate(m_signalledOn, n.signalledOn);
    m_severity->setCurrentIndex(m_severity->findData(int(n.severity)));
    m_open->setChecked(n.open);
    resize(480, sizeHint().height());
}

bool NeedEditor::save(QList<FieldError>& errors)
{
    Need n = m_original.value_or(Need {});
    n.wardId = m_ward->currentData().toLongLong();
    n.themeId = m_theme->currentData().toLongLong();
    n.description = m_description->toPlainText().trimmed();
    n.signalledBy = m_signalledBy->text().trimmed();
    n.signalledOn = Inputs::readDate(m_signalledOn, u"signalled_on"_s, errors);
    n.severity = Severity(m_severity->currentData().toInt());
    n.open = m_open->isChecked();
    errors << m_document.needs().validate(n);
    return saveRecord<NeedRepository>(m_document, Document::Kind::SupportMap, m_original, n, errors, tr("Add need"),
                                      tr("Edit need"));
}
