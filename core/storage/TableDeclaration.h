#pragma once

#include "core/domain/Enums.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <functional>
#include <optional>
#include <type_traits>

/// How a member of a domain struct is stored in its column, one overload per member type: dates as ISO-8601 text
/// (NULL when invalid), booleans as 0/1, enumerations by their stable key, optionals as NULL when empty.
namespace Stored {

inline QVariant toSql(const QString& v)
{
    return v;
}
inline QVariant toSql(qint64 v)
{
    return v;
}
inline QVariant toSql(int v)
{
    return v;
}
inline QVariant toSql(double v)
{
    return v;
}
inline QVariant toSql(bool v)
{
    return v ? 1 : 0;
}
inline QVariant toSql(const QDate& v)
{
    return Sql::date(v);
}
inline QVariant toSql(const std::optional<qint64>& v)
{
    return Sql::optionalId(v);
}
inline QVariant toSql(const std::optional<int>& v)
{
    return Sql::optionalInt(v);
}
inline QVariant toSql(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}
template<typename E>
requires std::is_enum_v<E> QVariant toSql(E v)
{
    return Enums::key(v);
}
template<typename E>
requires std::is_enum_v<E> QVariant toSql(const std::optional<E>& v)
{
    return v ? QVariant(Enums::key(*v)) : QVariant(QMetaType::fromType<QString>());
}

inline void fromSql(const QVariant& v, QString& out)
{
    out = v.toString();
}
inline void fromSql(const QVariant& v, qint64& out)
{
    out = v.toLongLong();
}
inline void fromSql(const QVariant& v, int& out)
{
    out = v.toInt();
}
inline void fromSql(const QVariant& v, double& out)
{
    out = v.toDouble();
}
inline void fromSql(const QVariant& v, bool& out)
{
    out = v.toBool();
}
inline void fromSql(const QVariant& v, QDate& out)
{
    out = Sql::toDate(v);
}
inline void fromSql(const QVariant& v, std::optional<qint64>& out)
{
    out = Sql::toOptionalId(v);
}
inline void fromSql(const QVariant& v, std::optional<int>& out)
{
    out = Sql::toOptionalInt(v);
}
inline void fromSql(const QVariant& v, std::optional<double>& out)
{
    out = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
/// An unknown key keeps the member's default (the value of a default-constructed record).
template<typename E>
requires std::is_enum_v<E>
void fromSql(const QVariant& v, E& out)
{
    out = Enums::fromKey<E>(v.toString()).value_or(out);
}
/// NULL and an unknown key are nullopt.
template<typename E>
requires std::is_enum_v<E>
void fromSql(const QVariant& v, std::optional<E>& out)
{
    out = Enums::fromKey<E>(v.toString());
}

/// What kind of value a column holds, for the CSV columns derived from a declaration.
enum class Kind { Text, Integer, Decimal, Money, Date, Bool, Enum };

template<typename T> struct IsOptionalEnum : std::false_type
{
};
template<typename E> struct IsOptionalEnum<std::optional<E>> : std::is_enum<E>
{
};

template<typename T> constexpr Kind kindOf()
{
    if constexpr (std::is_enum_v<T> || IsOptionalEnum<T>::value) {
        return Kind::Enum;
    } else if constexpr (std::is_same_v<T, bool>) {
        return Kind::Bool;
    } else if constexpr (std::is_same_v<T, QDate>) {
        return Kind::Date;
    } else if constexpr (std::is_same_v<T, double> || std::is_same_v<T, std::optional<double>>) {
        return Kind::Decimal;
    } else if constexpr (std::is_integral_v<
                             T> || std::is_same_v<T, std::optional<qint64>> || std::is_same_v<T, std::optional<int>>) {
        return Kind::Integer;
    } else {
        return Kind::Text;
    }
}

/// Key -> English label (translated in the "Enums" context) of an enumeration of Enums.h.
template<typename E> QHash<QString, QString> enumLabels()
{
    QHash<QString, QString> labels;
    for (const auto& e : EnumTable<E>::entries) {
        labels.insert(QString::fromLatin1(e.key), QString::fromLatin1(e.label));
    }
    return labels;
}

} // namespace Stored

/// One column of a table, declared once: its SQL name, the key that names it in the audit log and in validation
/// messages (FieldError::field; by default the name without "_id"), how a record's member is written and read, and how
/// it is exported to CSV.
template<typename R> struct DeclaredColumn
{
    QString name; ///< SQL column
    QString field; ///< audit log and FieldError key
    std::function<QVariant(const R&)> value; ///< the value as stored
    std::function<void(R&, const QVariant&)> read;
    Stored::Kind kind = Stored::Kind::Text;
    QHash<QString, QString> enumLabels; ///< Enum columns: key -> English label
    const char* label = nullptr; ///< CSV header (English source, "CsvTables" context); nullptr: not exported
    QString csvKey; ///< CSV key; empty: name
    Dialect::Expression csvSql; ///< the CSV export's expression on alias x0; empty: x0.name
    Dialect::Expression csvSqlExcel; ///< for excel-nl when it differs; empty: csvSql
    bool personal = false; ///< personal data: exported only with personal data
    bool erasable = false; ///< emptied when the record's subject is erased (AVG art. 17); personal data always is
    bool pseudonym = false; ///< exported only in place of personal data (a pseudonym)
    bool inUpdate = true; ///< false for columns an UPDATE leaves alone (set once, on insert)
    bool stored = true; ///< false for a CSV-only column (the id where a table's CSV has it elsewhere, a pseudonym)

    /// The key that names the column in CSV files.
    QString csvName() const { return csvKey.isEmpty() ? name : csvKey; }

    /// Modifiers, so that a declaration reads as one expression per column.
    DeclaredColumn&& audit(const char* key) &&
    {
        field = QString::fromLatin1(key);
        return std::move(*this);
    }
    /// An amount in euro cents. A column named "..._cents" is "..." in the audit log and in CSV files
    /// ("budget_cents" -> "budget"), which hold the amount in euros.
    DeclaredColumn&& money() &&
    {
        kind = Stored::Kind::Money;
        if (name.endsWith(QLatin1String("_cents"))) {
            field = name.chopped(6);
            csvKey = field;
        }
        return std::move(*this);
    }
    /// Written on insert only; an UPDATE leaves it alone (a theme's key).
    DeclaredColumn&& setOnce() &&
    {
        inUpdate = false;
        return std::move(*this);
    }
    /// An enumeration in CSV files with these keys -> English labels ("Enums" context), where they are not (or not
    /// quite) those of Enums.h.
    DeclaredColumn&& csvLabels(QHash<QString, QString> labels) &&
    {
        kind = Stored::Kind::Enum;
        enumLabels = std::move(labels);
        return std::move(*this);
    }
    DeclaredColumn&& personalData() &&
    {
        personal = true;
        erasable = true;
        return std::move(*this);
    }
    /// Not personal data in an export, but emptied when the person is erased (skills, consent, ward of residence).
    DeclaredColumn&& erasedOnRequest() &&
    {
        erasable = true;
        return std::move(*this);
    }
    DeclaredColumn&& pseudonymOnly() &&
    {
        pseudonym = true;
        return std::move(*this);
    }
    /// The expression for excel-nl where it differs (theme names instead of keys).
    DeclaredColumn&& excel(Dialect::Expression sql) &&
    {
        csvSqlExcel = std::move(sql);
        return std::move(*this);
    }
    DeclaredColumn&& notExported() &&
    {
        label = nullptr;
        return std::move(*this);
    }
    /// Exported and imported under another key, with the same value ("from" for from_date).
    DeclaredColumn&& csv(const char* key) &&
    {
        csvKey = QString::fromLatin1(key);
        return std::move(*this);
    }
    /// Exported under another key as a text expression (a ward's code instead of its id).
    DeclaredColumn&& exportedAs(const char* key, Dialect::Expression sql, Dialect::Expression sqlExcel = {}) &&
    {
        kind = Stored::Kind::Text;
        csvKey = QString::fromLatin1(key);
        csvSql = std::move(sql);
        csvSqlExcel = std::move(sqlExcel);
        return std::move(*this);
    }
};

namespace Stored {

/// A column over the value of type T that `access` reaches in a record (a generic lambda returning a reference,
/// for a const and a non-const record alike).
template<typename R, typename T, typename Access>
DeclaredColumn<R> columnOver(const char* name, Access access, const char* label, bool trim)
{
    DeclaredColumn<R> c;
    c.name = QString::fromLatin1(name);
    // The audit key of a reference is the column's name without "_id" ("ward_id" -> "ward").
    c.field = c.name.endsWith(QLatin1String("_id")) ? c.name.chopped(3) : c.name;
    if constexpr (std::is_same_v<T, QString>) {
        c.value = trim
            ? std::function<QVariant(const R&)>([access](const R& r) { return QVariant(access(r).trimmed()); })
            : std::function<QVariant(const R&)>([access](const R& r) { return QVariant(access(r)); });
    } else {
        c.value = [access](const R& r) {
            return toSql(access(r));
        };
    }
    c.read = [access](R& r, const QVariant& v) {
        fromSql(v, access(r));
    };
    c.kind = kindOf<T>();
    if constexpr (std::is_enum_v<T>) {
        c.enumLabels = enumLabels<T>();
    } else if constexpr (IsOptionalEnum<T>::value) {
        c.enumLabels = enumLabels<typename T::value_type>();
    }
    c.label = label;
    return c;
}

} // namespace Stored

/// A column over a member of R. `label` is the CSV header (wrap it in QT_TRANSLATE_NOOP("CsvTables", ...)).
/// Text columns store the member trimmed when `trim` is set.
template<typename R, typename T>
DeclaredColumn<R> column(const char* name, T R::*member, const char* label, bool trim = false)
{
    return Stored::columnOver<R, T>(
        name, [member](auto& r) -> auto& { return r.*member; }, label, trim);
}

/// A column over a member of a member of R (an initiative's followUp.owner, stored in its own column).
template<typename R, typename M, typename T>
DeclaredColumn<R> column(const char* name, M R::*outer, T M::*inner, const char* label, bool trim = false)
{
    return Stored::columnOver<R, T>(
        name, [ outer, inner ](auto& r) -> auto& { return (r.*outer).*inner; }, label, trim);
}

/// A column stored through its own conversion (a list held as one text, for example).
template<typename R>
DeclaredColumn<R> converted(const char* name, std::function<QVariant(const R&)> value,
                            std::function<void(R&, const QVariant&)> read, const char* label,
                            Stored::Kind kind = Stored::Kind::Text)
{
    DeclaredColumn<R> c;
    c.name = QString::fromLatin1(name);
    c.field = c.name;
    c.value = std::move(value);
    c.read = std::move(read);
    c.kind = kind;
    c.label = label;
    return c;
}

/// A column of the CSV export only, not of the table: `sql` is its expression on alias x0. A table whose CSV
/// has the id elsewhere than first declares it with csvOnly("id", ..., u"x0.id"_s, Integer) at that place.
template<typename R>
DeclaredColumn<R> csvOnly(const char* key, const char* label, const Dialect::Expression& sql,
                          Stored::Kind kind = Stored::Kind::Text)
{
    DeclaredColumn<R> c;
    c.name = QString::fromLatin1(key);
    c.field = c.name;
    c.kind = kind;
    c.label = label;
    c.csvSql = sql;
    c.stored = false;
    c.inUpdate = false;
    return c;
}

/// A trimmed text column.
template<typename R> DeclaredColumn<R> text(const char* name, QString R::*member, const char* label)
{
    return column(name, member, label, true);
}

/// A table that links a record to others (ward_themes: ward_id, theme_id), written and read with the record.
struct LinkTable
{
    QString name;
    QString owner; ///< the column of the record's id
    QString other; ///< the column of the linked ids

