#include "CsvImporter.h"

#include "core/csv/CsvExporter.h"
#include "core/csv/CsvTableImport.h"
#include "core/csv/CsvTables.h"
#include "core/csv/CsvValues.h"
#include "core/i18n/Translations.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <memory>

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
    QList<CsvProblem>& list;
    int& count;
    int max;
    void add(int row, const QString& column, const QString& message)
    {
        ++count;
        if (list.size() < max) {
            list.append({row, CsvReader::elided(column), message});
        }
    }
};

/// One column a table's import reads: the translated column and the names a header may give it.
struct ImportSpec
{
    CsvColumn column; ///< label and enum labels translated
    QHash<QString, QString> englishEnum; ///< key -> English label
    QStringList names; ///< key, labels in English, Dutch and the installed language, aliases
};

/// Other names a header may give a column, beside its key and labels: what other tools write.
QStringList aliases(const QString& table, const QString& key)
{
    if (table == QLatin1String("persons") && key == QLatin1String("surname_prefix")) {
        return {u"tussenvoegsel"_s, u"tussenvoegsels"_s, u"voorvoegsel"_s};
    }
    return {};
}

QList<ImportSpec> importSpecs(const QString& table)
{
    QList<ImportSpec> specs;
    const CsvTables::Table* spec = CsvTables::table(table);
    if (!spec) {
        return specs;
    }
    QHash<QString, const CsvTables::TableColumn*> english;
    for (const CsvTables::TableColumn& c : spec->columns) {
        english.insert(c.column.key, &c);
    }
    for (const CsvTables::TableColumn& c : CsvTables::columns(*spec, CsvTables::Privacy::WithPersonalData)) {
        ImportSpec s;
        s.column = c.column;
        const CsvTables::TableColumn* source = english.value(c.column.key);
        s.englishEnum = source->column.enumLabels;
        s.names = {c.column.key, c.column.label, source->column.label,
                   Translations::dutch("CsvTables", source->column.label)};
        s.names << aliases(table, c.column.key);
        specs << s;
    }
    return specs;
}

int findSpec(const QList<ImportSpec>& specs, const QString& name)
{
    const QString n = name.trimmed();
    for (qsizetype c = 0; c < specs.size(); ++c) {
        for (const QString& candidate : specs.at(c).names) {
            if (n.compare(candidate, Qt::CaseInsensitive) == 0) {
                return int(c);
            }
        }
    }
    return -1;
}

} // namespace

QStringList CsvImporter::requiredColumns(const QString& table)
{
    return TableImport::requiredColumns(table);
}

QString CsvImporter::columnKey(const QString& table, const QString& header)
{
    const QList<ImportSpec> specs = importSpecs(table);
    const int c = findSpec(specs, header);
    return c < 0 ? QString() : specs.at(c).column.key;
}

QList<QPair<QString, QString>> CsvImporter::mappableColumns(const QString& table)
{
    QList<QPair<QString, QString>> result;
    for (const ImportSpec& s : importSpecs(table)) {
        result.append({s.column.key, s.column.label});
    }
    return result;
}

bool ImportOptions::parseColumnMap(const QString& text, QHash<QString, QString>& map, QString& error)
{
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.lastIndexOf(u'=');
        if (eq <= 0) {
            error = CsvImporter::tr("“%1” is not a mapping: write the column as the file names it, '=' and the key, "
                                    "for example \"Geboortedatum=-\" or \"Mobiel=phone\".")
                        .arg(part.trimmed());
            return false;
        }
        const QString target = part.mid(eq + 1).trimmed();
        map.insert(part.left(eq).trimmed().toCaseFolded(), target.isEmpty() ? IgnoreColumn : target);
    }
    return true;
}

