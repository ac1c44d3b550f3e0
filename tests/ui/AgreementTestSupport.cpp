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
    ward = d.wards().insert(makeWard(u"WK036301"_s, u"Oosterpark"_s));
    ward2 = d.wards().insert(makeWard(u"WK036302"_s, u"Dapperbuurt"_s));
    Partner p;
    p.name = u"Politie Oost"_s;
    p.type = PartnerType::Police;
    p.contactPerson = u"J. de Vries"_s;
    partner = d.partners().insert(p);
    initiative = d.initiatives().insert(makeInitiative(ward, u"Buurtpreventie"_s));
    theme = d.themes().all().first().id;
}

Agreement AgreementFixture::agreement(const QString& title) const
{
    Agreement a;
    a.partnerId = partner;
    a.wardIds = {ward};
    a.title = title;
    a.startDate = QDate(2025, 1, 1);
    a.endDate = QDate(2027, 12, 31);
    a.budgetCents = 2500000;
    a.monitoring = MonitoringFrequency::Quarterly;
    a.meAgreed = true;
    a.nextEvaluation = QDate(2025, 12, 1);
    a.status = AgreementStatus::Active;
    return a;
}

qint64 AgreementFixture::insert(const Agreement& agreement)
{
    const qint64 id = doc().agreements().insert(agreement);
    doc().notifyChanged(Document::Kind::Agreements);
    return id;
}

void onNextModal(const QString& objectName, std::function<void(QDialog*)> fn)
{
    auto* timer = new QTimer;
    auto* attempts = new int(0);
    QObject::connect(timer, &QTimer::timeout, [timer, attempts, objectName, fn] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        const bool found = dialog && dialog->objectName() == objectName;
        if (found || ++*attempts > 500) {
            timer->stop();
            timer->deleteLater();
            delete attempts;
        }
        if (found) {
            fn(dialog);
        }
    });
    timer->start(10);
}

void answerMessageBoxes(QList<QMessageBox::StandardButton> buttons, QStringList* texts)
{
    auto* timer = new QTimer;
    auto* attempts = new int(0);
    auto* last = new QPointer<QMessageBox>;
    QObject::connect(timer, &QTimer::timeout, [timer, attempts, last, buttons, texts]() mutable {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box != *last && !buttons.isEmpty()) {
            *last = box;
            texts->append(box->text());
            if (QAbstractButton* b = box->button(buttons.takeFirst())) {
                b->click();
            } else {
                box->reject();
            }
        }
        if (buttons.isEmpty() || ++*attempts > 500) {
            timer->stop();
            timer->deleteLater();
            delete attempts;
            delete last;
        }
    });
    timer->start(10);
}

void setText(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(objectName);
    REQUIRE(edit);
    edit->setText(text);
}

QString fieldError(QWidget* editor, const QString& field)
{
    auto* label = editor->findChild<QLabel*>(field + u"ErrorLabel"_s);
    REQUIRE(label);
    return label->isHidden() ? QString() : label->text();
}
