// Not run by default: `ui_tests "[screenshot]"` writes docs/screenshot-hours-grid.png and
// docs/screenshot-succession.png (into the folder WIJKREGIE_SCREENSHOT_DIR, default the current one) from the small
// demo municipality, in Dutch.
#include "core/demo/DemoGenerator.h"
#include "core/i18n/Translations.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/Document.h"
#include "ui/activities/HoursGridModel.h"
#include "ui/activities/HoursGridView.h"
#include "ui/activities/HoursGridWidget.h"
#include "ui/common/RecordTable.h"
#include "ui/initiatives/InitiativeDetailDialog.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("hoursGrid_screenshotsOfTheDemo", "[.][screenshot]")
{
    Translations::install(u"nl"_s);
    QTemporaryDir dir;
    const QDate reference(2025, 10, 15);
    const QDate month(2025, 8, 1); // 31 days: the total column must still show
    auto db = Database::create(dir.filePath(u"demo.wijkregie"_s), QString());
    DemoOptions options;
    options.referenceDate = reference;
    generateDemo(*db, options);
    Document d(std::move(db));

    // The initiative with the most people in the month that still fits the screen, and one whose succession
    // register has a role without backup beside roles with one.
    qint64 gridInitiative = 0;
    qint64 registerInitiative = 0;
    int best = 0;
    int bestRoles = 0;
    ListQuery all;
    for (const InitiativeRow& i : d.initiatives().list(all, 0, d.initiatives().count(all))) {
        int people = 0;
        for (const InvolvementRow& r : d.involvements().forInitiative(i.id, reference)) {
            const Involvement& v = r.involvement;
            people += (!v.from.isValid() || v.from <= month.addMonths(1).addDays(-1))
                && (!v.until.isValid() || v.until >= month);
        }
        if (people > best && people <= 14) {
            best = people;
            gridInitiative = i.id;
        }
        const auto roles = d.criticalRoles().forInitiative(i.id);
        const auto missing
            = std::count_if(roles.cbegin(), roles.cend(), [](const CriticalRoleRow& r) { return !r.role.hasBackup(); });
        if (missing > 0 && missing < roles.size() && roles.size() > bestRoles) {
            bestRoles = int(roles.size());
            registerInitiative = i.id;
        }
    }
    REQUIRE(gridInitiative > 0);
    REQUIRE(registerInitiative > 0);
    const QString out = qEnvironmentVariable("WIJKREGIE_SCREENSHOT_DIR", u"."_s);

    {
        // At the size it opens at (on a 1366x768 screen with WIJKREGIE_TEST_SCREEN=1366x768).
        InitiativeDetailDialog dialog(d, gridInitiative);
        dialog.tabs()->setCurrentIndex(InitiativeDetailDialog::HoursTab);
        dialog.hoursGrid()->setMonth(month);
        dialog.show();
        HoursGridView* view = dialog.hoursGrid()->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(2, 9));
        QApplication::processEvents();
        CHECK(dialog.grab().save(QDir(out).filePath(u"screenshot-hours-grid.png"_s)));
    }
    {
        InitiativeDetailDialog dialog(d, registerInitiative);
        dialog.resize(1000, 420);
        dialog.tabs()->setCurrentIndex(InitiativeDetailDialog::SuccessionTab);
        dialog.show();
        QApplication::processEvents();
        CHECK(dialog.grab().save(QDir(out).filePath(u"screenshot-succession.png"_s)));
    }
    Translations::install(u"en"_s);
}
