#include "CsvImporter.h"

#include "CsvExporter.h"
#include "CsvTableImport.h"
#include "CsvTables.h"
#include "CsvValues.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// Field names of the repositories' validate() that differ from the CSV column keys.
QString columnKeyForField(const QString& field)
{
    static const QHash<QString, QString> aliases {
        {u"ward"_s, u"ward_code"_s},          {u"framework"_s, u"framework_id"_s},
        {u"person"_s, u"person_id"_s},        {u"initiative"_s, u"initiative_id"_s},
        {u"holder"_s, u"holder_person_id"_s}, {u"backup"_s, u"backup_person_id"_s},
        {u"type"_s, u"ward_type"_s}};
    return aliases.value(field, field);
}

struct Collector
{
    ImportReport& report;
    int max;
    void add(int row, const QString& column, const QString& message)
    {
        ++report.problemCount;
        if (report.problems.size() < max) {
            report.problems.append({row, CsvReader::elided(column), message});
        }
    }
};

} // namespace

QStringList CsvImporter::requiredColumns(const QString& table)
{
    return TableImport::requiredColumns(table);
}

ImportReport CsvImporter::import(Database& db, const QString& table, QIODevice& in, const ImportOptions& options)
{
    if (!CsvTables::importableTables().contains(table)) {
        throw Error(tr("The table “%1” cannot be imported. Choose one of: %2.")
                        .arg(table, CsvTables::importableTables().join(u", "_s)));
    }
    ImportReport report;
    report.table = table;
    Collector problems {report, options.maxProblems};
    CsvReader reader = CsvReader::fromDevice(in, options.maxBytes);
    report.dialect = reader.dialect();
    const auto takeReaderProblems = [&] {
        for (const CsvProblem& p : reader.problems()) {
            problems.add(p.row, p.column, p.message);
        }
    };
    QStringList header;
    if (!reader.readRow(header)) {
        takeReaderProblems();
        if (report.problemCount == 0) {
            problems.add(0, {}, tr("The file is empty."));
        }
        return report;
    }

    // The header: keys, translated labels or English labels, in any order.
    const CsvTables::Table& spec = *CsvTables::table(table);
    const QList<CsvTables::TableColumn> columns = CsvTables::columns(spec, CsvTables::Privacy::WithPersonalData);
    QHash<QString, int> index; // column key -> position in the file
    QList<int> specOf(header.size(), -1); // position in the file -> position in `columns`
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        const QString shown = CsvReader::elided(name);
        int found = -1;
        for (qsizetype c = 0; c < columns.size() && found < 0; ++c) {
            const CsvColumn& col = columns.at(c).column;
            if (name.compare(col.key, Qt::CaseInsensitive) == 0 || name.compare(col.label, Qt::CaseInsensitive) == 0
                || name.compare(spec.columns.at(c).column.label, Qt::CaseInsensitive) == 0) {
                found = int(c);
            }
        }
        if (found < 0) {
            QStringList keys;
            for (const auto& c : columns) {
                keys << c.column.key;
            }
            problems.add(1, name,
                         tr("Unknown column “%1”. The columns of %2 are: %3.").arg(shown, table, keys.join(u", "_s)));
            continue;
        }
        const QString key = columns.at(found).column.key;
        if (index.contains(key)) {
            problems.add(1, name, tr("The column “%1” occurs twice.").arg(shown));
            continue;
        }
        index.insert(key, int(i));
        specOf[i] = found;
    }
    for (const QString& key : TableImport::requiredColumns(table)) {
        if (!index.contains(key)) {
            problems.add(1, key, tr("The required column “%1” is missing.").arg(key));
        }
    }
    if (report.problemCount > 0) {
        return report;
    }
    const auto headerName = [&](const QString& key) {
        const int i = index.value(key, -1);
        return i < 0 ? key : header.at(i).trimmed();
    };
    QSet<int> valueRequired;
    const QStringList mayBeEmpty = TableImport::mayBeEmpty(table);
    for (const QString& key : TableImport::requiredColumns(table)) {
        if (!mayBeEmpty.contains(key)) {
            valueRequired.insert(index.value(key));
        }
    }
    // A critical role may carry the user's own name: read as text, CriticalRole::keyFor maps the standard ones.
    QList<CsvColumn> readAs;
    for (const auto& c : columns) {
        readAs << c.column;
    }
    if (table == QLatin1String("critical_roles")) {
        for (CsvColumn& c : readAs) {
            if (c.key == QLatin1String("role")) {
                c.type = CsvType::Text;
            }
        }
    }

    Transaction tx(db);
    std::unique_ptr<TableImport> importer = TableImport::create(table, db);
    QStringList cells;
    QVariantList values(header.size());
    QList<FieldError> rowProblems;
    while (reader.readRow(cells)) {
        ++report.rowsRead;
        const int row = reader.row();
        if (options.progress && (report.rowsRead & 0x3FF) == 0 && !options.progress(reader.percentDone())) {
            importer->finish();
            throw CsvCancelled();
        }
        if (cells.size() != header.size()) {
            problems.add(
                row, {},
                tr("This row has %1 cells where the header has %2. Check for a missing or extra separator (%3) or "
                   "a cell with a line break that is not between quotes.")
                    .arg(cells.size())
                    .arg(header.size())
                    .arg(QChar::fromLatin1(reader.separator())));
            continue;
        }
        bool rowOk = true;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int c = specOf.at(i);
            const CsvValues::Parsed parsed
                = CsvValues::parse(cells.at(i), readAs.at(c), spec.columns.at(c).column.enumLabels, reader.dialect());
            if (!parsed.error.isEmpty()) {
                problems.add(row, header.at(i).trimmed(), parsed.error);
                rowOk = false;
            } else if (parsed.value.isNull() && valueRequired.contains(int(i))) {
                problems.add(row, header.at(i).trimmed(), tr("This cell must not be empty."));
                rowOk = false;
            }
            values[i] = parsed.value;
        }
        if (!rowOk) {
            continue;
        }
        rowProblems.clear();
        TableImport::Outcome outcome = TableImport::Outcome::Refused;
        try {
            outcome = importer->importRow(ImportRow(index, values), rowProblems);
        } catch (const ValidationError& e) {
            rowProblems << e.fieldErrors();
        } catch (const Error& e) {
            rowProblems.append({{}, e.message()});
        }
        for (const FieldError& e : rowProblems) {
            problems.add(row, e.field.isEmpty() ? QString() : headerName(columnKeyForField(e.field)), e.message);
        }
        if (outcome == TableImport::Outcome::Added && rowProblems.isEmpty()) {
            ++report.rowsNew;
        } else if (outcome == TableImport::Outcome::Present) {
            report.presentRows << row;
        }
    }
    importer->finish();
    takeReaderProblems();
    if (report.rowsRead == 0 && report.problemCount == 0) {
        problems.add(0, {}, tr("The file has a header but no rows."));
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const CsvProblem& a, const CsvProblem& b) { return a.row < b.row; });
    if (report.problemCount == 0 && !options.dryRun) {
        if (report.rowsNew > 0) {
            AuditLog(db).recordInsert(u"csv_import"_s, 0, {table});
        }
        tx.commit();
        report.written = true;
    }
    if (options.progress) {
        options.progress(100);
    }
    return report;
}
