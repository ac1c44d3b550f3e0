#include "ParticipationModel.h"

ParticipationModel::ParticipationModel(ParticipationRepository& repository, QObject* parent)
    : RepositoryModel(repository, parent)
{
    using namespace ListColumns;
    setColumns({
        date(QT_TR_NOOP("Date"), &ParticipationRow::date).withWidth(100),
        text(QT_TR_NOOP("Ward"), &ParticipationRow::wardName).withWidth(180),
        label(QT_TR_NOOP("Kind"), &ParticipationRow::kind).withWidth(160),
        label(QT_TR_NOOP("Channel"), &ParticipationRow::channel).withWidth(100),
        count(QT_TR_NOOP("Participants"), &ParticipationRow::participants),
    });
}