    /// The linked ids, in ascending order.
    QList<qint64> read(const QSqlDatabase& db, qint64 ownerId) const
    {
        QList<qint64> ids;
        QSqlQuery q = Sql::exec(db,
                                QStringLiteral("SELECT ") + other + QStringLiteral(" FROM ") + name
                                    + QStringLiteral(" WHERE ") + owner + QStringLiteral(" = ? ORDER BY ") + other,
                                {ownerId});
        while (q.next()) {
            ids << q.value(0).toLongLong();
        }
        return ids;
    }
    /// Replaces the record's links by `ids` (a repeated id once).
    void write(const QSqlDatabase& db, qint64 ownerId, const QList<qint64>& ids) const
    {
        Sql::exec(db,
                  QStringLiteral("DELETE FROM ") + name + QStringLiteral(" WHERE ") + owner + QStringLiteral(" = ?"),
                  {ownerId});
        QSqlQuery insert = Sql::prepare(db, insertStatement() + QStringLiteral(" ON CONFLICT DO NOTHING"));
        for (const qint64 id : ids) {
            Sql::exec(insert, {ownerId, id});
        }
    }
    /// INSERT of one link (owner, other).
    QString insertStatement() const
    {
        return QStringLiteral("INSERT INTO ") + name + u'(' + owner + QStringLiteral(", ") + other
            + QStringLiteral(") VALUES(?, ?)");
    }
};

/// A link table written and read with the record: its ids in `member`, named `field` in the audit log.
template<typename R> struct DeclaredLink
{
    LinkTable table;
    QList<qint64> R::*member = nullptr;
    QString field;
};

/// The link of a record's `member` (ward_themes of Ward::themeIds), "field" in the audit log.
template<typename R> DeclaredLink<R> linked(const LinkTable& table, QList<qint64> R::*member, const char* field)
{
    return DeclaredLink<R> {table, member, QString::fromLatin1(field)};
}

/// A table's columns, declared once (besides the id, INTEGER PRIMARY KEY). SELECT lists, row reading, INSERT ...
/// RETURNING, UPDATE and DELETE, the audit log's changed fields, the demo writer's rows and the CSV columns all
/// derive from it. R has a member `qint64 id`. Its link tables (a record's themes, an agreement's wards) are read
/// and written with the record.
template<typename R> struct TableDeclaration
{
    QString name; ///< the SQL table
    QString entity; ///< the audit log's entity
    QList<DeclaredColumn<R>> columns;
    QList<DeclaredLink<R>> links = {};

    /// The number of columns columnList() names: the id and every column but the CSV-only ones.
    int columnCount() const
    {
        return 1
            + static_cast<int>(std::count_if(columns.begin(), columns.end(), [](const auto& c) { return c.stored; }));
    }

    /// Sets the record's columns that a CSV file holds as themselves (not through an expression such as a ward's
    /// code), each from `value(csv key)`: the CSV import's values as CsvValues parses them.
    void readCsv(R& r, const std::function<QVariant(const QString&)>& value) const
    {
        for (const auto& c : columns) {
            if (c.stored && c.label && c.csvSql.isEmpty()) {
                c.read(r, value(c.csvName()));
            }
        }
    }

    /// "id, a, b, ..." with an optional table alias ("x.id, x.a, ...").
    QString columnList(const QString& alias = {}) const
    {
        const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
        QStringList names {prefix + QStringLiteral("id")};
        for (const auto& c : columns) {
            if (c.stored) {
                names << prefix + c.name;
            }
        }
        return names.join(QStringLiteral(", "));
    }
    /// SELECT of every column (id first) FROM the table; append " WHERE ..." or " ORDER BY ...".
    QString select() const { return QStringLiteral("SELECT ") + columnList() + QStringLiteral(" FROM ") + name; }
    /// The record from a row whose columns, from `first` on, are columnList()'s.
    R read(const QSqlQuery& q, int first = 0) const
    {
        R r;
        r.id = q.value(first).toLongLong();
        int i = first;
        for (const auto& c : columns) {
            if (c.stored) {
                c.read(r, q.value(++i));
            }
        }
        return r;
    }
    /// The stored values of every column but the id, in order.
    QVariantList values(const R& r) const
    {
        QVariantList v;
        v.reserve(columns.size() + 1);
        for (const auto& c : columns) {
            if (c.stored) {
                v << c.value(r);
            }
        }
        return v;
    }
    /// The values of insertStatement(): the id (NULL when not set: the next free one) and values().
    QVariantList insertValues(const R& r) const
    {
        QVariantList v = values(r);
        v.prepend(r.id > 0 ? QVariant(r.id) : QVariant(QMetaType::fromType<qint64>()));
        return v;
    }
    /// INSERT of the id and every column (its values are insertValues()), RETURNING the id when asked.
    QString insertStatement(bool returningId = true) const
    {
        return QStringLiteral("INSERT INTO ") + name + u'(' + columnList() + QStringLiteral(") VALUES(")
            + QStringList(columnCount(), QStringLiteral("?")).join(QStringLiteral(", "))
            + (returningId ? QStringLiteral(") RETURNING id") : QStringLiteral(")"));
    }
    /// UPDATE of every column but those set once, WHERE id = ?; its values are updateValues().
    QString updateStatement() const
    {
        QStringList sets;
        for (const auto& c : columns) {
            if (c.stored && c.inUpdate) {
                sets << c.name + QStringLiteral(" = ?");
            }
        }
        return QStringLiteral("UPDATE ") + name + QStringLiteral(" SET ") + sets.join(QStringLiteral(", "))
            + QStringLiteral(" WHERE id = ?");
    }
    QVariantList updateValues(const R& r) const
    {
        QVariantList v;
        for (const auto& c : columns) {
            if (c.stored && c.inUpdate) {
                v << c.value(r);
            }
        }
        v << r.id;
        return v;
    }
    QString deleteStatement() const { return QStringLiteral("DELETE FROM ") + name + QStringLiteral(" WHERE id = ?"); }
    /// The record with every erasable column (personal data and the columns marked erasedOnRequest) set to the
    /// value of a default record, the others kept: what is left of a person after erasure (AVG art. 17).
    R erasedCopy(const R& r) const
    {
        R out = r;
        const R blank {};
        for (const auto& c : columns) {
            if (c.stored && c.erasable) {
                c.read(out, c.value(blank));
            }
        }
        return out;
    }
    /// The audit keys of the erasable columns, in order.
    QStringList erasableFields() const
    {
        QStringList fields;
        for (const auto& c : columns) {
            if (c.stored && c.erasable) {
                fields << c.field;
            }
        }
        return fields;
    }
    /// The audit keys of the columns whose stored values differ between two versions of a record, in order (a key
    /// that several columns share once), then those of the links whose sets of ids differ.
    QStringList changedFields(const R& before, const R& after) const
    {
        QStringList fields;
        for (const auto& c : columns) {
            if (c.stored && c.value(before) != c.value(after) && !fields.contains(c.field)) {
                fields << c.field;
            }
        }
        for (const auto& l : links) {
            if (idSet(before.*l.member) != idSet(after.*l.member)) {
                fields << l.field;
            }
        }
        return fields;
    }
    /// Sets the record's linked ids from its link tables (each in ascending order).
    void readLinks(const QSqlDatabase& db, R& r) const
    {
        for (const auto& l : links) {
            r.*l.member = l.table.read(db, r.id);
        }
    }
    /// Replaces the links of the record `id` by the record's ids.
    void writeLinks(const QSqlDatabase& db, qint64 id, const R& r) const
    {
        for (const auto& l : links) {
            l.table.write(db, id, r.*l.member);
        }
    }

private:
    static QList<qint64> idSet(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }
};
