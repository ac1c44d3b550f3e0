#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

/// Everything Wijkregie asks of the operating system beyond what Qt offers portably. This header and its two
/// implementations (Platform_posix.cpp, Platform_windows.cpp; CMake picks one) are the only places in the tree that
/// include an operating-system header or make an operating-system call. Paths are Qt paths ('/' separators).
namespace Platform {

/// A native file handle: a POSIX file descriptor, or a Windows HANDLE stored as an integer.
using Handle = qintptr;
inline constexpr Handle InvalidHandle = -1;

/// The outcome of one call that touches a file.
struct Status
{
    enum class Kind { Ok, DiskFull, Exists, Failed };
    Kind kind = Kind::Ok;
    /// The operating system's own words for the failure (English; for the detail line), empty when Ok.
    QString detail;

    bool ok() const { return kind == Kind::Ok; }
    bool diskFull() const { return kind == Kind::DiskFull; }
};

/// What a path names. Symbolic links are followed unless asked otherwise.
enum class FileKind { Missing, Regular, Folder, Fifo, CharacterDevice, BlockDevice, Socket, SymLink, Other };

/// Identifies a file independently of the path it is reached by (hard links, symbolic links, "..", bind mounts):
/// device and inode on POSIX, volume serial and file index on Windows.
struct FileId
{
    quint64 device = 0;
    quint64 node = 0;
    bool valid = false;
    bool operator==(const FileId& other) const
    {
        return valid && other.valid && device == other.device && node == other.node;
    }
};

/// Creates a new file, refusing when anything (also a dangling symbolic link) already has that name. With
/// `ownerOnly` it is readable and writable by the owner alone from its first byte (mode 0600; on Windows an ACL
/// for the current user only); otherwise it gets the default permissions (0666 less the umask). Returns
/// InvalidHandle and sets `status` (Kind::Exists when the name is taken) on failure.
Handle createNewFile(const QString& path, bool ownerOnly, Status* status);
/// Opens an existing file for writing without creating or truncating it (for a FIFO or a character device).
Handle openExistingForWriting(const QString& path, Status* status);
/// Opens an existing file for reading and writing (for flushing a file written by another library).
Handle openExisting(const QString& path, Status* status);
/// Writes all `size` bytes, retrying short writes and interrupted calls; Kind::DiskFull for ENOSPC/EDQUOT
/// (ERROR_DISK_FULL on Windows).
Status writeAll(Handle handle, const char* data, qint64 size);
/// Forces the file's contents to the disk (fsync / FlushFileBuffers). A full disk can show up only here.
Status syncFile(Handle handle);
/// Closes the handle; a failed close (NFS reports late write errors there) is reported.
Status closeFile(Handle handle);

/// Renames `from` to `to` in one step, replacing `to` when it exists (rename(2); MoveFileEx on Windows).
Status replaceFile(const QString& from, const QString& to);
/// Makes a rename in `folder` durable (fsync of the folder on POSIX; nothing is needed on Windows).
void syncFolder(const QString& folder);
/// Creates one folder readable, writable and searchable by the owner alone (mode 0700) from the start. The parent
/// must exist. Kind::Exists when something already has that name.
Status createOwnerOnlyFolder(const QString& path);
/// Makes an existing file or folder owner-only (0600 for files, 0700 for folders).
bool restrictToOwner(const QString& path);

FileKind fileKind(const QString& path, bool followLinks = true);
FileId fileId(const QString& path);
/// True when the file or folder (not what a symbolic link points to) belongs to the account running Wijkregie.
bool ownedByCurrentUser(const QString& path);
/// True when `path` (not followed when it is a link) can be read or written by accounts other than the owner.
bool accessibleByOthers(const QString& path);

/// The operating-system account running Wijkregie (from the account database, never from an environment variable
/// that anyone can set); "uid 1000" when the account has no name.
QString accountName();
/// True when the process runs with administrator rights (root), which ignore permission bits.
bool isAdministrator();
/// True when standard error is a terminal (progress is shown only then).
bool stderrIsTerminal();

/// The processes of this machine that have `path` (or its -wal/-shm) open, as "wijkregie import (process 4242,
/// account jan)"; empty where the system does not say (other computers, Windows, processes of other accounts
/// without administrator rights).
QStringList processesUsing(const QString& path);

/// The file system type of the volume holding `path` ("ext4", "cifs", "fuse.sshfs", "NTFS", ...), lower case.
QByteArray fileSystemType(const QString& path);

/// While an object of this class lives, memory the process frees is kept for reuse instead of being handed back to
/// the system at once. With glibc: blocks under 32 MiB come from the heap rather than each from a mapping of its own,
/// and the heap is trimmed only when more than 64 MiB of it is free (the limits of glibc's own adaptive thresholds).
/// Writing a long PDF allocates and frees the same large buffers page after page; without this every page costs
/// system calls and page faults. When the last one goes, both thresholds are glibc's defaults again (128 KiB) and
/// the free memory goes back to the system. With other C libraries it does nothing. May live on any thread.
class MemoryReuse final
{
public:
    MemoryReuse();
    ~MemoryReuse();
    Q_DISABLE_COPY_MOVE(MemoryReuse)
};

} // namespace Platform
