#pragma once

#include <QString>

/// The report's typeface, DejaVu Sans, bundled in the resources (from Debian's fonts-dejavu-core at build time),
/// so that a report looks the same on a machine that lacks it or has another version.
namespace ReportFonts {

/// Registers the bundled regular and bold faces with Qt (once; needs a QGuiApplication) and returns the family.
QString family();

/// Whether both bundled faces were registered.
bool bundled();

} // namespace ReportFonts
