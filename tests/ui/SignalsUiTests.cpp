// The home screen's signals on hand-built data: each kind appears, disappears when fixed, and opens its record.
#include "tests/ui/AgreementTestSupport.h"
#include "ui/admin/FrameworksDialog.h"
#include "ui/agreements/AgreementCommand.h"
#include "ui/agreements/AgreementEditor.h"
#include "ui/agreements/KpiPanel.h"
#include "ui/common/MeasurementTable.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/initiatives/InitiativeEditor.h"
#include "ui/signals/SignalsView.h"
#include "ui/supportmap/NeedEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

int countOf(const SignalsView& view, SignalKind kind)
{
    const auto& all = view.currentSignals();
    return int(std::count_if(all.cbegin(), all.cend(), [kind](const Signal& s) { return s.kind == kind; }));
}

int indexOf(const SignalsView& view, SignalKind kind)
{
    const auto& all = view.currentSignals();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).kind == kind) {
            return i;
        }
    }
    return -1;
}

/// The view on the fixture's document at the reference date, shown (it refreshes on changes while visible).
struct SignalsFixture : AgreementFixture
{
    SignalsFixture()
    {
        view.setReferenceDate(Reference);
        view.setDocument(&doc());
        view.resize(900, 500);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        REQUIRE(view.waitUntilReady());
    }
    /// Lets the queued refresh after a change run, and its computation on the worker thread.
    void settle()
    {
        QApplication::processEvents();
        REQUIRE(view.waitUntilReady());
    }
    /// Changes an agreement through an undoable command, as the editor does.
    void change(qint64 id, const std::function<void(AgreementRecord&)>& edit)
    {
        const auto before = doc().agreements().loadRecord(id);
        AgreementRecord after = *before;
        edit(after);
        doc().execute(
            std::make_unique<AgreementCommand>(doc(), Document::Kind::Agreements, before, after, u"Edit agreement"_s));
        settle();
    }
    /// Inserts an agreement and lets the signals follow.
    qint64 add(const Agreement& a)
    {
        const qint64 id = insert(a);
        settle();
        return id;
    }
    /// Runs a command on the document, as an editor does, and lets the signals follow.
    template<typename Command> void execute(std::unique_ptr<Command> command)
    {
        doc().execute(std::move(command));
        settle();
    }
    /// The index of the first signal of a kind; the test stops when there is none.
    int shown(SignalKind kind) const
    {
        const int index = indexOf(view, kind);
        REQUIRE(index >= 0);
        return index;
    }
    SignalsView view;
};

/// The agreement gives one signal of `kind` (`whileShown` checks more of it); `fix` changes it through the undoable
/// command, and the signal is gone.
void appearsUntilFixed(SignalsFixture& f, const Agreement& agreement, SignalKind kind,
                       const std::function<void(Agreement&)>& fix, const std::function<void()>& whileShown = {})
{
    const qint64 id = f.add(agreement);
    REQUIRE(countOf(f.view, kind) == 1);
    if (whileShown) {
        whileShown();
    }
    f.change(id, [&fix](AgreementRecord& r) { fix(r.agreement); });
    CHECK(countOf(f.view, kind) == 0);
}

} // namespace

