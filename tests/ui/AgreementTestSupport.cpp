#include "AgreementTestSupport.h"

#include "core/storage/Database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

AgreementFixture::AgreementFixture()
{
    Document& d = doc();
    ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Oosterpark"_s));
    ward2 = d.wards().insert(Build::ward(u"WK036302"_s, u"Dapperbuurt"_s));
    partner = d.partners().insert(Build::partner(u"Politie Oost"_s));
    initiative = d.initiatives().insert(Build::initiative(ward, u"Buurtpreventie"_s));
    theme = d.themes().all().first().id;
}

Agreement AgreementFixture::agreement(const QString& title) const
{
    Agreement a = Build::agreement(partner, {ward}, title);
    a.endDate = QDate(2027, 12, 31);
    a.nextEvaluation = QDate(2025, 12, 1);
    return a;
}

qint64 AgreementFixture::insert(const Agreement& agreement)
{
    const qint64 id = doc().agreements().insert(agreement);
    doc().notifyChanged(Document::Kind::Agreements);
    return id;
}
