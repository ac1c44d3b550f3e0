#include "EvaluationRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EvaluationRepository", text);
}

const QString Entity = u"evaluation"_s;
const QString Select = u"SELECT id, agreement_id, date, outcome, decision FROM evaluations"_s;

Evaluation readEvaluation(const QSqlQuery& q)
{
    Evaluation e;
    e.id = q.value(0).toLongLong();
    e.agreementId = q.value(1).toLongLong();
    e.date = Sql::toDate(q.value(2));
    e.outcome = q.value(3).toString();
    e.decision = Enums::fromKey<EvaluationDecision>(q.value(4).toString()).value_or(EvaluationDecision::Continue);
    return e;
}

QStringList changedFields(const Evaluation& a, const Evaluation& b)
{
    QStringList f;
    if (a.agreementId != b.agreementId)
        f << u"agreement"_s;
    if (a.date != b.date)
        f << u"date"_s;
    if (a.outcome != b.outcome)
        f << u"outcome"_s;
    if (a.decision != b.decision)
        f << u"decision"_s;
    return f;
}

} // namespace

EvaluationRepository::EvaluationRepository(Database& db)
    : m_db(db)
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

qint64 EvaluationRepository::insert(const Evaluation& e)
{
    if (const auto errors = validate(e); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"INSERT INTO evaluations(id, agreement_id, date, outcome, decision) VALUES(?, ?, ?, ?, ?) RETURNING id"_s,
        {e.id > 0 ? QVariant(e.id) : QVariant(QMetaType::fromType<qint64>()), e.agreementId, Sql::date(e.date),
         e.outcome, Enums::key(e.decision)});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog(m_db).recordInsert(Entity, id, changedFields(Evaluation {}, e));
    tx.commit();
    return id;
}

void EvaluationRepository::update(const Evaluation& e)
{
    if (const auto errors = validate(e); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    const auto old = find(e.id);
    if (!old) {
        throw Error(tr("This evaluation no longer exists."));
    }
    Transaction tx(m_db);
    Sql::exec(m_db.connection(),
              u"UPDATE evaluations SET agreement_id = ?, date = ?, outcome = ?, decision = ? WHERE id = ?"_s,
              {e.agreementId, Sql::date(e.date), e.outcome, Enums::key(e.decision), e.id});
    AuditLog(m_db).recordUpdate(Entity, e.id, changedFields(*old, e));
    tx.commit();
}

void EvaluationRepository::remove(qint64 id)
{
    if (!find(id)) {
        return;
    }
    Transaction tx(m_db);
    Sql::exec(m_db.connection(), u"DELETE FROM evaluations WHERE id = ?"_s, {id});
    AuditLog(m_db).recordDelete(Entity, id);
    tx.commit();
}

std::optional<Evaluation> EvaluationRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::exec(m_db.connection(), Select + u" WHERE id = ?"_s, {id});
    if (q.next()) {
        return readEvaluation(q);
    }
    return std::nullopt;
}

QList<Evaluation> EvaluationRepository::forAgreement(qint64 agreementId) const
{
    QList<Evaluation> list;
    QSqlQuery q = Sql::exec(m_db.connection(), Select + u" WHERE agreement_id = ? ORDER BY date DESC, id DESC"_s,
                            {agreementId});
    while (q.next()) {
        list << readEvaluation(q);
    }
    return list;
}
