#include "Pseudonyms.h"

#include <QCoreApplication>

QString Pseudonyms::letters(int index)
{
    QString result;
    int n = index + 1;
    while (n > 0) {
        const int rem = (n - 1) % 26;
        result.prepend(QChar(u'A' + rem));
        n = (n - 1) / 26;
    }
    return result;
}

QString Pseudonyms::forPerson(qint64 personId)
{
    auto it = m_names.constFind(personId);
    if (it != m_names.constEnd()) {
        return *it;
    }
    QString name = QCoreApplication::translate("Pseudonyms", "Resident %1").arg(letters(int(m_names.size())));
    m_names.insert(personId, name);
    return name;
}
