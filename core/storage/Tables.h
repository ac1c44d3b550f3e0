#pragma once

#include "TableDeclaration.h"
#include "domain/Kpi.h"
#include "domain/Participation.h"
#include "domain/Partner.h"
#include "domain/SupportMap.h"
#include "domain/WardGoal.h"
#include "domain/WardNote.h"

/// The declarations of the tables whose repositories derive their SQL from one (TableDeclaration): each table's
/// columns in one place. Adding a column to one of these tables means: the migration, the domain struct, its line
/// here, and the editor.
namespace Tables {

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

} // namespace Tables
