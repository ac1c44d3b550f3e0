#include "ServerPassword.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace ServerPassword {

namespace {

QMutex& mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> p;
    return p;
}

} // namespace

void remember(const QString& url, const QString& password)
{
    const QMutexLocker lock(&mutex());
    passwords().insert(url, password);
}

std::optional<QString> of(const QString& url)
{
    const QMutexLocker lock(&mutex());
    const auto it = passwords().constFind(url);
    return it == passwords().constEnd() ? std::nullopt : std::optional<QString>(*it);
}

void forget(const QString& url)
{
    const QMutexLocker lock(&mutex());
    passwords().remove(url);
}

} // namespace ServerPassword
