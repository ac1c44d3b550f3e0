#include "core/domain/Collation.h"
#include "core/domain/Person.h"
#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"
#include "tests/support/TempDatabase.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

qint64 addPerson(Database& db, const QString& first, const QString& prefix, const QString& last)
{
    Person p;
    p.firstName = first;
    p.surnamePrefix = prefix;
    p.lastName = last;
    return PersonRepository(db).insert(p);
}

/// Runs statements on the file through a plain connection, the way an older Wijkregie left it.
void rawSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString& s : statements) {
            INFO(s.toStdString());
            REQUIRE(QSqlQuery(raw).exec(s));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"older"_s);
}

QStringList lastNames(Database& db)
{
    QStringList names;
    QSqlQuery q = Sql::exec(db.connection(), u"SELECT surname_prefix || '|' || last_name FROM persons ORDER BY id"_s);
    while (q.next()) {
        names << q.value(0).toString();
    }
    return names;
}

} // namespace

TEST_CASE("personName_runningTextAndSortedList", "[person][names]")
{
    CHECK(Person::displayName(u"Jan"_s, u"van den"_s, u"Berg"_s) == u"Jan van den Berg"_s);
    CHECK(Person::sortName(u"Jan"_s, u"van den"_s, u"Berg"_s) == u"Berg, Jan van den"_s);
    CHECK(Person::displayName(u"Piet"_s, {}, u"Bakker"_s) == u"Piet Bakker"_s);
    CHECK(Person::sortName(u"Piet"_s, {}, u"Bakker"_s) == u"Bakker, Piet"_s);
    CHECK(Person::sortName({}, {}, u"Bakker"_s) == u"Bakker"_s);
    CHECK(Person::sortName({}, u"de"_s, u"Groot"_s) == u"Groot, de"_s);
    CHECK(Person::displayName(u" Kees "_s, u"'t"_s, u" Hart"_s) == u"Kees 't Hart"_s);
    Person p;
    p.firstName = u"Jan"_s;
    p.surnamePrefix = u"van den"_s;
    p.lastName = u"Berg"_s;
    CHECK(p.fullName() == u"Jan van den Berg"_s);
    CHECK(p.sortName() == u"Berg, Jan van den"_s);
}

TEST_CASE("personName_prefixSplitOnlyWhereCertain", "[person][names]")
{
    using Split = std::pair<QString, QString>;
    CHECK(Person::splitPrefix(u"van den Berg"_s) == Split {u"van den"_s, u"Berg"_s});
    CHECK(Person::splitPrefix(u"van  der Meer"_s) == Split {u"van der"_s, u"Meer"_s});
    CHECK(Person::splitPrefix(u"de Groot"_s) == Split {u"de"_s, u"Groot"_s});
    CHECK(Person::splitPrefix(u"'t Hart"_s) == Split {u"'t"_s, u"Hart"_s});
    CHECK(Person::splitPrefix(u"\u2019t Hart"_s) == Split {u"'t"_s, u"Hart"_s});
    CHECK(Person::splitPrefix(u"in 't Veld"_s) == Split {u"in 't"_s, u"Veld"_s});
    CHECK(Person::splitPrefix(u"ter Horst"_s) == Split {u"ter"_s, u"Horst"_s});
    // Not certain: left alone.
    CHECK(Person::splitPrefix(u"Van den Berg"_s) == Split {QString(), u"Van den Berg"_s});
    CHECK(Person::splitPrefix(u"de la Cruz"_s) == Split {QString(), u"de la Cruz"_s});
    CHECK(Person::splitPrefix(u"van der berg"_s) == Split {QString(), u"van der berg"_s});
    CHECK(Person::splitPrefix(u"Vandenberg"_s) == Split {QString(), u"Vandenberg"_s});
    CHECK(Person::splitPrefix(u"El Amrani"_s) == Split {QString(), u"El Amrani"_s});
    CHECK(Person::splitPrefix(u"de"_s) == Split {QString(), u"de"_s});
}

TEST_CASE("personName_sqlFormIsTheDomainForm", "[person][names][database]")
{
    TempDatabase t;
    const qint64 jan = addPerson(*t.db, u"Jan"_s, u"van den"_s, u"Berg"_s);
    const qint64 piet = addPerson(*t.db, u"Piet"_s, {}, u"Bakker"_s);
    for (const qint64 id : {jan, piet}) {
        const auto p = PersonRepository(*t.db).find(id);
        REQUIRE(p);
        CHECK(Sql::scalar(t.db->connection(),
                          u"SELECT "_s + Tables::personName(u"p"_s) + u" FROM persons p WHERE p.id = ?"_s, {id})
                  .toString()
              == p->fullName());
    }
    CHECK(PersonRepository(*t.db).find(jan)->surnamePrefix == u"van den"_s);
}

