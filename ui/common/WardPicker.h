#pragma once

#include "core/domain/Ward.h"

#include <QList>
#include <QString>

class QComboBox;

/// The ward choosers of the window and the editors: wards by name ("Centrum (WK036301)"), sorted by name, and
/// searchable: typing part of a name or a code offers the wards that contain it.
namespace WardPicker {

/// Fills `combo` (any items it had are removed) with `first` (id 0) when that is not empty, then the wards.
/// Keeps the choice of the ward that was chosen before when it is still there.
void fill(QComboBox* combo, QList<Ward> wards, const QString& first = {});
/// "Centrum (WK036301)".
QString caption(const Ward& ward);

} // namespace WardPicker
