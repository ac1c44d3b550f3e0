#pragma once

#include "tests/ui/UiTestSupport.h"

#include <QList>
#include <QStringList>

class QWidget;

/// An initiative with `persons` residents involved from 1 January 2025 (open end), for the hours grid tests.
struct GridFixture
{
    explicit GridFixture(int persons = 3);

    TestDocument t;
    Document& d;
    qint64 ward = 0;
    qint64 initiative = 0;
    QList<qint64> people; ///< sorted as the grid shows them (by name)
};

/// Types `text` one key at a time into whatever has the keyboard focus in `window`, as a user would.
void typeKeys(QWidget* window, const QString& text);
/// Presses one key on whatever has the keyboard focus in `window`.
void pressKey(QWidget* window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
/// The quarters of a person on a day in an initiative, read from the database.
int storedQuarters(Document& d, qint64 initiative, qint64 person, const QDate& date);
