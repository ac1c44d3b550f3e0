#include "Collation.h"

#include <QCollator>
#include <QLocale>

namespace Collation {

int compare(QStringView a, QStringView b)
{
    // A QCollator is not safe to share between threads; SQLite calls this on whichever thread uses the connection.
    thread_local const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Dutch, QLocale::Netherlands));
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    if (const int c = collator.compare(a, b); c != 0) {
        return c;
    }
    return a.compare(b);
}

} // namespace Collation
