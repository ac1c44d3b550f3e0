#pragma once

#include <QIcon>

namespace AppIcon {

/// Wijkregie's own icon (resources/icons), at every size installed for the desktop: for windows and dialogs.
QIcon icon();

} // namespace AppIcon