TEST_CASE("signals_agreementSignalsAppearAndDisappearWhenFixed", "[signalsui]")
{
    SignalsFixture f;
    CHECK(f.view.currentSignals().isEmpty());
    CHECK(f.view.treeWidget()->topLevelItemCount() == 0);

    SECTION("evaluation overdue")
    {
        Agreement a = f.agreement();
        a.nextEvaluation = QDate(2025, 5, 1);
        appearsUntilFixed(
            f, a, SignalKind::EvaluationOverdue, [](Agreement& fixed) { fixed.nextEvaluation = QDate(2025, 10, 1); },
            [&f] {
                CHECK(f.view.currentSignals().first().severity == Severity::High);
                CHECK(f.view.treeWidget()->topLevelItem(0)->text(0).contains(u"Urgent"_s));
            });
    }
    SECTION("evaluation due within 30 days")
    {
        Agreement a = f.agreement();
        a.nextEvaluation = QDate(2025, 7, 1);
        appearsUntilFixed(f, a, SignalKind::EvaluationDue,
                          [](Agreement& fixed) { fixed.nextEvaluation = QDate(2025, 9, 1); });
    }
    SECTION("agreement ending within 90 days")
    {
        Agreement a = f.agreement();
        a.endDate = QDate(2025, 8, 31);
        appearsUntilFixed(f, a, SignalKind::AgreementEnding,
                          [](Agreement& fixed) { fixed.endDate = QDate(2026, 12, 31); });
    }
    SECTION("agreement without M&E, fixed in the editor opened from the signal")
    {
        Agreement a = f.agreement();
        a.monitoringAgreed = false;
        const qint64 id = f.add(a);
        const int index = f.shown(SignalKind::AgreementWithoutMe);
        QTreeWidgetItem* item = f.view.itemOf(index);
        REQUIRE(item);
        // Double-click opens the agreement's editor; tick M&E there and save.
        qint64 opened = 0;
        onNextModal(u"agreementEditor"_s, [&opened, id](QDialog* editor) {
            opened = editor->windowTitle().contains(u"Veilige buurt"_s) ? id : -1;
            editor->findChild<QCheckBox*>(u"monitoringAgreedCheckBox"_s)->setChecked(true);
            editor->findChild<QPushButton*>(u"okButton"_s)->click();
        });
        QTreeWidget* tree = f.view.treeWidget();
        const QRect rect = tree->visualItemRect(item);
        int activated = 0;
        QObject::connect(tree, &QTreeWidget::itemActivated, [&activated] { ++activated; });
        QObject::connect(tree, &QTreeWidget::itemDoubleClicked, [&activated] { activated += 10; });
        // A press first: the view only takes a double click on the item it saw pressed.
        QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        CHECK(activated == 11);
        CHECK(opened == id);
        f.settle();
        CHECK(f.doc().agreements().find(id)->monitoringAgreed);
        CHECK(countOf(f.view, SignalKind::AgreementWithoutMe) == 0);
        // Undo brings the signal back.
        f.doc().undoStack()->undo();
        f.settle();
        CHECK(countOf(f.view, SignalKind::AgreementWithoutMe) == 1);
    }
    SECTION("KPI off track, opened on the KPIs tab; fixed by a new measurement")
    {
        AgreementRecord r;
        r.agreement = f.agreement();
        r.agreement.startDate = QDate(2025, 1, 1);
        r.agreement.endDate = QDate(2025, 12, 31);
        Kpi kpi;
        kpi.name = u"Deelnemers"_s;
        kpi.baseline = 0;
        kpi.target = 100;
        kpi.measurements = {Measurement {0, QDate(2025, 6, 1), 5, {}}};
        r.kpis = {kpi};
        const qint64 id = f.doc().agreements().insertRecord(r);
        f.doc().notifyChanged(Document::Kind::Agreements);
        f.settle();
        const int index = f.shown(SignalKind::KpiOffTrack);
        const Signal signal = f.view.currentSignals().at(index);
        CHECK(signal.entity == SignalEntity::Kpi);
        auto editor = f.view.createEditor(signal);
        auto* agreementEditor = qobject_cast<AgreementEditor*>(editor.get());
        REQUIRE(agreementEditor);
        CHECK(agreementEditor->tabs()->currentIndex() == AgreementEditor::KpiTab);
        CHECK(agreementEditor->kpiPanel()->measurementTable()->isEnabled());
        editor.reset();

        f.change(id, [](AgreementRecord& rec) {
            rec.kpis[0].measurements << Measurement {0, QDate(2025, 6, 10), 60, {}};
        });
        CHECK(countOf(f.view, SignalKind::KpiOffTrack) == 0);
    }
}

