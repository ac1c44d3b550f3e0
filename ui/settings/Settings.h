#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

/// The user's settings, typed, over QSettings (organisation and application "Wijkregie"). Every key and default
/// lives here; the stored settings carry a version and are migrated in order when an older layout is found.
class Settings final
{
public:
    static constexpr int Version = 2;
    static constexpr int MaxRecentFiles = 8;

    Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /// Most recent first; files that no longer exist are left out.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();

    /// The list shown last (0 wards, 1 initiatives, 2 residents).
    int lastView() const;
    void setLastView(int view);

    /// The object name of the page of the main window shown last ("signalsView", "initiativeView", ...); empty for
    /// none (the signals are shown first).
    QString lastPage() const;
    void setLastPage(const QString& page);

    /// The name under "Prepared by" of the last council report; empty when none was made yet.
    QString reportAuthor() const;
    void setReportAuthor(const QString& author);

    /// "nl" (default) or "en"; takes effect at the next start.
    QString language() const;
    void setLanguage(const QString& language);

    void sync() { m_settings.sync(); }

private:
    void migrate();
    mutable QSettings m_settings;
};
