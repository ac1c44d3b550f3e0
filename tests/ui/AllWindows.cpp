#include "AllWindows.h"

#include "core/csv/CsvExporter.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Sql.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/Document.h"
#include "ui/MainWindow.h"
#include "ui/activities/EventEditor.h"
#include "ui/admin/AuditLogDialog.h"
#include "ui/admin/FrameworksDialog.h"
#include "ui/admin/RetentionReviewDialog.h"
#include "ui/admin/ThemesDialog.h"
#include "ui/agreements/AgreementEditor.h"
#include "ui/agreements/EvaluationPanel.h"
#include "ui/agreements/KpiEditor.h"
#include "ui/common/ListView.h"
#include "ui/common/MeasurementTable.h"
#include "ui/csv/CsvExportDialog.h"
#include "ui/csv/CsvImportDialog.h"
#include "ui/goals/GoalEditor.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/HelpWindow.h"
#include "ui/initiatives/InitiativeDetailDialog.h"
#include "ui/initiatives/InitiativeEditor.h"
#include "ui/involvements/InvolvementEditor.h"
#include "ui/participation/ParticipationEditor.h"
#include "ui/partners/PartnerEditor.h"
#include "ui/persons/PersonDetailDialog.h"
#include "ui/persons/PersonEditor.h"
#include "ui/report/ReportDialog.h"
#include "ui/risk/RiskWeightsDialog.h"
#include "ui/risk/WhatIfDialog.h"
#include "ui/succession/CriticalRoleEditor.h"
#include "ui/supportmap/NeedEditor.h"
#include "ui/supportmap/OfferEditor.h"
#include "ui/wards/WardEditor.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::StringLiterals;

QString smallDemoFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(u"lindeveen.wijkregie"_s);
        auto db = Database::create(p, QString());
        generateDemo(*db, DemoOptions {});
        db->checkpoint();
        return p;
    }();
    return path;
}

