#include "UiTestSupport.h"

#include "core/storage/Database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

TestDocument::TestDocument()
{
    document = std::make_unique<Document>(Database::create(path(), u"Testgemeente"_s));
}

Ward makeWard(const QString& code, const QString& name)
{
    Ward w;
    w.code = code;
    w.name = name;
    w.type = WardType::Vinex;
    w.inhabitants = 5000;
    w.households = 2100;
    return w;
}

Initiative makeInitiative(qint64 wardId, const QString& title)
{
    Initiative i;
    i.wardId = wardId;
    i.title = title;
    i.status = InitiativeStatus::Running;
    i.startDate = QDate(2024, 3, 1);
    i.budgetGrantedCents = 125000;
    return i;
}

Person makePerson(const QString& first, const QString& last, std::optional<qint64> wardId)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.wardId = wardId;
    p.engagement = Engagement::Structural;
    return p;
}

void insertWards(Document& document, int count)
{
    Transaction tx(document.database());
    for (int n = 0; n < count; ++n) {
        document.wards().insert(
            makeWard(u"WK%1"_s.arg(n, 6, 10, QChar(u'0')), u"Wijk %1"_s.arg(n, 4, 10, QChar(u'0'))));
    }
    tx.commit();
}

void insertPersons(Document& document, int count, std::optional<qint64> wardId)
{
    Transaction tx(document.database());
    for (int n = 0; n < count; ++n) {
        document.persons().insert(makePerson(u"Anne"_s, u"Jansen %1"_s.arg(n, 4, 10, QChar(u'0')), wardId));
    }
    tx.commit();
}

void answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    auto* timer = new QTimer;
    auto* attempts = new int(0);
    QObject::connect(timer, &QTimer::timeout, [timer, attempts, button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box) {
            if (text) {
                *text = box->text();
            }
            if (QAbstractButton* b = box->button(button)) {
                b->click();
            } else {
                box->reject();
            }
        }
        if (box || ++*attempts > 500) {
            timer->stop();
            timer->deleteLater();
            delete attempts;
        }
    });
    timer->start(10);
}
