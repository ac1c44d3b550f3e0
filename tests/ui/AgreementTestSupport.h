#pragma once

#include "core/domain/Agreement.h"
#include "tests/ui/UiTestSupport.h"

#include <QDate>

/// A hand-built register for the agreement, goal, participation and support-map tests: two wards, a partner, an
/// initiative in the first ward and a theme. "Today" is Reference.
struct AgreementFixture
{
    static inline const QDate Reference {2025, 6, 15};

    AgreementFixture();
    Document& doc() { return *t.document; }

    /// An active agreement for the first ward with M&E, ending and evaluated far from Reference.
    Agreement agreement(const QString& title = QStringLiteral("Veilige buurt")) const;
    /// Inserts it through the repository (not undoable) and returns its id.
    qint64 insert(const Agreement& agreement);

    TestDocument t;
    qint64 ward = 0;
    qint64 ward2 = 0;
    qint64 partner = 0;
    qint64 initiative = 0;
    qint64 theme = 0;
};
