#pragma once

#include "core/Error.h"
#include "core/platform/Platform.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <functional>

/// What an output holds, which decides the permissions of the file written.
enum class OutputContent {
    /// May hold personal data (the default; when in doubt, this): created readable by the owner alone.
    PersonalData,
    /// Holds nothing about a person (pseudonymised lists, risk scores): default permissions.
    NoPersonalData,
};

/// The one way Wijkregie writes a file the user asked for: CSV, XLSX, PDF, ODT, PNG, iCalendar, backups. Use it for
/// every output, from the command line and from the window alike (DESIGN.md, Storage: "never write an output onto
/// the database, the input or a non-regular file"; Privacy: "files with personal data are owner-only from
/// creation").
///
/// What it guarantees:
/// - **Refusals** (Error thrown before anything is written, nothing changed): the target is one of
///   Options::protectedFiles (the open database, the input) or its `-wal`, `-shm` or `-journal` -- also when reached
///   through a symbolic or hard link; an existing SQLite/Wijkregie file, or the journal of one; a folder; a block
///   device or socket; a folder that does not exist; a dangling symbolic link.
/// - **Atomic**: the content goes to a new temporary file `.NAME.RANDOM.part` beside the target (created with
///   O_EXCL, so it never touches anyone else's file, `.part` or not). Every write is checked; commit() syncs it to
///   the disk and renames it over the target only when all of it was written. On any failure (or when the object
///   is destroyed without commit()) the temporary file is removed and the previous target is untouched.
/// - **Disk full** (ENOSPC, EDQUOT) becomes Error("... the disk is full ..."), never a silent empty file.
/// - **Permissions**: OutputContent::PersonalData files are mode 0600 from their first byte. Other content gets the
///   default permissions, or those of the file it replaces.
/// - **Non-regular targets**: a FIFO or character device (`/dev/stdout`, a named pipe) is written directly, without
///   a temporary file, when Options::allowNonRegular (the default); writers that need a real file (backups, XLSX)
///   set it to false and such a target is refused. Block devices and sockets are always refused.
/// - A symbolic link to an existing file is followed: the file it points to is replaced (and checked as above).
///
/// Two ways to use it. A writer that takes a QIODevice:
/// @code
///   SafeOutput::Options options;
///   options.protectedFiles = {db.path()};
///   options.content = withNames ? OutputContent::PersonalData : OutputContent::NoPersonalData;
///   SafeOutput out(path, options);
///   out.open();                 // throws Error when the target is refused
///   CsvWriter::writeTable(out, ...);
///   out.commit();               // throws Error (disk full, ...); nothing replaced then
/// @endcode
/// or in one call: `SafeOutput::save(path, options, [&](QIODevice& device) { ... });`.
/// A writer that wants a file name of its own (SQLite's VACUUM INTO, libxlsxwriter) uses saveByPath(): it gets
/// the path of an empty, owner-only temporary file to fill, and the same commit.
///
/// All methods throw Error with a translated message naming the file; detail carries the system's own words.
class SafeOutput final : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(SafeOutput)

public:
    struct Options
    {
        OutputContent content = OutputContent::PersonalData;
        /// Files this output must never be: the database being read (its -wal, -shm and -journal are protected
        /// with it), the input file. Paths as given; compared after resolving links.
        QStringList protectedFiles;
        /// Write a FIFO or character device directly (true) or refuse it (false: for writers that need a file).
        bool allowNonRegular = true;
    };

    SafeOutput(const QString& path, Options options);
    /// Discards the temporary file when commit() did not succeed.
    ~SafeOutput() override;
    Q_DISABLE_COPY_MOVE(SafeOutput)

    /// Throws Error when `path` may not be written under `options` (see the class comment). Cheap; call it before
    /// a long computation so that the user hears at once. open() checks again.
    static void checkTarget(const QString& path, const Options& options);

    /// Checks the target and creates the temporary file (or opens the FIFO/device). Throws Error.
    void open();
    /// Writes out what is buffered, syncs, and renames the temporary file over the target. Throws Error (disk full,
    /// a write that failed earlier, a target that became a database meanwhile); then the target is untouched and
    /// the temporary file removed.
    void commit();
    /// Removes the temporary file; the target stays as it was. Safe to call more than once.
    void discard();

    /// The file that will be replaced (a symbolic link resolved), absolute.
    const QString& targetPath() const { return m_target; }
    /// The temporary file being written (empty for a directly written FIFO or device).
    const QString& temporaryPath() const { return m_temporary; }
    /// Written front to back: only a seek to the current position succeeds.
    bool seek(qint64 pos) override;
    /// True when the target is a FIFO or device written directly.
    bool isDirect() const { return m_direct; }

    /// Opens, lets `produce` write to the device, commits. Throws Error (also what `produce` throws, after
    /// discarding).
    static void save(const QString& path, const Options& options, const std::function<void(QIODevice&)>& produce);
    /// For writers that open a file by name: `produce` gets the path of a new, empty temporary file (owner-only
    /// for personal data) beside the target and fills it; then it is synced and renamed over the target. A FIFO or
    /// device target is refused. Throws Error (also what `produce` throws, after discarding).
    static void saveByPath(const QString& path, const Options& options,
                           const std::function<void(const QString& temporaryPath)>& produce);

    /// The message for a full disk while writing `path` ("... the disk is full ..."), for writers that detect it
    /// themselves (SQLite's SQLITE_FULL).
    static Error diskFullError(const QString& path, const QString& detail = {});
    /// True when `path` starts like a SQLite database (so also a Wijkregie file).
    static bool isDatabaseFile(const QString& path);

protected:
    /// QIODevice's own open: the same as open() for QIODevice::WriteOnly (throws Error); any other mode fails.
    bool open(OpenMode mode) override;
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool flushBuffer();
    [[noreturn]] void fail(const Platform::Status& status);

    QString m_requested;
    QString m_target;
    QString m_temporary;
    Options m_options;
    Platform::Handle m_handle = Platform::InvalidHandle;
    QByteArray m_buffer;
    Platform::Status m_writeStatus;
    bool m_direct = false;
    bool m_committed = false;
};
