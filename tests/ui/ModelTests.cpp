#include "core/domain/Money.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/initiatives/InitiativeModel.h"
#include "ui/persons/PersonModel.h"
#include "ui/wards/WardModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Tester = QAbstractItemModelTester;

TEST_CASE("wardModel_fetchesLazilyInPages", "[models]")
{
    TestDocument t;
    insertWards(*t.document, 500);
    WardModel model(t.document->wards());
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setQuery({});

    CHECK(model.totalCount() == 500);
    CHECK(model.rowCount() == LazyTableModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * LazyTableModel::PageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == 500);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.columnCount() == WardModel::ColumnCount);
    CHECK(model.data(model.index(0, WardModel::Code)).toString() == u"WK000000"_s);
    CHECK(model.data(model.index(0, 0), WardModel::IdRole).toLongLong() > 0);
}

TEST_CASE("wardModel_sortReQueriesTheDatabase", "[models]")
{
    TestDocument t;
    insertWards(*t.document, 250);
    WardModel model(t.document->wards());
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setQuery({});
    model.sort(WardModel::Name, Qt::DescendingOrder);
    // The last ward of the whole table comes first, although it was never fetched in ascending order.
    CHECK(model.data(model.index(0, WardModel::Name)).toString() == u"Wijk 0249"_s);
    CHECK(model.query().sortColumn == WardModel::Name);
    CHECK(model.rowCount() == LazyTableModel::PageSize);
}

TEST_CASE("wardModel_searchAndThemeFilter", "[models]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 theme = d.themes().all().first().id;
    Ward a = Build::ward(u"WK036301"_s, u"Lindeveen-Noord"_s);
    a.themeIds = {theme};
    d.wards().insert(a);
    d.wards().insert(Build::ward(u"WK036302"_s, u"Lindeveen-Zuid"_s));
    WardModel model(d.wards());
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    ListQuery q;
    q.search = u"zuid"_s;
    model.setQuery(q);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, WardModel::Name)).toString() == u"Lindeveen-Zuid"_s);
    q = {};
    q.themeId = theme;
    model.setQuery(q);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, WardModel::Code)).toString() == u"WK036301"_s);
}

TEST_CASE("initiativeModel_filtersByWardStatusAndTheme", "[models]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 w1 = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    const qint64 w2 = d.wards().insert(Build::ward(u"WK036302"_s, u"Zuid"_s));
    const qint64 theme = d.themes().all().first().id;
    Initiative garden = Build::initiative(w1, u"Buurttuin"_s);
    garden.themeIds = {theme};
    garden.budgetGrantedCents = 125000;
    d.initiatives().insert(garden);
    Initiative idea = Build::initiative(w1, u"Repair cafe"_s);
    idea.status = InitiativeStatus::Idea;
    d.initiatives().insert(idea);
    d.initiatives().insert(Build::initiative(w2, u"Speeltuin"_s));

    InitiativeModel model(d.initiatives());
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setQuery({});
    CHECK(model.rowCount() == 3);
    ListQuery q;
    q.wardId = w1;
    model.setQuery(q);
    CHECK(model.rowCount() == 2);
    q.initiativeStatus = Enums::key(InitiativeStatus::Running);
    model.setQuery(q);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, InitiativeModel::Title)).toString() == u"Buurttuin"_s);
    CHECK(model.data(model.index(0, InitiativeModel::Status)).toString() == Enums::label(InitiativeStatus::Running));
    CHECK(model.data(model.index(0, InitiativeModel::BudgetGranted)).toString() == Money::format(125000));
    CHECK(model.data(model.index(0, InitiativeModel::StartDate)).toString()
          == QLocale().toString(QDate(2025, 3, 1), QLocale::ShortFormat));
    CHECK(model.data(model.index(0, 0), InitiativeModel::WardIdRole).toLongLong() == w1);
    q = {};
    q.themeId = theme;
    model.setQuery(q);
    CHECK(model.rowCount() == 1);
}

TEST_CASE("personModel_fetchesLazilyAndFiltersByEngagement", "[models]")
{
    TestDocument t;
    Document& d = *t.document;
    insertPersons(d, 500);
    Person adHoc = Build::person(u"Bram"_s, u"de Vries"_s);
    adHoc.engagement = Engagement::AdHoc;
    d.persons().insert(adHoc);

    PersonModel model(d.persons());
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setQuery({});
    CHECK(model.totalCount() == 501);
    CHECK(model.rowCount() == LazyTableModel::PageSize);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.rowCount() == 501);
    ListQuery q;
    q.engagement = Enums::key(Engagement::AdHoc);
    model.setQuery(q);
    REQUIRE(model.rowCount() == 1);
    // A sorted name list: last name first. (Stored by the repository as typed, without a prefix of its own.)
    CHECK(model.data(model.index(0, PersonModel::LastName)).toString() == u"de Vries, Bram"_s);
}
