// The continuity risk in the UI: risk columns and band filter, the breakdown, "what if this person stops?" and
// the risk weights dialog.
#include "core/demo/DemoGenerator.h"
#include "core/risk/RiskCalculator.h"
#include "core/storage/RiskWeightsRepository.h"
#include "core/storage/Sql.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/initiatives/InitiativeModel.h"
#include "ui/risk/RiskBreakdownWidget.h"
#include "ui/risk/RiskCache.h"
#include "ui/risk/RiskWeightsDialog.h"
#include "ui/risk/WhatIfDialog.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate Reference(2025, 6, 30);

/// The small demo, made relative to Reference, in a TestDocument.
void fillSmallDemo(TestDocument& t)
{
    DemoOptions options;
    options.referenceDate = Reference;
    generateDemo(t.document->database(), options);
    RiskCache::of(*t.document).setReferenceDate(Reference);
}

/// One running initiative carried by Anne and Bram equally (Anne, the lower id, alone has half the hours: k = 1),
/// Anne the lead with Bram as backup: low risk (25 + 0 + 5 for two regulars = 30). Without Anne, Bram carries it
/// alone and the lead role is unfilled: concentration 1 and succession 1, high whatever the score.
struct TwoCarriers
{
    TwoCarriers()
    {
        Document& d = *t.document;
        const qint64 ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
        initiative = d.initiatives().insert(Build::initiative(ward, u"Buurttuin"_s));
        anne = d.persons().insert(Build::person(u"Anne"_s, u"Jansen"_s, ward));
        bram = d.persons().insert(Build::person(u"Bram"_s, u"de Vries"_s, ward));
        const QSqlDatabase db = d.database().connection();
        for (int m = 0; m < 12; ++m) {
            const QDate date = Reference.addMonths(-m).addDays(-10);
            for (qint64 person : {anne, bram}) {
                Sql::exec(db,
                          u"INSERT INTO activities (initiative_id, person_id, date, quarters) VALUES (?, ?, ?, 12)"_s,
                          {initiative, person, Sql::date(date)});
            }
        }
        Sql::exec(
            db,
            u"INSERT INTO critical_roles (initiative_id, role, holder_person_id, backup_person_id) VALUES (?, 'lead', ?, ?)"_s,
            {initiative, anne, bram});
        RiskCache::of(d).setReferenceDate(Reference);
    }
    TestDocument t;
    qint64 initiative = 0;
    qint64 anne = 0;
    qint64 bram = 0;
};

} // namespace

TEST_CASE("riskColumns_showScoreAndBandFromTheCacheAndFilterHighRisk", "[ui][risk]")
{
    TestDocument t;
    fillSmallDemo(t);
    RiskCache& cache = RiskCache::of(*t.document);
    const QHash<qint64, RiskScore> scores = cache.scores();
    REQUIRE_FALSE(scores.isEmpty());

    InitiativeModel model(t.document->initiatives());
    model.setRiskCache(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(ListQuery {});
    REQUIRE(model.columnCount() == InitiativeModel::ColumnCount);
    CHECK(model.headerData(InitiativeModel::RiskScoreColumn, Qt::Horizontal).toString() == u"Risk"_s);
    int scored = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.idAt(row);
        const QVariant score = model.data(model.index(row, InitiativeModel::RiskScoreColumn));
        if (const auto it = scores.constFind(id); it != scores.constEnd()) {
            ++scored;
            CHECK(score.toInt() == it->score);
            CHECK(model.data(model.index(row, InitiativeModel::RiskBandColumn)).toString() == Enums::label(it->band));
            CHECK(model.data(model.index(row, 0), InitiativeModel::RiskBandKeyRole).toString() == Enums::key(it->band));
            // Never colour alone: the band column has text and a swatch.
            CHECK_FALSE(model.data(model.index(row, InitiativeModel::RiskBandColumn), Qt::DecorationRole).isNull());
        } else {
            CHECK(score.isNull()); // not active: no score
        }
    }
    CHECK(scored == scores.size());

    // High risk only.
    int highCount = 0;
    for (const RiskScore& s : scores) {
        highCount += s.band == RiskBand::High ? 1 : 0;
    }
    REQUIRE(highCount > 0);
    model.setBandFilter(RiskBand::High);
    model.setQuery(ListQuery {});
    CHECK(model.totalCount() == highCount);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.data(model.index(row, 0), InitiativeModel::RiskBandKeyRole).toString() == u"high"_s);
    }

    // Sorting on the score, highest first, over every initiative (inactive ones last).
    model.setBandFilter(std::nullopt);
    model.setQuery(ListQuery {});
    model.sort(InitiativeModel::RiskScoreColumn, Qt::DescendingOrder);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.rowCount() == model.totalCount());
    int previous = 1000;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant v = model.data(model.index(row, 0), InitiativeModel::RiskScoreRole);
        const int score = v.isNull() ? -1 : v.toInt();
        CHECK(score <= previous);
        previous = score;
    }
}