TEST_CASE("signals_frameworkFollowUpAndGapSignalsAppearDisappearAndOpenTheirRecord", "[signalsui]")
{
    SignalsFixture f;
    Document& d = f.doc();

    SECTION("outdated framework")
    {
        PolicyFramework framework;
        framework.title = u"Wijkvisie 2020"_s;
        framework.adoptedOn = QDate(2020, 1, 1);
        framework.reviewBy = QDate(2024, 12, 31);
        framework.id = d.frameworks().insert(framework);
        d.notifyChanged(Document::Kind::Frameworks);
        f.settle();
        const int index = f.shown(SignalKind::FrameworkOutdated);
        auto editor = f.view.createEditor(f.view.currentSignals().at(index));
        REQUIRE(qobject_cast<FrameworkEditor*>(editor.get()));
        editor.reset();
        framework.reviewBy = QDate(2027, 1, 1);
        d.frameworks().update(framework);
        d.notifyChanged(Document::Kind::Frameworks);
        f.settle();
        CHECK(countOf(f.view, SignalKind::FrameworkOutdated) == 0);
    }
    SECTION("follow-up overdue")
    {
        Initiative i = *d.initiatives().find(f.initiative);
        const Initiative before = i;
        i.fitsFramework = FitsFramework::No;
        i.followUp.department = u"Openbare ruimte"_s;
        i.followUp.owner = u"K. Bakker"_s;
        i.followUp.deadline = QDate(2025, 5, 1);
        f.execute(std::make_unique<SaveRecordCommand<InitiativeRepository, Initiative>>(d, Document::Kind::Initiatives,
                                                                                        before, i, u"Edit"_s));
        const int index = f.shown(SignalKind::FollowUpOverdue);
        auto editor = f.view.createEditor(f.view.currentSignals().at(index));
        REQUIRE(qobject_cast<InitiativeEditor*>(editor.get()));
        editor.reset();
        Initiative done = i;
        done.followUp.status = FollowUpStatus::Done;
        f.execute(std::make_unique<SaveRecordCommand<InitiativeRepository, Initiative>>(d, Document::Kind::Initiatives,
                                                                                        i, done, u"Edit"_s));
        CHECK(countOf(f.view, SignalKind::FollowUpOverdue) == 0);
    }
    SECTION("support gap, and the ward filter")
    {
        Need need;
        need.wardId = f.ward;
        need.themeId = f.theme;
        need.description = u"Ontmoetingsplek voor ouderen"_s;
        need.signalledOn = QDate(2025, 5, 20);
        need.severity = Severity::High;
        f.execute(std::make_unique<SaveRecordCommand<NeedRepository, Need>>(d, Document::Kind::SupportMap, std::nullopt,
                                                                            need, u"Add need"_s));
        const int index = f.shown(SignalKind::SupportGap);
        CHECK(f.view.itemOf(index)->text(2) == u"Oosterpark"_s);
        // Enter on the signal opens the need.
        bool opened = false;
        onNextModal(u"needEditor"_s, [&opened](QDialog* editor) {
            opened = true;
            editor->reject();
        });
        f.view.treeWidget()->setFocus();
        f.view.treeWidget()->setCurrentItem(f.view.itemOf(index));
        QTest::keyClick(f.view.treeWidget(), Qt::Key_Return);
        CHECK(opened);

        f.view.setWardFilter(f.ward2);
        f.settle();
        CHECK(countOf(f.view, SignalKind::SupportGap) == 0);
        f.view.setWardFilter(f.ward);
        f.settle();
        CHECK(countOf(f.view, SignalKind::SupportGap) == 1);

        Offer offer;
        offer.wardId = f.ward;
        offer.themeId = f.theme;
        offer.description = u"Koffieochtend in het buurthuis"_s;
        offer.partnerId = f.partner;
        f.execute(std::make_unique<SaveRecordCommand<OfferRepository, Offer>>(d, Document::Kind::SupportMap,
                                                                              std::nullopt, offer, u"Add offer"_s));
        CHECK(countOf(f.view, SignalKind::SupportGap) == 0);
    }
}

TEST_CASE("signals_groupedBySeverityWithIconAndWord_mostSevereFirst", "[signalsui]")
{
    SignalsFixture f;
    Agreement overdue = f.agreement(u"Overdue"_s);
    overdue.nextEvaluation = QDate(2025, 5, 1);
    f.insert(overdue);
    Agreement withoutMe = f.agreement(u"Zonder M&E"_s);
    withoutMe.monitoringAgreed = false;
    f.insert(withoutMe);
    f.settle();
    QTreeWidget* tree = f.view.treeWidget();
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(0)->text(0).startsWith(u"\u203c Urgent (1)"_s));
    CHECK(tree->topLevelItem(1)->text(0).startsWith(u"! Attention (1)"_s));
    QTreeWidgetItem* first = tree->topLevelItem(0)->child(0);
    CHECK_FALSE(first->icon(0).isNull());
    CHECK(first->text(0).contains(u"Overdue"_s));
    CHECK_FALSE(first->text(1).isEmpty()); // the date
    CHECK(first->text(2) == u"Oosterpark"_s);
}
