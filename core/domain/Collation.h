#pragma once

#include <QStringView>

/// The order in which people read sorted names and titles (DESIGN.md, Domain: Person: "Dutch collation, Ö with O").
namespace Collation {

/// Compares two texts in Dutch order: ICU's collation for nl-NL through QCollator, without regard to case, so that
/// Çelik sorts with C, Élie with E and Özdemir with O, not after Z. Texts that collate equal are ordered by their
/// UTF-16 code units, so the order is total. Negative, zero or positive like QString::compare. Thread-safe (one
/// collator per thread).
int compare(QStringView a, QStringView b);

/// True when `a` sorts before `b` (compare(a, b) < 0), for std::sort.
inline bool lessThan(QStringView a, QStringView b)
{
    return compare(a, b) < 0;
}

} // namespace Collation