TEST_CASE("riskColumns_followAChangeOfTheData", "[ui][risk]")
{
    TwoCarriers data;
    RiskCache& cache = RiskCache::of(*data.t.document);
    InitiativeModel model(data.t.document->initiatives());
    model.setRiskCache(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBandFilter(RiskBand::High);
    model.setQuery(ListQuery {});
    CHECK(model.totalCount() == 0); // low: 30
    // The lead loses the backup: one person without a backup is high (score 45). The list follows the change
    // without being asked: the cache is thrown away and the filtered list built again.
    Sql::exec(data.t.document->database().connection(), u"UPDATE critical_roles SET backup_person_id = NULL"_s);
    data.t.document->notifyChanged(Document::Kind::Initiatives);
    CHECK(model.totalCount() == 1);
    CHECK(model.data(model.index(0, InitiativeModel::RiskScoreColumn)).toInt() == 45);
    CHECK(model.data(model.index(0, 0), InitiativeModel::RiskBandKeyRole).toString() == u"high"_s);
}

TEST_CASE("riskBreakdown_showsScoreBandAndSevenSentences", "[ui][risk]")
{
    TestDocument t;
    fillSmallDemo(t);
    RiskCache& cache = RiskCache::of(*t.document);
    const QHash<qint64, RiskScore>& scores = cache.scores();
    const RiskScore& any = *scores.constBegin();
    RiskBreakdownWidget widget;
    widget.setDocument(t.document.get());
    widget.setInitiative(any.initiativeId);
    const QStringList sentences = widget.sentences();
    REQUIRE(sentences.size() == 7);
    // The register names the top contributor where a sentence is about them (the report does not).
    QString topName;
    if (any.topContributorId) {
        topName = t.document->persons().find(*any.topContributorId)->fullName();
    }
    for (int i = 0; i < 7; ++i) {
        CHECK(sentences.at(i) == RiskCalculator::namedExplanation(any, RiskIndicator(i), topName));
    }
    const QString scoreText = widget.findChild<QLabel*>(u"riskScoreLabel"_s)->text();
    CHECK(scoreText.contains(QString::number(any.score)));
    CHECK(scoreText.contains(Enums::label(any.band)));
    CHECK(widget.findChild<QDateEdit*>(u"riskDateEdit"_s)->date() == Reference);
    // An initiative that is not active has no breakdown.
    widget.setInitiative(0);
    CHECK(widget.sentences().isEmpty());
}

TEST_CASE("whatIf_listsTheInitiativeThatMovesToHigh", "[ui][risk]")
{
    TwoCarriers data;
    const RiskScore* before = RiskCache::of(*data.t.document).score(data.initiative);
    REQUIRE(before);
    CHECK(before->band != RiskBand::High);

    WhatIfDialog dialog(*data.t.document, data.anne);
    REQUIRE(dialog.result().changes.size() == 1);
    CHECK(dialog.result().movingToHigh() == QList<qint64> {data.initiative});
    auto* table = dialog.findChild<QTableWidget*>(u"changesTableWidget"_s);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == u"Buurttuin"_s);
    CHECK(table->item(0, 4)->data(Qt::UserRole).toBool());
    CHECK(table->item(0, 4)->text().contains(Enums::label(RiskBand::High)));
    CHECK(table->item(0, 2)->text().startsWith(QString::number(before->score)));
    // High by the override rule, not by the score: the dialog says so.
    const RiskChange& change = dialog.result().changes.first();
    REQUIRE(change.after.overridden);
    CHECK(table->item(0, 3)->text().endsWith(u"(override: one person, no backup)"_s));
    CHECK(table->item(0, 3)->toolTip().startsWith(u"High by the override rule"_s));
    CHECK(dialog.findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"Anne Jansen"_s));

    // Someone who carries nothing changes nothing.
    const qint64 cor = data.t.document->persons().insert(Build::person(u"Cor"_s, u"Bakker"_s));
    WhatIfDialog nobody(*data.t.document, cor);
    CHECK(nobody.result().changes.isEmpty());
    CHECK(nobody.findChild<QTableWidget*>(u"changesTableWidget"_s)->rowCount() == 0);
}

TEST_CASE("riskWeightsDialog_validatesSavesAndUndoes", "[ui][risk]")
{
    TwoCarriers data;
    Document& d = *data.t.document;
    RiskCache& cache = RiskCache::of(d);
    const int before = cache.score(data.initiative)->score;
    {
        RiskWeightsDialog dialog(d);
        CHECK(dialog.weights() == RiskWeights {});
        // All zero: refused with a message, nothing saved.
        for (auto* spin : dialog.findChildren<QDoubleSpinBox*>()) {
            spin->setValue(0);
        }
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.findChild<QLabel*>(u"generalErrorLabel"_s)->text().isEmpty());
        // Out of range: the field's own message.
        dialog.setWeights(RiskWeights {});
        dialog.findChild<QDoubleSpinBox*>(u"concentrationSpinBox"_s)->setValue(1.5);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.findChild<QLabel*>(u"concentrationErrorLabel"_s)->isHidden());
        CHECK(RiskWeightsRepository(d.database()).load() == RiskWeights {});
        // Defaults button, then only concentration counts.
        dialog.findChild<QPushButton*>(u"defaultsButton"_s)->click();
        CHECK(dialog.weights() == RiskWeights {});
        for (auto* spin : dialog.findChildren<QDoubleSpinBox*>()) {
            spin->setValue(spin->objectName() == u"concentrationSpinBox"_s ? 1.0 : 0.0);
        }
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    RiskWeights onlyConcentration;
    onlyConcentration.values = {1, 0, 0, 0, 0, 0, 0};
    CHECK(RiskWeightsRepository(d.database()).load() == onlyConcentration);
    // The scores follow at once: concentration 1 alone gives 100.
    CHECK(before == 30);
    CHECK(cache.score(data.initiative)->score == 100);
    REQUIRE(d.undoStack()->count() == 1);
    d.undoStack()->undo();
    CHECK(RiskWeightsRepository(d.database()).load() == RiskWeights {});
    CHECK(cache.score(data.initiative)->score == before);
}
