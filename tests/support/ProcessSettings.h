#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

/// Settings and application data of one test process alone. ctest runs test executables in parallel, and in
/// QStandardPaths' test mode every process of one application name shares ~/.qttest/config: one test's window closing
/// (it saves its last page) would change what another test just stored. The application name carries the process id,
/// and what the process wrote is removed when it ends.
class ProcessSettings final
{
public:
    /// Call after the application object exists.
    explicit ProcessSettings(const QString& applicationName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Wijkregie"));
        QCoreApplication::setApplicationName(applicationName + QLatin1Char('-')
                                             + QString::number(QCoreApplication::applicationPid()));
    }
    ~ProcessSettings()
    {
        QFile::remove(QSettings().fileName());
        for (auto location :
             {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation, QStandardPaths::CacheLocation}) {
            const QString path = QStandardPaths::writableLocation(location);
            if (path.contains(QCoreApplication::applicationName())) {
                QDir(path).removeRecursively();
            }
        }
    }
    Q_DISABLE_COPY_MOVE(ProcessSettings)
};
