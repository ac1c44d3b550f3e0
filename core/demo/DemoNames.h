#pragma once

#include "core/domain/Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

/// The word lists the demo generator draws its fictional municipality from. Every name is made up; combinations
/// may resemble real people or places only by chance.
namespace DemoNames {

/// A hand-made ward of the small demo.
struct WardTemplate
{
    const char16_t* name;
    WardType type;
    int inhabitants;
    const char16_t* notes;
    QList<const char*> themes; ///< theme keys
};

/// A kind of initiative: a title pattern (%1: a place or ward name), its themes, and how it usually runs.
struct InitiativeKind
{
    const char16_t* title;
    const char16_t* description;
    QList<const char*> themes;
    Track track;
    LeadType lead;
};

const QList<WardTemplate>& smallWards();
/// Parts for generated ward names ("Bloemen" + "buurt").
const QStringList& wardNameStarts();
const QStringList& wardNameEnds();
/// Profile notes per ward type, one or more sentences each.
QStringList wardNotes(WardType type);
const QList<InitiativeKind>& initiativeKinds();
/// Names of gardens, buildings and squares ("De Kersenhof").
const QStringList& placeNames();
const QStringList& fundingSources();
const QStringList& departments();
const QStringList& followUpSolutions();
const QStringList& firstNames();
const QStringList& lastNames();
/// Last names with a tussenvoegsel ("van den Berg").
const QStringList& prefixedLastNames();
const QStringList& skills();
const QStringList& consentScopes();
const QStringList& personNotes();

} // namespace DemoNames
