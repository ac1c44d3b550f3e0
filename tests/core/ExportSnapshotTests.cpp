#include "core/csv/CsvExporter.h"
#include "core/demo/DemoGenerator.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <catch2/catch.hpp>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

/// SHA-256 of the rfc4180 export of every table of the small demo (seed 7, reference date 2026-06-30), without
/// ("table") and with personal data ("table-personal"). The storage layer may change how it writes and reads;
/// these files may not. A change that means to alter an export (a new column, a new demo record) updates the hash
/// here: the failing check prints the new one.
const std::pair<QString, const char*> Expected[] = {
    {u"wards"_s, "a0a481aa975625e2d31cb2b386aa64251eac7469dada75184d3a0aa9cb32ca88"},
    {u"wards-personal"_s, "a0a481aa975625e2d31cb2b386aa64251eac7469dada75184d3a0aa9cb32ca88"},
    {u"initiatives"_s, "70350be5a890a755f00b8e26013216cf71b413cf1247817b4a6e47ecc48f9894"},
    {u"initiatives-personal"_s, "70350be5a890a755f00b8e26013216cf71b413cf1247817b4a6e47ecc48f9894"},
    {u"persons"_s, "15d9f6f5a2d9dd0055d64b0a82de626ed6cb20ca22eac5c339ba9bc12866769f"},
    {u"persons-personal"_s, "0aea1233eeb4ee5b8a768c50c17559fb341b79ebe06b194691c6782621371199"},
    {u"involvements"_s, "9e6b049ad9623d4b770fc625af1bdb7652f438686a454e6473a4045db6f8bb37"},
    {u"involvements-personal"_s, "9e6b049ad9623d4b770fc625af1bdb7652f438686a454e6473a4045db6f8bb37"},
    {u"activities"_s, "066897a77bf7111ade2bc6b53634c9897e0b13558e3dd907f4c58d381a2184c8"},
    {u"activities-personal"_s, "066897a77bf7111ade2bc6b53634c9897e0b13558e3dd907f4c58d381a2184c8"},
    {u"critical_roles"_s, "e5e2b2401b113766641c5847bbd2eee85256cd5c4cc7aee62d3e5da8a7cac1b9"},
    {u"critical_roles-personal"_s, "e5e2b2401b113766641c5847bbd2eee85256cd5c4cc7aee62d3e5da8a7cac1b9"},
    {u"partners"_s, "3226eccb464711c504072466273f7b2c0823fd21fa7dfc0a22cc69f0fe98c796"},
    {u"partners-personal"_s, "6de41fd607aecb74262ae57ab4f96f478ffa4da846ff2587a3e57384730f5e72"},
    {u"agreements"_s, "11d7135e9c80564aa5f5b32e636b17a1bfa4c8d5b8e7df5d7dbcb48e8eee7d1c"},
    {u"agreements-personal"_s, "11d7135e9c80564aa5f5b32e636b17a1bfa4c8d5b8e7df5d7dbcb48e8eee7d1c"},
    {u"kpis"_s, "f63d9c6aaf48aa2dd4063adb4ee5dbc9a26fff308d604d9dcd200470ed8a0174"},
    {u"kpis-personal"_s, "f63d9c6aaf48aa2dd4063adb4ee5dbc9a26fff308d604d9dcd200470ed8a0174"},
    {u"kpi_measurements"_s, "642e328ad56417c77c545c7281afa510622d7c0b3129170f4819add590cdd000"},
    {u"kpi_measurements-personal"_s, "642e328ad56417c77c545c7281afa510622d7c0b3129170f4819add590cdd000"},
    {u"goals"_s, "9b0efaf28f9a91d13ce58d75861b4cc66c95fd52b077ae1a7a36e859ba91cc31"},
    {u"goals-personal"_s, "9b0efaf28f9a91d13ce58d75861b4cc66c95fd52b077ae1a7a36e859ba91cc31"},
    {u"goal_measurements"_s, "7955d445931d8bc2e01d7b713a2cb596fa7a945780142bdaaee7d878c8d9a65c"},
    {u"goal_measurements-personal"_s, "7955d445931d8bc2e01d7b713a2cb596fa7a945780142bdaaee7d878c8d9a65c"},
    {u"participation"_s, "635062cb136f4a2014b8cf39167106fa1d660e120082516a11cb58b10ffedc18"},
    {u"participation-personal"_s, "635062cb136f4a2014b8cf39167106fa1d660e120082516a11cb58b10ffedc18"},
    {u"needs"_s, "19df74fa3fb537a96aa021f06aec8c143b433582906cad1d4571955c3c50e20e"},
    {u"needs-personal"_s, "19df74fa3fb537a96aa021f06aec8c143b433582906cad1d4571955c3c50e20e"},
    {u"offers"_s, "c84edf55522a09fe320eef6d360a998915bb25acf1090ca74f338bc823e6c6b5"},
    {u"offers-personal"_s, "c84edf55522a09fe320eef6d360a998915bb25acf1090ca74f338bc823e6c6b5"},
};

} // namespace

TEST_CASE("exports of every table of the small demo stay byte-identical", "[csv][demo]")
{
    TempDatabase t;
    Build::snapshotDemo(*t.db);
    for (const auto& [name, hash] : Expected) {
        const bool personal = name.endsWith(u"-personal"_s);
        const QString table = personal ? name.chopped(9) : name;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions o;
        o.dialect = CsvDialect::Rfc4180;
        o.withPersonalData = personal;
        CsvExporter::exportTable(*t.db, table, buffer, o);
        INFO(name.toStdString());
        CHECK(QCryptographicHash::hash(buffer.data(), QCryptographicHash::Sha256).toHex().toStdString() == hash);
    }
}
