#pragma once

#include <QString>

/// Writing to the terminal in the locale's encoding.
namespace Output {

void out(const QString& text);
void err(const QString& text);
/// True when stderr is a terminal (progress is shown only then).
bool stderrIsTerminal();

} // namespace Output
