#pragma once

#include <QString>
#include <optional>

/// The two CSV dialects of DESIGN.md. Both quote per RFC 4180 and end lines with CRLF.
enum class CsvDialect {
    /// For Dutch-locale Excel: UTF-8 with BOM, ';', decimal comma, dates dd-mm-jjjj, Dutch labels, formula
    /// injection guarded with a leading '.
    ExcelNl,
    /// The machine interface: UTF-8 without BOM, ',', decimal point, ISO dates, stable snake_case keys.
    Rfc4180,
};

namespace Csv {

/// "excel-nl" or "rfc4180".
inline QString dialectKey(CsvDialect dialect)
{
    return dialect == CsvDialect::ExcelNl ? QStringLiteral("excel-nl") : QStringLiteral("rfc4180");
}

/// The dialect for its key; nullopt for an unknown key.
inline std::optional<CsvDialect> dialectFromKey(const QString& key)
{
    if (key == QLatin1String("excel-nl")) {
        return CsvDialect::ExcelNl;
    }
    if (key == QLatin1String("rfc4180")) {
        return CsvDialect::Rfc4180;
    }
    return std::nullopt;
}

inline char separator(CsvDialect dialect)
{
    return dialect == CsvDialect::ExcelNl ? ';' : ',';
}

} // namespace Csv
