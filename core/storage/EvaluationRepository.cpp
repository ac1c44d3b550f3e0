#include "EvaluationRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

EvaluationRepository::EvaluationRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This evaluation no longer exists."), Tables::evaluations())
{
}

QList<FieldError> EvaluationRepository::validate(const Evaluation& e) const
{
    QList<FieldError> errors;
    if (e.agreementId <= 0
        || !Sql::scalar(m_db.connection(), u"SELECT 1 FROM agreements WHERE id = ?"_s, {e.agreementId}).isValid()) {
        errors.append({u"agreement"_s, tr("The agreement of this evaluation no longer exists.")});
    }
    if (!e.date.isValid()) {
        errors.append({u"date"_s, tr("Enter the date of the evaluation.")});
    }
    return errors;
}

QList<Evaluation> EvaluationRepository::forAgreement(qint64 agreementId) const
{
    return m_store.select(u"WHERE agreement_id = ? ORDER BY date DESC, id DESC"_s, {agreementId});
}
