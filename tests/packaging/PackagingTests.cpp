// The install target and the .deb, checked file by file and with the validators the desktop and Debian use.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"nl.wijkregie.Wijkregie"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& env = {})
{
    QProcess process;
    QProcessEnvironment environment = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    INFO(program.toStdString() << " " << arguments.join(u' ').toStdString());
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(240000));
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

QList<int> iconSizes()
{
    QList<int> sizes;
    for (const QString& size : QStringLiteral(ICON_SIZES).split(u',')) {
        sizes << size.toInt();
    }
    return sizes;
}

/// Runs "cmake --install" of the build folder with prefix /usr into dest (DESTDIR), as a packager does.
void installInto(const QString& dest)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DESTDIR"_s, dest);
    const Run install = run(QStringLiteral(CMAKE_COMMAND_PATH),
                            {u"--install"_s, QStringLiteral(BUILD_DIR), u"--prefix"_s, u"/usr"_s}, env);
    INFO(install.out.toStdString() << install.err.toStdString());
    REQUIRE(install.exitCode == 0);
}

QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(root).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

QString readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("install: every file of a desktop application in its place, valid by the desktop's own validators")
{
    QTemporaryDir dest;
    REQUIRE(dest.isValid());
    installInto(dest.path());
    const QString usr = dest.filePath(u"usr"_s);

    QStringList expected {u"bin/wijkregie"_s,
                          u"share/applications/%1.desktop"_s.arg(AppId),
                          u"share/metainfo/%1.metainfo.xml"_s.arg(AppId),
                          u"share/mime/packages/%1.xml"_s.arg(AppId),
                          u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(AppId),
                          u"share/man/man1/wijkregie.1.gz"_s,
                          u"share/doc/wijkregie/copyright"_s,
                          u"share/doc/wijkregie/changelog.Debian.gz"_s};
    for (const int size : iconSizes()) {
        expected << u"share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(AppId);
    }
    expected.sort();
    CHECK(filesUnder(usr) == expected);

    SECTION("the executable runs")
    {
        REQUIRE(QFileInfo(usr + u"/bin/wijkregie"_s).isExecutable());
        const Run version = run(usr + u"/bin/wijkregie"_s, {u"--version"_s});
        CHECK(version.exitCode == 0);
        CHECK(version.out.trimmed() == u"wijkregie "_s + QStringLiteral(WIJKREGIE_VERSION));
    }
    SECTION("each PNG icon has the size of its folder, the SVG is an SVG")
    {
        for (const int size : iconSizes()) {
            QImageReader reader(usr + u"/share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(AppId));
            INFO(size);
            CHECK(reader.format() == "png");
            CHECK(reader.size() == QSize(size, size));
        }
        CHECK(readFile(usr + u"/share/icons/hicolor/scalable/apps/%1.svg"_s.arg(AppId)).contains(u"<svg"_s));
    }
    SECTION("desktop-file-validate accepts the desktop entry, which opens .wijkregie files")
    {
        const QString desktop = usr + u"/share/applications/%1.desktop"_s.arg(AppId);
        const Run validate = run(u"desktop-file-validate"_s, {desktop});
        INFO(validate.out.toStdString() << validate.err.toStdString());
        CHECK(validate.exitCode == 0);
        CHECK(validate.out.trimmed().isEmpty());
        const QString text = readFile(desktop);
        CHECK(text.contains(u"\nMimeType=application/x-wijkregie;"_s));
        CHECK(text.contains(u"\nIcon=%1\n"_s.arg(AppId)));
        CHECK(text.contains(u"\nExec=wijkregie %f\n"_s));
    }
    SECTION("appstreamcli accepts the metainfo, which has this version's release")
    {
        const QString metainfo = usr + u"/share/metainfo/%1.metainfo.xml"_s.arg(AppId);
        const Run validate = run(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, u"--explain"_s, metainfo});
        INFO(validate.out.toStdString() << validate.err.toStdString());
        CHECK(validate.exitCode == 0);
        const QString text = readFile(metainfo);
        CHECK(text.contains(u"<release version=\"%1\""_s.arg(QStringLiteral(WIJKREGIE_VERSION))));
        CHECK(text.contains(u"<launchable type=\"desktop-id\">%1.desktop</launchable>"_s.arg(AppId)));
    }
    SECTION("update-mime-database accepts the MIME type")
    {
        const Run update = run(u"update-mime-database"_s, {u"-V"_s, usr + u"/share/mime"_s});
        INFO(update.out.toStdString() << update.err.toStdString());
        CHECK(update.exitCode == 0);
        CHECK_FALSE(update.err.contains(u"rror"_s));
        CHECK(QFileInfo::exists(usr + u"/share/mime/application/x-wijkregie.xml"_s));
    }
    SECTION("man shows the manual page without warnings, with every command of --help")
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MANWIDTH"_s, u"80"_s);
        env.insert(u"MAN_DISABLE_SECCOMP"_s, u"1"_s);
        const Run man = run(u"man"_s,
                            {u"--warnings"_s, u"-E"_s, u"UTF-8"_s, u"-l"_s, u"-P"_s, u"cat"_s,
                             usr + u"/share/man/man1/wijkregie.1.gz"_s},
                            env);
        INFO(man.err.toStdString());
        CHECK(man.exitCode == 0);
        CHECK(man.err.trimmed().isEmpty());
        for (const QString& command :
             {u"new"_s, u"demo"_s, u"check"_s, u"backup"_s, u"report"_s, u"export"_s, u"import"_s, u"risk"_s}) {
            INFO(command.toStdString());
            CHECK(man.out.contains(u"wijkregie "_s + command));
        }
        CHECK(man.out.contains(QStringLiteral(WIJKREGIE_VERSION)));
    }
}

