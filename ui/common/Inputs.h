#pragma once

#include "core/Error.h"

#include <QDate>
#include <QIcon>
#include <QList>
#include <QString>
#include <QStyle>
#include <optional>

class QCalendarWidget;
class QLineEdit;

/// Small helpers shared by the editors: typed text fields that report what is wrong with their input.
namespace Inputs {

/// A line edit for a date typed as dd-mm-jjjj (or left empty), with a calendar to pick it from (its button, or
/// Alt+Down).
QLineEdit* makeDateLineEdit(const QString& objectName);
/// Opens the calendar of a date field under it; choosing a day fills the field. Returns the calendar (a popup that
/// deletes itself on close).
QCalendarWidget* showCalendar(QLineEdit* edit);
void setDate(QLineEdit* edit, const QDate& date);
/// Reads a date field. Empty gives an invalid (no) date; text that is no date adds an error for `field`.
QDate readDate(const QLineEdit* edit, const QString& field, QList<FieldError>& errors);

void setAmount(QLineEdit* edit, qint64 cents);
/// Reads an amount in euros into cents; empty is 0; text that is no amount adds an error for `field`.
qint64 readAmount(const QLineEdit* edit, const QString& field, QList<FieldError>& errors);

void setOptionalInt(QLineEdit* edit, const std::optional<int>& value);
/// Reads a whole number; empty is nullopt; anything else that is no number adds an error for `field`.
std::optional<int> readOptionalInt(const QLineEdit* edit, const QString& field, QList<FieldError>& errors);

/// A date in the list format of the current locale, empty for no date.
QString listDate(const QDate& date);

/// The user's documents folder, made when it does not exist yet; the home folder when it cannot be made.
QString documentsFolder();

/// A themed icon, or the style's standard icon when the theme has none.
QIcon icon(const QString& themeName, QStyle::StandardPixmap fallback);

} // namespace Inputs
