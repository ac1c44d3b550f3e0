#include "ParticipationEditor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ParticipationEditor::ParticipationEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : RecordEditor(document, id, Document::Kind::Participation, tr("Add participation moment"),
                   tr("Edit participation moment"), parent)
{
    setObjectName(u"participationEditor"_s);
    setWindowTitle(isNew() ? tr("New participation moment") : tr("Edit participation moment"));
    if (isNew()) {
        record().date = QDate::currentDate();
        record().wardId = wardId.value_or(0);
    }
    wardBox(tr("&Ward:"), u"ward"_s, u"wardComboBox"_s, &ParticipationMoment::wardId, document.wards().all(),
            tr("Choose a ward..."));
    dateEdit(tr("&Date:"), u"date"_s, u"dateLineEdit"_s, &ParticipationMoment::date);
    enumBox(tr("&Kind:"), u"kind"_s, u"kindComboBox"_s, &ParticipationMoment::kind);
    enumBox(tr("&Channel:"), u"channel"_s, u"channelComboBox"_s, &ParticipationMoment::channel);
    numberEdit(tr("&Participants:"), u"participants"_s, u"participantsLineEdit"_s, &ParticipationMoment::participants)
        ->setMaximumWidth(120);
    textEdit(tr("N&otes:"), u"notes"_s, u"notesPlainTextEdit"_s, &ParticipationMoment::notes, TextRead::Trimmed)
        ->setMaximumHeight(80);
    load();
    resize(440, sizeHint().height());
}

void ParticipationEditor::check(const ParticipationMoment& moment, QList<FieldError>& errors) const
{
    const bool dateRead
        = std::none_of(errors.cbegin(), errors.cend(), [](const FieldError& e) { return e.field == u"date"_s; });
    for (const FieldError& e : repository().validate(moment)) {
        if (dateRead || e.field != u"date"_s) {
            errors << e;
        }
    }
}