TEST_CASE("personList_sortsOnTheLastNameWithoutPrefix", "[person][names][database]")
{
    TempDatabase t;
    addPerson(*t.db, u"Anna"_s, u"de"_s, u"Groot"_s);
    addPerson(*t.db, u"Jan"_s, u"van den"_s, u"Berg"_s);
    addPerson(*t.db, u"Piet"_s, {}, u"Bakker"_s);
    addPerson(*t.db, u"Kees"_s, u"'t"_s, u"Hart"_s);
    addPerson(*t.db, u"Wim"_s, {}, u"Zwart"_s);
    ListQuery query;
    query.sortColumn = PersonRepository::LastName;
    QStringList names;
    for (const PersonRow& r : PersonRepository(*t.db).list(query, 0, 10)) {
        names << r.sortName();
    }
    CHECK(names
          == QStringList {u"Bakker, Piet"_s, u"Berg, Jan van den"_s, u"Groot, Anna de"_s, u"Hart, Kees 't"_s,
                          u"Zwart, Wim"_s});
    query.order = Qt::DescendingOrder;
    CHECK(PersonRepository(*t.db).list(query, 0, 1).first().lastName == u"Zwart"_s);
    // The search finds the name as written in running text and the last name with its prefix.
    query.search = u"Jan van den"_s;
    CHECK(PersonRepository(*t.db).count(query) == 1);
    query.search = u"van den Berg"_s;
    CHECK(PersonRepository(*t.db).count(query) == 1);
}

TEST_CASE("migration5_splitsCertainPrefixesOnceAndLeavesTheRest", "[person][names][database][file]")
{
    TempDatabase t;
    t.db.reset();
    // A file of schema version 4: no prefix column, prefixes kept in the last name.
    rawSql(t.path(),
           {u"ALTER TABLE persons DROP COLUMN surname_prefix"_s,
            u"INSERT INTO persons(first_name, last_name) VALUES ('Jan', 'van den Berg'), "
            "('Piet', 'Van den Berg'), ('Rosa', 'de la Cruz'), ('Kees', '''t Hart'), ('Wim', 'Zwart')"_s,
            u"PRAGMA user_version = 4"_s});
    const QStringList expected {u"van den|Berg"_s, u"|Van den Berg"_s, u"|de la Cruz"_s, u"'t|Hart"_s, u"|Zwart"_s};
    {
        auto db = Database::open(t.path());
        CHECK(db->schemaVersion() == Database::LatestSchemaVersion);
        CHECK(lastNames(*db) == expected);
        CHECK(db->check().ok);
    }
    // Safe to run twice: the column is there and the split names are not split again.
    REQUIRE(QDir(t.dir.filePath(u"backups"_s)).removeRecursively());
    rawSql(t.path(), {u"PRAGMA user_version = 4"_s});
    auto db = Database::open(t.path());
    CHECK(db->schemaVersion() == Database::LatestSchemaVersion);
    CHECK(lastNames(*db) == expected);
}

TEST_CASE("collation_sortsNamesTheDutchWayOnEveryConnection", "[person][names][collation][database][file]")
{
    CHECK(Collation::compare(u"Çelik"_s, u"Dekker"_s) < 0);
    CHECK(Collation::compare(u"Özdemir"_s, u"Pietersen"_s) < 0);
    CHECK(Collation::compare(u"élie"_s, u"Ede"_s) > 0);
    CHECK(Collation::compare(u"berg"_s, u"Berg"_s) != 0); // total: equal only when the same text
    CHECK(Collation::compare(u"Berg"_s, u"Berg"_s) == 0);

    TempDatabase t;
    for (const QString& last : {u"Zwart"_s, u"Ünal"_s, u"Özdemir"_s, u"Élie"_s, u"Çelik"_s, u"Bakker"_s, u"ééntje"_s,
                                u"Hendriks"_s, u"Ede"_s}) {
        addPerson(*t.db, u"X"_s, {}, last);
    }
    const auto order = [](Database& db) {
        ListQuery query;
        query.sortColumn = PersonRepository::LastName;
        QStringList names;
        for (const PersonRow& r : PersonRepository(db).list(query, 0, 20)) {
            names << r.lastName;
        }
        return names;
    };
    const QStringList expected {u"Bakker"_s,   u"Çelik"_s,   u"Ede"_s,  u"ééntje"_s, u"Élie"_s,
                                u"Hendriks"_s, u"Özdemir"_s, u"Ünal"_s, u"Zwart"_s};
    CHECK(order(*t.db) == expected);
    // A connection opened later, read-only, sorts the same way.
    t.db.reset();
    Database::Options readOnlyOptions;
    readOnlyOptions.access = Database::Access::ReadOnly;
    auto readOnly = Database::open(t.path(), readOnlyOptions);
    CHECK(order(*readOnly) == expected);
    CHECK(Sql::scalar(readOnly->connection(),
                      u"SELECT last_name FROM persons ORDER BY "_s
                          + Dialect::of(readOnly->connection()).sorted(u"last_name"_s) + u" DESC LIMIT 1"_s)
              .toString()
          == u"Zwart"_s);
}
