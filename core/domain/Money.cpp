#include "Money.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Money {

QString format(qint64 cents, const QLocale& locale)
{
    const QString amount = locale.toString(static_cast<double>(cents) / 100.0, 'f', 2);
    return u"€ "_s + amount;
}

std::optional<qint64> parse(const QString& text, const QLocale& locale)
{
    QString t = text.trimmed();
    t.remove(u'€');
    t.remove(u' ');
    t.remove(QChar(0x00A0));
    if (t.isEmpty()) {
        return qint64 {0};
    }
    bool ok = false;
    double value = locale.toDouble(t, &ok);
    if (!ok) {
        // Also accept a plain decimal point, as a machine would write it.
        value = QLocale::c().toDouble(t, &ok);
    }
    if (!ok || !std::isfinite(value) || value < 0 || value > 1e12) {
        return std::nullopt;
    }
    const double cents = value * 100.0;
    if (std::abs(cents - std::round(cents)) > 1e-6) {
        return std::nullopt; // more precision than cents
    }
    return static_cast<qint64>(std::llround(cents));
}

} // namespace Money
