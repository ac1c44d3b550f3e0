#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <exception>

/// The one exception type of Wijkregie. Its message is already translated and fit to show to a user;
/// the detail (for example SQLite's own text) is for the log and the command line.
class Error : public std::exception
{
public:
    explicit Error(QString message, QString detail = {});

    const QString& message() const noexcept { return m_message; }
    const QString& detail() const noexcept { return m_detail; }
    /// The message followed by the detail, when there is one.
    QString fullText() const;
    const char* what() const noexcept override;

private:
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};

/// One problem with one field of a record, in words fit for the user.
struct FieldError
{
    QString field; ///< the field's key, e.g. "code"; editors map it to their widget
    QString message;
};

/// Thrown by repositories when a record does not pass validation. Carries every problem found.
class ValidationError : public Error
{
public:
    explicit ValidationError(QList<FieldError> errors);
    const QList<FieldError>& fieldErrors() const noexcept { return m_errors; }

private:
    QList<FieldError> m_errors;
};
