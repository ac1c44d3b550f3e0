#include "GridTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPointer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

GridFixture::GridFixture(int persons)
    : d(*t.document)
{
    ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    initiative = d.initiatives().insert(Build::initiative(ward, u"Buurttuin"_s));
    for (int n = 0; n < persons; ++n) {
        const qint64 person
            = d.persons().insert(Build::person(u"Anne"_s, u"Bakker %1"_s.arg(n, 2, 10, QChar(u'0')), ward));
        Involvement v;
        v.personId = person;
        v.initiativeId = initiative;
        v.role = n == 0 ? InvolvementRole::Lead : InvolvementRole::Core;
        v.from = QDate(2025, 1, 1);
        d.involvements().insert(v);
        people << person;
    }
}

void typeKeys(QWidget* window, const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = window->focusWidget() ? window->focusWidget() : window;
        QTest::keyClick(target, c.toLatin1());
    }
}

void pressKey(QWidget* window, int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = window->focusWidget() ? window->focusWidget() : window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

int storedQuarters(Document& d, qint64 initiative, qint64 person, const QDate& date)
{
    for (const Activity& a : d.activities().forInitiative(initiative, date, date)) {
        if (a.personId == person) {
            return a.quarters;
        }
    }
    return 0;
}
