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
    ward = d.wards().insert(makeWard(u"WK036301"_s, u"Noord"_s));
    initiative = d.initiatives().insert(makeInitiative(ward, u"Buurttuin"_s));
    for (int n = 0; n < persons; ++n) {
        const qint64 person
            = d.persons().insert(makePerson(u"Anne"_s, u"Bakker %1"_s.arg(n, 2, 10, QChar(u'0')), ward));
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

void answerMessageBoxes(const QList<QMessageBox::StandardButton>& buttons, QStringList* texts)
{
    auto* timer = new QTimer;
    auto* state = new std::pair<int, QPointer<QMessageBox>>(0, nullptr);
    auto* attempts = new int(0);
    QObject::connect(timer, &QTimer::timeout, [=] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box != state->second) {
            state->second = box;
            if (texts) {
                *texts << box->text();
            }
            const auto button = buttons.value(state->first++, QMessageBox::Ok);
            if (QAbstractButton* b = box->button(button)) {
                b->click();
            } else {
                box->reject();
            }
        }
        if (state->first >= buttons.size() || ++*attempts > 1000) {
            timer->stop();
            timer->deleteLater();
            delete state;
            delete attempts;
        }
    });
    timer->start(10);
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
