#pragma once

#include <QLocale>
#include <QString>
#include <optional>

namespace Money {

/// "€ 1.234,50" in Dutch notation (or the given locale's).
QString format(qint64 cents, const QLocale& locale = QLocale());
/// Reads an amount in euros as typed by a user ("1.234,50", "1234.5", "€ 12"); nullopt when it is not one.
std::optional<qint64> parse(const QString& text, const QLocale& locale = QLocale());

} // namespace Money
