#pragma once

#include "core/Error.h"
#include "core/domain/Enums.h"
#include "core/domain/Progress.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>
#include <optional>

class QLineEdit;

/// Numbers, progress and severity as the agreement, goal and signal views show them: always a symbol and a word
/// beside a colour, never colour alone.
namespace Figures {

/// Model roles the progress bar delegate reads.
enum Role { ProgressFractionRole = Qt::UserRole + 20, ProgressStatusRole };

/// A decimal number in the current locale, without trailing zeros ("12,5").
QString number(double value);
QString number(const std::optional<double>& value);
void setNumber(QLineEdit* edit, const std::optional<double>& value);
/// Reads a decimal number (decimal comma or point). Empty gives nullopt, or an error when `requiredMessage` is set;
/// text that is no number adds an error for `field`.
std::optional<double> readNumber(const QLineEdit* edit, const QString& field, QList<FieldError>& errors,
                                 const QString& requiredMessage = {});

/// A whole percentage in the current locale, written the Dutch way without a space: percent(0.64) is "64%".
QString percent(double fraction);
/// "64%", or "–" when the progress is unknown.
QString progressText(const Progress& progress);
/// "✓ on track", "✗ off track", "★ achieved", "? unknown".
QString statusText(ProgressStatus status);

/// The icon of a severity (error, warning, information).
QIcon severityIcon(Severity severity);
/// "High", "Medium", "Low" with a symbol ("‼ High").
QString severityText(Severity severity);

/// The warning icon used to mark missing M&E, gaps and outdated frameworks.
QIcon warningIcon();

} // namespace Figures
