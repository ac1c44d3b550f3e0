#include "Error.h"

#include "core/Cancelled.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

Error::Error(QString message, QString detail)
    : m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_what(fullText().toUtf8())
{
}

QString Error::fullText() const
{
    return m_detail.isEmpty() ? m_message : m_message + u" ("_s + m_detail + u')';
}

const char* Error::what() const noexcept
{
    return m_what.constData();
}

Cancelled::Cancelled(const QString& message)
    : Error(message.isEmpty() ? QCoreApplication::translate("Error", "Cancelled; nothing was written.") : message)
{
}

namespace {
QString joinMessages(const QList<FieldError>& errors)
{
    QStringList lines;
    for (const auto& e : errors) {
        lines << e.message;
    }
    return lines.join(u'\n');
}
} // namespace

ValidationError::ValidationError(QList<FieldError> errors)
    : Error(joinMessages(errors))
    , m_errors(std::move(errors))
{
}