TEST_CASE("install: a Wijkregie file is application/x-wijkregie by its name and, renamed, by its content")
{
    QTemporaryDir dest;
    REQUIRE(dest.isValid());
    installInto(dest.path());
    const QString usr = dest.filePath(u"usr"_s);

    const QString named = dest.filePath(u"gemeente.wijkregie"_s);
    const Run created = run(usr + u"/bin/wijkregie"_s, {u"new"_s, named});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString renamed = dest.filePath(u"kopie.db"_s);
    REQUIRE(QFile::copy(named, renamed));
    const QString otherSqlite = dest.filePath(u"ander.db"_s);
    REQUIRE(run(u"sqlite3"_s, {otherSqlite, u"CREATE TABLE t(x); INSERT INTO t VALUES (1);"_s}).exitCode == 0);

    // What Debian's shared-mime-info trigger does after installing a package, then ask GLib, as a file manager does.
    const Run update = run(u"update-mime-database"_s, {usr + u"/share/mime"_s});
    INFO(update.err.toStdString());
    REQUIRE(update.exitCode == 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_DIRS"_s, usr + u"/share:/usr/share"_s);
    const auto contentType = [&env](const QString& file) {
        const Run info = run(u"gio"_s, {u"info"_s, u"--attributes=standard::content-type"_s, file}, env);
        INFO(info.out.toStdString() << info.err.toStdString());
        REQUIRE(info.exitCode == 0);
        const QRegularExpressionMatch match = QRegularExpression(u"standard::content-type: (\\S+)"_s).match(info.out);
        REQUIRE(match.hasMatch());
        return match.captured(1);
    };
    CHECK(contentType(named) == u"application/x-wijkregie"_s);
    CHECK(contentType(renamed) == u"application/x-wijkregie"_s);
    CHECK(contentType(otherSqlite) == u"application/vnd.sqlite3"_s);
}

TEST_CASE("deb: cpack builds a Debian package that lintian accepts without errors")
{
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const Run cpack = run(
        QStringLiteral(CPACK_COMMAND_PATH),
        {u"--config"_s, QStringLiteral(BUILD_DIR) + u"/CPackConfig.cmake"_s, u"-G"_s, u"DEB"_s, u"-B"_s, out.path()});
    INFO(cpack.out.toStdString() << cpack.err.toStdString());
    REQUIRE(cpack.exitCode == 0);
    const QStringList debs = QDir(out.path()).entryList({u"*.deb"_s}, QDir::Files);
    REQUIRE(debs.size() == 1);
    const QString deb = out.filePath(debs.first());
    CHECK(debs.first().startsWith(u"wijkregie_%1-1_"_s.arg(QStringLiteral(WIJKREGIE_VERSION))));

    const Run fields = run(
        u"dpkg-deb"_s, {u"--field"_s, deb, u"Package"_s, u"Version"_s, u"Section"_s, u"Maintainer"_s, u"Depends"_s});
    INFO(fields.out.toStdString());
    REQUIRE(fields.exitCode == 0);
    CHECK(fields.out.contains(u"Package: wijkregie\n"_s));
    CHECK(fields.out.contains(u"Version: %1-1\n"_s.arg(QStringLiteral(WIJKREGIE_VERSION))));
    CHECK(fields.out.contains(u"Section: misc\n"_s));
    // From dpkg-shlibdeps (the libraries the executable links) and by hand (what Qt loads as plugins).
    for (const QString& package : {u"libc6"_s, u"libqt6core6"_s, u"libqt6widgets6"_s, u"libqt6sql6"_s,
                                   u"libsqlite3-0"_s, u"libqt6sql6-sqlite"_s, u"qt6-qpa-plugins"_s}) {
        INFO(package.toStdString());
        CHECK(fields.out.contains(QRegularExpression(u"[ ,]%1( |,|\n|$)"_s.arg(package))));
    }

    const Run contents = run(u"dpkg-deb"_s, {u"--contents"_s, deb});
    REQUIRE(contents.exitCode == 0);
    for (const QString& file :
         {u"./usr/bin/wijkregie"_s, u"./usr/share/doc/wijkregie/copyright"_s,
          u"./usr/share/doc/wijkregie/changelog.Debian.gz"_s, u"./usr/share/man/man1/wijkregie.1.gz"_s,
          u"./usr/share/applications/%1.desktop"_s.arg(AppId)}) {
        INFO(file.toStdString());
        CHECK(contents.out.contains(file));
    }

    const Run lintian = run(u"lintian"_s, {u"--fail-on"_s, u"error"_s, u"--tag-display-limit"_s, u"0"_s, deb});
    const std::string report = lintian.out.toStdString() + lintian.err.toStdString();
    INFO(report);
    CHECK(lintian.exitCode == 0);
    CHECK_FALSE(lintian.out.contains(QRegularExpression(u"^E: "_s, QRegularExpression::MultilineOption)));
    WARN("lintian on " << debs.first().toStdString() << " (" << QFileInfo(deb).size() << " bytes):\n" << report);
}
