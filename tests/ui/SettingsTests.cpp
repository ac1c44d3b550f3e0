#include "ui/settings/Settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("settings_migrateTheOldLayoutInOrder", "[settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"a.wijkregie"_s);
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    {
        QSettings raw(u"Wijkregie"_s, u"Wijkregie"_s);
        raw.clear();
        raw.setValue(u"recentFiles"_s, QStringList {file, dir.filePath(u"gone.wijkregie"_s)});
        raw.setValue(u"language"_s, u"en"_s);
    }
    {
        Settings settings;
        CHECK(settings.language() == u"en"_s);
        CHECK(settings.recentFiles() == QStringList {file});
    }
    QSettings raw(u"Wijkregie"_s, u"Wijkregie"_s);
    CHECK(raw.value(u"settingsVersion"_s).toInt() == Settings::Version);
    CHECK_FALSE(raw.contains(u"recentFiles"_s));
    CHECK_FALSE(raw.contains(u"language"_s));
    raw.clear();
}

TEST_CASE("settings_defaultsAndRecentFiles", "[settings]")
{
    QSettings(u"Wijkregie"_s, u"Wijkregie"_s).clear();
    QTemporaryDir dir;
    Settings settings;
    CHECK(settings.language() == u"nl"_s);
    CHECK(settings.lastView() == 1);
    QStringList paths;
    for (int n = 0; n < Settings::MaxRecentFiles + 2; ++n) {
        const QString path = dir.filePath(u"f%1.wijkregie"_s.arg(n));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        settings.addRecentFile(path);
        paths.prepend(path);
    }
    CHECK(settings.recentFiles() == paths.mid(0, Settings::MaxRecentFiles));
    settings.addRecentFile(paths.last());
    CHECK(settings.recentFiles().first() == paths.last());
    settings.clearRecentFiles();
    CHECK(settings.recentFiles().isEmpty());
}
