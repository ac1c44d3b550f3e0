#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/CriticalRole.h"
#include "core/domain/Initiative.h"
#include "core/domain/Involvement.h"
#include "core/domain/Kpi.h"
#include "core/domain/Participation.h"
#include "core/domain/Partner.h"
#include "core/domain/Person.h"
#include "core/domain/PolicyFramework.h"
#include "core/domain/SupportMap.h"
#include "core/domain/Theme.h"
#include "core/domain/Ward.h"
#include "core/domain/WardGoal.h"
#include "core/domain/WardNote.h"
#include "core/storage/Dialect.h"
#include "core/storage/TableDeclaration.h"

/// The declarations of the tables whose repositories derive their SQL from one (TableDeclaration): each table's
/// columns in one place. Adding a column to one of these tables means: the migration, the domain struct, its line
/// in Tables.cpp, and the editor.
namespace Tables {

/// The declaration of record type R's table: Tables::of<Ward>() is Tables::wards(). Each table below defines it
/// for its type (what the conflict check needs of a record type: its table and audit entity).
template<typename R> const TableDeclaration<R>& of();

/// Declares the table's function and Tables::of<Type>() with it.
#define WIJKREGIE_DECLARED_TABLE(Type, function)                                                                       \
    const TableDeclaration<Type>& function();                                                                          \
    template<> inline const TableDeclaration<Type>& of<Type>()                                                         \
    {                                                                                                                  \
        return function();                                                                                             \
    }

WIJKREGIE_DECLARED_TABLE(Ward, wards)
/// Not a CSV table.
WIJKREGIE_DECLARED_TABLE(Theme, themes)
/// Not a CSV table.
WIJKREGIE_DECLARED_TABLE(PolicyFramework, frameworks)
WIJKREGIE_DECLARED_TABLE(Initiative, initiatives)
WIJKREGIE_DECLARED_TABLE(CriticalRole, criticalRoles)
/// With its wards and initiatives (link tables); its KPIs and evaluations are tables of their own.
WIJKREGIE_DECLARED_TABLE(Agreement, agreements)
WIJKREGIE_DECLARED_TABLE(Person, persons)
WIJKREGIE_DECLARED_TABLE(Involvement, involvements)
WIJKREGIE_DECLARED_TABLE(Partner, partners)
WIJKREGIE_DECLARED_TABLE(ParticipationMoment, participation)
WIJKREGIE_DECLARED_TABLE(Need, needs)
WIJKREGIE_DECLARED_TABLE(Offer, offers)
WIJKREGIE_DECLARED_TABLE(Kpi, kpis)
WIJKREGIE_DECLARED_TABLE(Evaluation, evaluations)
WIJKREGIE_DECLARED_TABLE(WardGoal, goals)
/// The ward director's texts per ward and report period; not a CSV table.
WIJKREGIE_DECLARED_TABLE(WardNote, wardNotes)
#undef WIJKREGIE_DECLARED_TABLE

/// The CSV expression of a ward reference as the ward's code.
QString wardCodeOf(const QString& column);
/// The CSV expression of a list: column k of the rows of `orderedSubquery` (which may refer to the exported row as
/// x0), in its order, joined by '|' through the engine's list aggregation (Dialect::Engine::orderedList).
Dialect::Expression listOf(const QString& orderedSubquery);
/// The CSV expression of a record's themes, '|'-separated in theme order: `what` of each theme (its key or name).
Dialect::Expression themeListOf(const LinkTable& link, const QString& what);
/// The CSV expression of a record's themes by key (the user's own themes, without one, by name).
Dialect::Expression themeKeysOf(const LinkTable& link);
/// The CSV expression of a record's themes by name (excel-nl).
Dialect::Expression themeNamesOf(const LinkTable& link);

const LinkTable& wardThemes();
const LinkTable& initiativeThemes();
const LinkTable& agreementWards();
const LinkTable& agreementInitiatives();

/// A person's skills as stored: trimmed, without empty ones or repeats (compared without case), joined by ", ".
QString joinedSkills(const QStringList& skills);
/// The skills of a stored (or typed) comma-separated list, the same rules.
QStringList splitSkills(const QString& text);

/// A person's name in running text as an SQL expression over the persons row `alias`: the same text as
/// Person::displayName ("Jan van den Berg"), for the queries that need the name inside SQL.
QString personName(const QString& alias);
/// The ORDER BY terms (join them with ", ") of a name list over the persons row `alias`: last name without prefix,
/// first name, prefix, each in the dialect's sort collation (DESIGN.md, Domain: Person, "Berg, Jan van den" sorted
/// under B).
QStringList personOrder(const Dialect::Engine& dialect, const QString& alias);

} // namespace Tables
