// Not run by default: `ui_tests "[screenshot]"` writes docs/screenshot-agreement.png (and -kpis.png),
// docs/screenshot-initiative-editor.png,
// docs/screenshot-signals.png and docs/screenshot-agreement-charts.png (into the folder WIJKREGIE_SCREENSHOT_DIR,
// default the current one) from the small demo municipality, in Dutch.
#include "core/demo/DemoGenerator.h"
#include "core/i18n/Translations.h"
#include "core/storage/Database.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/agreements/AgreementEditor.h"
#include "ui/agreements/KpiPanel.h"
#include "ui/dashboard/AgreementCharts.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/initiatives/InitiativeEditor.h"
#include "ui/signals/SignalsView.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("agreements_screenshotsOfTheDemo", "[.][screenshot]")
{
    Translations::install(u"nl"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.wijkregie"_s);
    {
        auto db = Database::create(path, QString());
        generateDemo(*db, DemoOptions {});
    }
    const QString out = qEnvironmentVariable("WIJKREGIE_SCREENSHOT_DIR", u"."_s);

    MainWindow window;
    REQUIRE(window.openFile(path));
    window.resize(1366, 768 - 40);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Document& d = *window.document();

    // The home screen as it opens: the signals.
    QApplication::processEvents();
    REQUIRE(window.page<SignalsView>()->waitUntilReady());
    CHECK(window.page<SignalsView>()->currentSignals().size() > 3);
    CHECK(window.grab().save(QDir(out).filePath(u"screenshot-signals.png"_s)));

    // The agreement with the most KPIs that has an evaluation.
    qint64 best = 0;
    qsizetype kpis = 0;
    for (const AgreementRow& row : d.agreements().list(ListQuery {}, 0, 500)) {
        const auto record = d.agreements().loadRecord(row.id);
        if (record && !record->evaluations.isEmpty() && record->kpis.size() > kpis
            && record->agreement.status == AgreementStatus::Active) {
            kpis = record->kpis.size();
            best = row.id;
        }
    }
    REQUIRE(best > 0);
    {
        AgreementEditor editor(d, best, &window);
        editor.show();
        QApplication::processEvents();
        CHECK(editor.grab().save(QDir(out).filePath(u"screenshot-agreement.png"_s)));
        editor.tabs()->setCurrentIndex(AgreementEditor::KpiTab);
        editor.kpiPanel()->selectRow(0);
        QApplication::processEvents();
        CHECK(editor.grab().save(QDir(out).filePath(u"screenshot-agreement-kpis.png"_s)));
    }
    {
        // The largest record editor, at the size it opens at.
        InitiativeEditor editor(d, d.initiatives().list(ListQuery {}, 0, 1).first().id, &window);
        editor.show();
        QApplication::processEvents();
        CHECK(editor.grab().save(QDir(out).filePath(u"screenshot-initiative-editor.png"_s)));
    }

    // The four charts, two by two.
    window.showDashboard();
    QApplication::processEvents();
    auto* charts = window.dashboard()->findChild<AgreementCharts*>();
    const QList<ChartPanel*> panels {charts->duePanel(), charts->progressPanel(), charts->participationPanel(),
                                     charts->gapsPanel()};
    const QSize cell(620, 400);
    QImage image(cell.width() * 2 + 12, cell.height() * 2 + 12, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        for (int i = 0; i < panels.size(); ++i) {
            ChartPanel* panel = panels.at(i);
            panel->resize(cell);
            QApplication::processEvents();
            painter.drawPixmap(4 + (i % 2) * (cell.width() + 4), 4 + (i / 2) * (cell.height() + 4), panel->grab());
        }
    }
    CHECK(image.save(QDir(out).filePath(u"screenshot-agreement-charts.png"_s)));
    window.closeFile();
    Translations::install(u"en"_s);
}