ImportReport CsvImporter::import(Database& db, const QString& table, QIODevice& in, const ImportOptions& options)
{
    if (!CsvTables::importableTables().contains(table)) {
        throw Error(tr("The table “%1” cannot be imported. Choose one of: %2.")
                        .arg(table, CsvTables::importableTables().join(u", "_s)));
    }
    ImportReport report;
    report.table = table;
    Collector problems {report.problems, report.problemCount, options.maxProblems};
    int noticeCount = 0;
    Collector notices {report.notices, noticeCount, options.maxProblems};
    CsvReader reader = CsvReader::fromDevice(in, options.maxBytes);
    report.dialect = reader.dialect();
    report.encoding = reader.encoding();
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

    // The header: keys, labels (English, Dutch or the installed language) or mapped names, in any order. Empty
    // header cells at the end (Excel's ";;;") are left out; an unnamed column elsewhere must stay empty.
    const QList<ImportSpec> specs = importSpecs(table);
    while (!header.isEmpty() && header.constLast().trimmed().isEmpty()) {
        header.removeLast();
    }
    QHash<QString, QString> map;
    for (auto it = options.columnMap.cbegin(); it != options.columnMap.cend(); ++it) {
        map.insert(it.key().trimmed().toCaseFolded(), it.value().trimmed());
    }
    QSet<QString> mapUsed;
    QHash<QString, int> index; // column key -> position in the file
    QList<int> specOf(header.size(), -1); // position in the file -> position in `specs`
    const auto columnList = [&specs] {
        QStringList names;
        for (const ImportSpec& s : specs) {
            names << (s.column.label.compare(s.column.key, Qt::CaseInsensitive) == 0
                          ? s.column.key
                          : tr("%1 (%2)").arg(s.column.label, s.column.key));
        }
        return names.join(u", "_s);
    };
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        const QString shown = CsvReader::elided(name);
        ImportColumn column {name, {}, false};
        int found = -1;
        if (name.isEmpty()) {
            column.ignored = true;
        } else if (const auto m = map.constFind(name.toCaseFolded()); m != map.constEnd()) {
            mapUsed.insert(m.key());
            if (m.value() == ImportOptions::IgnoreColumn) {
                column.ignored = true;
            } else {
                found = findSpec(specs, m.value());
                if (found < 0) {
                    problems.add(1, name,
                                 tr("The column “%1” is mapped to “%2”, which is not a column of %3. The columns "
                                    "are: %4.")
                                     .arg(shown, m.value(), table, columnList()));
                }
            }
        } else {
            found = findSpec(specs, name);
            if (found < 0) {
                problems.add(1, name,
                             tr("Unknown column “%1”. Say which column it is, or ignore it: in the window under "
                                "Columns, on the command line with --map \"%1=key\" (or --map \"%1=-\" to ignore "
                                "it). The columns of %2 are: %3.")
                                 .arg(shown, table, columnList()));
            }
        }
        if (found >= 0) {
            const QString key = specs.at(found).column.key;
            if (index.contains(key)) {
                problems.add(1, name,
                             tr("The column “%1” occurs twice (as “%2” and “%3”).")
                                 .arg(specs.at(found).column.label, header.at(index.value(key)).trimmed(), shown));
            } else {
                index.insert(key, int(i));
                specOf[i] = found;
                column.key = key;
            }
        }
        report.columns << column;
    }
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!mapUsed.contains(it.key())) {
            problems.add(0, {}, tr("A column “%1” is mapped, but the file has no such column.").arg(it.key()));
        }
    }
    const auto labelOf = [&specs](const QString& key) {
        for (const ImportSpec& s : specs) {
            if (s.column.key == key) {
                return s.column.label;
            }
        }
        return key;
    };
    for (const QString& key : TableImport::requiredColumns(table)) {
        if (!index.contains(key)) {
            problems.add(1, labelOf(key),
                         tr("The required column “%1” is missing (in the first row as “%1” or “%2”, or map a column "
                            "to %2).")
                             .arg(labelOf(key), key));
        }
    }
    const bool headerOk = report.problemCount == 0;
    const auto headerName = [&](const QString& key) {
        const int i = index.value(key, -1);
        return i < 0 ? labelOf(key) : header.at(i).trimmed();
    };
    QSet<int> valueRequired;
    const QStringList mayBeEmpty = TableImport::mayBeEmpty(table);
    for (const QString& key : TableImport::requiredColumns(table)) {
        if (!mayBeEmpty.contains(key) && index.contains(key)) {
            valueRequired.insert(index.value(key));
        }
    }
    // A critical role may carry the user's own name: read as text, CriticalRole::keyFor maps the standard ones.
    QList<CsvColumn> readAs;
    for (const ImportSpec& s : specs) {
        readAs << s.column;
        if (table == QLatin1String("critical_roles") && s.column.key == QLatin1String("role")) {
            readAs.last().type = CsvType::Text;
        }
    }

    Transaction tx(db);
    std::unique_ptr<TableImport> importer = TableImport::create(table, db);
    QStringList cells;
    QVariantList values(header.size());
    QList<FieldError> rowProblems;
    QList<FieldError> rowNotices;
    QHash<qint64, int> addedAt; // record id -> the row of this file that added it
    while (reader.readRow(cells)) {
        const bool blank
            = std::all_of(cells.cbegin(), cells.cend(), [](const QString& c) { return c.trimmed().isEmpty(); });
        if (blank) {
            continue; // a row of only separators, as Excel leaves below a table
        }
        ++report.rowsRead;
        const int row = reader.row();
        if (options.progress && (report.rowsRead & 0x3FF) == 0 && !options.progress(reader.percentDone())) {
            importer->finish();
            throw CsvCancelled();
        }
        const int problemsBefore = report.problemCount;
        ImportPreviewRow* preview = nullptr;
        if (report.rows.size() < options.maxPreviewRows) {
            report.rows.append({row, cells, ImportPreviewRow::Status::New});
            preview = &report.rows.last();
        }
        if (!headerOk) {
            if (preview) {
                preview->status = ImportPreviewRow::Status::Problem;
            }
            continue;
        }
        if (cells.size() < header.size()) {
            problems.add(
                row, {},
                tr("This row has %1 cells where the header has %2. Check for a missing or extra separator (%3) or "
                   "a cell with a line break that is not between quotes.")
                    .arg(cells.size())
                    .arg(header.size())
                    .arg(QChar::fromLatin1(reader.separator())));
            if (preview) {
                preview->status = ImportPreviewRow::Status::Problem;
            }
            continue;
        }
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if ((i >= header.size() || report.columns.at(i).header.isEmpty()) && !cells.at(i).trimmed().isEmpty()) {
                problems.add(row, tr("column %1").arg(i + 1),
                             tr("“%1” stands in a column without a name. Give the column a name in the first row "
                                "(and map it if needed), or remove the value.")
                                 .arg(CsvReader::elided(cells.at(i).trimmed())));
            }
        }
        QSet<QString> unreadable; // keys of cells that could not be read
        for (qsizetype i = 0; i < header.size(); ++i) {
            const int c = specOf.at(i);
            if (c < 0) {
                values[i] = QVariant();
                continue;
            }
            const CsvValues::Parsed parsed = CsvValues::parse(cells.at(i), readAs.at(c), specs.at(c).englishEnum,
                                                              reader.dialect(), options.dateOrder);
            if (!parsed.error.isEmpty()) {
                problems.add(row, header.at(i).trimmed(), parsed.error);
                unreadable.insert(specs.at(c).column.key);
            } else if (parsed.value.isNull() && valueRequired.contains(int(i))) {
                problems.add(row, header.at(i).trimmed(), tr("This cell must not be empty."));
                unreadable.insert(specs.at(c).column.key);
            }
            values[i] = parsed.value;
        }
        // The rest of a row with unreadable cells is still checked (every problem at once), but not written.
        const bool checkOnly = report.problemCount > problemsBefore;
        importer->setCheckOnly(checkOnly);
        rowProblems.clear();
        rowNotices.clear();
        TableImport::Outcome outcome = TableImport::Outcome::Refused;
        try {
            outcome = importer->importRow(ImportRow(index, values, row), rowProblems, rowNotices);
        } catch (const ValidationError& e) {
            rowProblems << e.fieldErrors();
        } catch (const Error& e) {
            rowProblems.append({{}, e.message()});
        }
        for (const FieldError& e : std::as_const(rowProblems)) {
            const QString key = columnKeyForField(e.field);
            if (!unreadable.contains(key)) {
                problems.add(row, e.field.isEmpty() ? QString() : headerName(key), e.message);
            }
        }
        if (!checkOnly) {
            for (const FieldError& e : std::as_const(rowNotices)) {
                notices.add(row, e.field.isEmpty() ? QString() : headerName(columnKeyForField(e.field)), e.message);
            }
        }
        ImportPreviewRow::Status status = ImportPreviewRow::Status::Problem;
        if (report.problemCount > problemsBefore) {
            status = ImportPreviewRow::Status::Problem;
        } else if (outcome == TableImport::Outcome::Added) {
            ++report.rowsNew;
            if (!addedAt.contains(importer->lastId())) {
                addedAt.insert(importer->lastId(), row);
            }
            status = ImportPreviewRow::Status::New;
        } else if (outcome == TableImport::Outcome::Merged) {
            report.mergedRows << row;
            status = ImportPreviewRow::Status::Merged;
        } else if (outcome == TableImport::Outcome::Present) {
            if (const int earlier = addedAt.value(importer->lastId()); earlier > 0) {
                report.repeatedRows << row;
                notices.add(row, {},
                            tr("This row is the same record as row %1 of this file; it is stored once.").arg(earlier));
                status = ImportPreviewRow::Status::Repeated;
            } else {
                report.presentRows << row;
                status = ImportPreviewRow::Status::Present;
            }
        }
        if (preview) {
            preview->status = status;
        }
    }
    for (const TableImport::LateProblem& late : importer->lateProblems()) {
        problems.add(late.row, headerName(columnKeyForField(late.problem.field)), late.problem.message);
        report.presentRows.removeAll(late.row);
        for (ImportPreviewRow& r : report.rows) {
            if (r.row == late.row) {
                r.status = ImportPreviewRow::Status::Problem;
            }
        }
    }
    importer->finish();
    takeReaderProblems();
    if (report.rowsRead == 0 && report.problemCount == 0) {
        problems.add(0, {}, tr("The file has a header but no rows."));
    }
    const auto byRow = [](const CsvProblem& a, const CsvProblem& b) {
        return a.row < b.row;
    };
    std::stable_sort(report.problems.begin(), report.problems.end(), byRow);
    std::stable_sort(report.notices.begin(), report.notices.end(), byRow);
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
