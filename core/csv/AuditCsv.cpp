#include "AuditCsv.h"

#include "core/csv/CsvTables.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AuditCsv {

namespace {

const Translations::Context tr {"AuditCsv"};

} // namespace

QList<CsvColumn> columns()
{
    QHash<QString, QString> actions;
    actions.insert(AuditLog::Insert, tr("added"));
    actions.insert(AuditLog::Update, tr("changed"));
    actions.insert(AuditLog::Delete, tr("deleted"));
    actions.insert(AuditLog::Erase, tr("erased (AVG art. 17)"));
    actions.insert(AuditLog::Export, tr("exported with personal data"));
    actions.insert(AuditLog::Report, tr("report with names"));
    actions.insert(AuditLog::Access, tr("subject access (AVG art. 15)"));
    actions.insert(AuditLog::Retention, tr("retention run"));
    return {
        {u"id"_s, tr("Number"), CsvType::Integer, {}},        {u"at"_s, tr("Time (UTC)"), CsvType::Text, {}},
        {u"os_user"_s, tr("User"), CsvType::Text, {}},        {u"entity"_s, tr("Entity"), CsvType::Text, {}},
        {u"entity_id"_s, tr("Record"), CsvType::Integer, {}}, {u"action"_s, tr("Action"), CsvType::Enum, actions},
        {u"fields"_s, tr("Fields"), CsvType::Text, {}},       {u"records"_s, tr("Records"), CsvType::Integer, {}},
    };
}

qint64 write(QIODevice& out, CsvDialect dialect, const QList<AuditEntry>& entries)
{
    CsvWriter writer(out, dialect);
    writer.writeHeader(columns());
    for (const AuditEntry& e : entries) {
        writer.writeRow({e.id, e.at.toUTC().toString(Qt::ISODateWithMs), e.osUser, e.entity, e.entityId, e.action,
                         e.fields.join(CsvTables::ListSeparator),
                         e.records ? QVariant(*e.records) : QVariant(QMetaType::fromType<qint64>())});
    }
    writer.flush();
    return entries.size();
}

} // namespace AuditCsv
