#pragma once

#include "core/domain/Involvement.h"
#include "core/domain/Kpi.h"
#include "core/domain/Participation.h"
#include "core/domain/Partner.h"
#include "core/domain/Person.h"
#include "core/domain/SupportMap.h"
#include "core/domain/Ward.h"
#include "core/domain/WardGoal.h"
#include "core/domain/WardNote.h"
#include "core/storage/Dialect.h"
#include "core/storage/TableDeclaration.h"

/// The declarations of the tables whose repositories derive their SQL from one (TableDeclaration): each table's
/// columns in one place. Adding a column to one of these tables means: the migration, the domain struct, its line
/// here, and the editor.
namespace Tables {

const TableDeclaration<Ward>& wards();
const TableDeclaration<Person>& persons();
const TableDeclaration<Involvement>& involvements();
const TableDeclaration<Partner>& partners();
const TableDeclaration<ParticipationMoment>& participation();
const TableDeclaration<Need>& needs();
const TableDeclaration<Offer>& offers();
const TableDeclaration<Kpi>& kpis();
const TableDeclaration<Evaluation>& evaluations();
const TableDeclaration<WardGoal>& goals();
/// The ward director's texts per ward and report period; not a CSV table.
const TableDeclaration<WardNote>& wardNotes();

/// The CSV expression of a ward reference as the ward's code.
QString wardCodeOf(const QString& column);
/// The CSV expression of a record's themes, '|'-separated in theme order: `what` of each theme (its key or name).
QString themeListOf(const LinkTable& link, const QString& what);
/// The CSV expression of a record's themes by key (the user's own themes, without one, by name).
QString themeKeysOf(const LinkTable& link);
/// The CSV expression of a record's themes by name (excel-nl).
QString themeNamesOf(const LinkTable& link);

const LinkTable& wardThemes();
const LinkTable& initiativeThemes();

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
