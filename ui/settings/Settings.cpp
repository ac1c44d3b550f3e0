#include "Settings.h"

#include "core/storage/Database.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// Every key and default in one place.
const QString VersionKey = u"settingsVersion"_s;
const QString GeometryKey = u"window/geometry"_s;
const QString StateKey = u"window/state"_s;
const QString RecentKey = u"files/recent"_s;
const QString LastViewKey = u"window/lastView"_s;
const QString LastPageKey = u"window/lastPage"_s;
const QString ReportAuthorKey = u"report/author"_s;
const QString LanguageKey = u"ui/language"_s;
const QString DefaultLanguage = u"nl"_s;
constexpr int DefaultLastView = 1;
} // namespace

Settings::Settings()
    : m_settings(u"Wijkregie"_s, u"Wijkregie"_s)
{
    migrate();
}

void Settings::migrate()
{
    const int from = m_settings.value(VersionKey, 0).toInt();
    if (from >= Version) {
        return;
    }
    // 0 -> 1: the first versions kept the recent files and the geometry at the top level.
    if (from < 1) {
        if (m_settings.contains(u"recentFiles"_s)) {
            m_settings.setValue(RecentKey, m_settings.value(u"recentFiles"_s));
            m_settings.remove(u"recentFiles"_s);
        }
        if (m_settings.contains(u"geometry"_s)) {
            m_settings.setValue(GeometryKey, m_settings.value(u"geometry"_s));
            m_settings.remove(u"geometry"_s);
        }
    }
    // 1 -> 2: the language moved from "language" to "ui/language".
    if (from < 2) {
        if (m_settings.contains(u"language"_s)) {
            m_settings.setValue(LanguageKey, m_settings.value(u"language"_s));
            m_settings.remove(u"language"_s);
        }
    }
    m_settings.setValue(VersionKey, Version);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(StateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(StateKey, state);
}

QStringList Settings::recentFiles() const
{
    QStringList files;
    for (const QString& path : m_settings.value(RecentKey).toStringList()) {
        if (QFileInfo::exists(path)) {
            files << path;
        }
    }
    return files;
}

void Settings::addRecentFile(const QString& path)
{
    // A team database's address stays as it is (it holds no password: Database refuses one in an address).
    const QString absolute = Database::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList files = m_settings.value(RecentKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings.setValue(RecentKey, files.mid(0, MaxRecentFiles));
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = m_settings.value(RecentKey).toStringList();
    files.removeAll(Database::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath());
    m_settings.setValue(RecentKey, files);
}

void Settings::clearRecentFiles()
{
    m_settings.remove(RecentKey);
}

int Settings::lastView() const
{
    return m_settings.value(LastViewKey, DefaultLastView).toInt();
}

void Settings::setLastView(int view)
{
    m_settings.setValue(LastViewKey, view);
}

QString Settings::lastPage() const
{
    return m_settings.value(LastPageKey).toString();
}

void Settings::setLastPage(const QString& page)
{
    m_settings.setValue(LastPageKey, page);
}

QString Settings::reportAuthor() const
{
    return m_settings.value(ReportAuthorKey).toString();
}

void Settings::setReportAuthor(const QString& author)
{
    m_settings.setValue(ReportAuthorKey, author);
}

QString Settings::language() const
{
    return m_settings.value(LanguageKey, DefaultLanguage).toString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings.setValue(LanguageKey, language);
}