void copySmallDemo(const QString& path)
{
    const QString source = smallDemoFile();
    QFile::remove(path);
    REQUIRE(QFile::copy(source, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

SmallDemoWindow::SmallDemoWindow()
    : path(dir.filePath(u"lindeveen.wijkregie"_s))
{
    copySmallDemo(path);
    REQUIRE(window.openFile(path));
}

namespace {

/// The first id of a table of the demo (every table of the small demo has rows).
qint64 firstId(Document& document, const QString& table, const QString& where = {})
{
    const QString sql = u"SELECT min(id) FROM %1%2"_s.arg(table, where.isEmpty() ? QString() : u" WHERE "_s + where);
    const qint64 id = Sql::scalar(document.database().connection(), sql).toLongLong();
    REQUIRE(id > 0);
    return id;
}

void show(QWidget& window)
{
    window.show();
    window.activateWindow();
    QApplication::processEvents();
}

using Factory = std::function<std::unique_ptr<QWidget>(MainWindow&, Document&, const QString& dir)>;

template<typename Dialog> Factory editor(bool isNew, const QString& table)
{
    return [isNew, table](MainWindow& window, Document& document, const QString&) -> std::unique_ptr<QWidget> {
        return std::make_unique<Dialog>(document, isNew ? 0 : firstId(document, table), &window);
    };
}

QList<std::pair<QString, Factory>> dialogs()
{
    QList<std::pair<QString, Factory>> list;
    const auto both = [&list](const QString& name, const Factory& newOne, const Factory& existing) {
        list.append({name + u": new"_s, newOne});
        list.append({name + u": existing"_s, existing});
    };
    both(u"WardEditor"_s, editor<WardEditor>(true, u"wards"_s), editor<WardEditor>(false, u"wards"_s));
    both(u"InitiativeEditor"_s, editor<InitiativeEditor>(true, u"initiatives"_s),
         editor<InitiativeEditor>(false, u"initiatives"_s));
    both(u"PersonEditor"_s, editor<PersonEditor>(true, u"persons"_s), editor<PersonEditor>(false, u"persons"_s));
    both(u"PartnerEditor"_s, editor<PartnerEditor>(true, u"partners"_s), editor<PartnerEditor>(false, u"partners"_s));
    both(u"AgreementEditor"_s, editor<AgreementEditor>(true, u"agreements"_s),
         editor<AgreementEditor>(false, u"agreements"_s));
    both(u"GoalEditor"_s, editor<GoalEditor>(true, u"goals"_s), editor<GoalEditor>(false, u"goals"_s));
    both(u"ParticipationEditor"_s, editor<ParticipationEditor>(true, u"participation"_s),
         editor<ParticipationEditor>(false, u"participation"_s));
    both(u"OfferEditor"_s, editor<OfferEditor>(true, u"offers"_s), editor<OfferEditor>(false, u"offers"_s));
    both(u"NeedEditor"_s, editor<NeedEditor>(true, u"needs"_s), editor<NeedEditor>(false, u"needs"_s));
    both(u"FrameworkEditor"_s, editor<FrameworkEditor>(true, u"frameworks"_s),
         editor<FrameworkEditor>(false, u"frameworks"_s));
    const auto perInitiative = [](bool isNew, const QString& table, auto make) -> Factory {
        return [=](MainWindow& window, Document& document, const QString&) -> std::unique_ptr<QWidget> {
            const qint64 id = isNew ? 0 : firstId(document, table);
            const qint64 initiative = isNew
                ? firstId(document, u"initiatives"_s)
                : Sql::scalar(document.database().connection(),
                              u"SELECT initiative_id FROM %1 WHERE id = ?"_s.arg(table), {id})
                      .toLongLong();
            return make(document, id, initiative, &window);
        };
    };
    const auto criticalRole = [](Document& d, qint64 id, qint64 initiative, QWidget* parent) {
        return std::unique_ptr<QWidget>(new CriticalRoleEditor(d, id, initiative, parent));
    };
    both(u"CriticalRoleEditor"_s, perInitiative(true, u"critical_roles"_s, criticalRole),
         perInitiative(false, u"critical_roles"_s, criticalRole));
    const auto event = [](Document& d, qint64 id, qint64 initiative, QWidget* parent) {
        return std::unique_ptr<QWidget>(new EventEditor(d, id, initiative, parent));
    };
    list.append({u"EventEditor: new"_s, perInitiative(true, u"activities"_s, event)});
    list.append({u"EventEditor: existing"_s,
                 [event](MainWindow& window, Document& document, const QString&) -> std::unique_ptr<QWidget> {
                     const qint64 id = firstId(document, u"activities"_s, u"person_id IS NULL"_s);
                     const qint64 initiative = Sql::scalar(document.database().connection(),
                                                           u"SELECT initiative_id FROM activities WHERE id = ?"_s, {id})
                                                   .toLongLong();
                     return event(document, id, initiative, &window);
                 }});
    list.append({u"InvolvementEditor: new"_s,
                 [](MainWindow& window, Document& document, const QString&) -> std::unique_ptr<QWidget> {
                     return std::make_unique<InvolvementEditor>(document, 0, firstId(document, u"initiatives"_s), 0,
                                                                &window);
                 }});
    list.append({u"InvolvementEditor: existing"_s,
                 [](MainWindow& window, Document& document, const QString&) -> std::unique_ptr<QWidget> {
                     const qint64 id = firstId(document, u"involvements"_s);
                     const auto db = document.database().connection();
                     const qint64 initiative
                         = Sql::scalar(db, u"SELECT initiative_id FROM involvements WHERE id = ?"_s, {id}).toLongLong();
                     return std::make_unique<InvolvementEditor>(document, id, initiative, 0, &window);
                 }});
    both(
        u"KpiEditor"_s,
        [](MainWindow& window, Document& document, const QString&) -> std::unique_ptr<QWidget> {
            return std::make_unique<KpiEditor>(document, Kpi {}, true, &window);
        },
        [](MainWindow& window, Document& document, const QString&) -> std::unique_ptr<QWidget> {
            const QList<Kpi> kpis = document.kpis().forAgreement(
                firstId(document, u"agreements"_s, u"id IN (SELECT agreement_id FROM kpis)"_s));
            REQUIRE_FALSE(kpis.isEmpty());
            return std::make_unique<KpiEditor>(document, kpis.first(), false, &window);
        });
    both(
        u"MeasurementEditor"_s,
        [](MainWindow& window, Document&, const QString&) -> std::unique_ptr<QWidget> {
            return std::make_unique<MeasurementEditor>(Measurement {}, true, &window);
        },
        [](MainWindow& window, Document&, const QString&) -> std::unique_ptr<QWidget> {
            return std::make_unique<MeasurementEditor>(Measurement {0, QDate(2025, 3, 1), 42.5, u"Schouw"_s}, false,
                                                       &window);
        });
    both(
        u"EvaluationEditor"_s,
        [](MainWindow& window, Document&, const QString&) -> std::unique_ptr<QWidget> {
            return std::make_unique<EvaluationEditor>(Evaluation {}, true, &window);
        },
        [](MainWindow& window, Document& document, const QString&) -> std::unique_ptr<QWidget> {
            const QList<Evaluation> evaluations = document.evaluations().forAgreement(
                firstId(document, u"agreements"_s, u"id IN (SELECT agreement_id FROM evaluations)"_s));
            REQUIRE_FALSE(evaluations.isEmpty());
            return std::make_unique<EvaluationEditor>(evaluations.first(), false, &window);
        });
    list.append({u"InitiativeDetailDialog"_s,
                 [](MainWindow& window, Document& document, const QString&) -> std::unique_ptr<QWidget> {
                     return std::make_unique<InitiativeDetailDialog>(
                         document,
                         firstId(document, u"initiatives"_s, u"id IN (SELECT initiative_id FROM activities)"_s),
                         &window);
                 }});
    list.append({u"PersonDetailDialog"_s,
                 [](MainWindow& window, Document& document, const QString&) -> std::unique_ptr<QWidget> {
                     return std::make_unique<PersonDetailDialog>(
                         document, firstId(document, u"persons"_s, u"id IN (SELECT person_id FROM activities)"_s),
                         &window);
                 }});
    list.append({u"ThemesDialog"_s, [](MainWindow& window, Document& document, const QString&) {
                     return std::unique_ptr<QWidget>(new ThemesDialog(document, &window));
                 }});
    list.append({u"FrameworksDialog"_s, [](MainWindow& window, Document& document, const QString&) {
                     return std::unique_ptr<QWidget>(new FrameworksDialog(document, &window));
                 }});
    list.append({u"AuditLogDialog"_s, [](MainWindow& window, Document& document, const QString&) {
                     return std::unique_ptr<QWidget>(new AuditLogDialog(document, &window));
                 }});
    list.append({u"RetentionReviewDialog"_s, [](MainWindow& window, Document& document, const QString&) {
                     // Ten years on, every resident of the demo is listed (nothing recorded since).
                     const QDate later = QDate::currentDate().addYears(10);
                     const QList<RetentionCandidate> candidates
                         = RetentionRepository(document.database()).candidates(later);
                     REQUIRE_FALSE(candidates.isEmpty());
                     return std::unique_ptr<QWidget>(new RetentionReviewDialog(document, candidates, later, &window));
                 }});
    list.append({u"RiskWeightsDialog"_s, [](MainWindow& window, Document& document, const QString&) {
                     return std::unique_ptr<QWidget>(new RiskWeightsDialog(document, &window));
                 }});
    list.append(
        {u"WhatIfDialog"_s, [](MainWindow& window, Document& document, const QString&) -> std::unique_ptr<QWidget> {
             return std::make_unique<WhatIfDialog>(
                 document, firstId(document, u"persons"_s, u"id IN (SELECT person_id FROM involvements)"_s), &window);
         }});
    list.append({u"HelpWindow"_s, [](MainWindow& window, Document&, const QString&) {
                     return std::unique_ptr<QWidget>(new HelpWindow(&window));
                 }});
    list.append({u"AboutDialog"_s, [](MainWindow& window, Document&, const QString&) {
                     return std::unique_ptr<QWidget>(new AboutDialog(&window));
                 }});
    list.append({u"ReportDialog"_s, [](MainWindow& window, Document& document, const QString&) {
                     return std::unique_ptr<QWidget>(new ReportDialog(document.database(), std::nullopt, &window));
                 }});
    list.append({u"CsvExportDialog: file"_s, [](MainWindow& window, Document& document, const QString&) {
                     return std::unique_ptr<QWidget>(new CsvExportDialog(document.database(), &window));
                 }});
    list.append(
        {u"CsvExportDialog: list"_s, [](MainWindow& window, Document&, const QString&) -> std::unique_ptr<QWidget> {
             ListView* initiatives = window.view(MainWindow::Initiatives);
             REQUIRE(initiatives->model());
             return std::make_unique<CsvExportDialog>(*initiatives->model(), initiatives->listName(), &window);
         }});
    list.append({u"CsvImportDialog"_s,
                 [](MainWindow& window, Document& document, const QString& dir) -> std::unique_ptr<QWidget> {
                     const QString csv = dir + u"/wijken.csv"_s;
                     QFile out(csv);
                     REQUIRE(out.open(QIODevice::WriteOnly));
                     CsvExporter::exportTable(document.database(), u"wards"_s, out, ExportOptions {});
                     out.close();
                     return std::make_unique<CsvImportDialog>(document, csv, &window);
                 }});
    return list;
}

} // namespace

void forEachWindow(const std::function<void(const AppWindow&)>& visit)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"lindeveen.wijkregie"_s);
    copySmallDemo(path);

    MainWindow window;
    show(window);
    visit(AppWindow {u"MainWindow: start page"_s, &window, &window, nullptr});

    REQUIRE(window.openFile(path));
    window.waitForDailyBackup();
    Document& document = *window.document();
    auto* navigation = child<QListWidget>(&window, u"navigationListWidget"_s);
    static const QRegularExpression count(u" \\(\\d+\\)$"_s);
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        QApplication::processEvents();
        const QString page = navigation->item(row)->text().remove(count);
        visit(AppWindow {u"MainWindow: "_s + page, &window, &window, &document});
    }

    for (const auto& [name, make] : dialogs()) {
        INFO(name.toStdString());
        std::unique_ptr<QWidget> dialog = make(window, document, dir.path());
        REQUIRE(dialog);
        show(*dialog);
        visit(AppWindow {name, dialog.get(), &window, &document});
        dialog->close();
    }
    // Not closed: closing would save its page as the one to show first, for the tests that follow.
    window.hide();
}
