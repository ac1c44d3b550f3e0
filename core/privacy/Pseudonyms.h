#pragma once

#include <QHash>
#include <QString>

/// Stable pseudonyms within one document: the first person mentioned is "Bewoner A", the next "Bewoner B", …,
/// then "Bewoner AA". The same person always gets the same pseudonym from one Pseudonyms object.
class Pseudonyms final
{
public:
    /// The pseudonym for a person id.
    QString forPerson(qint64 personId);
    /// The letters for the n-th person (0 → A, 25 → Z, 26 → AA).
    static QString letters(int index);

private:
    QHash<qint64, QString> m_names;
};
