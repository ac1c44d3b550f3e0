// The POSIX side of Platform.h (Linux, BSD, macOS). The only file besides Platform_windows.cpp that includes an
// operating-system header.
#include "core/platform/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace Platform {

namespace {

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

Status failure(int error)
{
    Status status;
    status.kind = (error == ENOSPC || error == EDQUOT) ? Status::Kind::DiskFull
        : error == EEXIST                              ? Status::Kind::Exists
                                                       : Status::Kind::Failed;
    status.detail = QString::fromLocal8Bit(std::strerror(error));
    return status;
}

int toFd(Handle handle)
{
    return static_cast<int>(handle);
}

} // namespace

Handle createNewFile(const QString& path, bool ownerOnly, Status* status)
{
    // O_EXCL with O_CREAT never follows a symbolic link, dangling or not; the mode applies from the first byte.
    const mode_t mode = ownerOnly ? (S_IRUSR | S_IWUSR) : (S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH);
    int fd = -1;
    do {
        fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *status = failure(errno);
        return InvalidHandle;
    }
    *status = {};
    return fd;
}

Handle openExistingForWriting(const QString& path, Status* status)
{
    int fd = -1;
    do {
        fd = ::open(encoded(path).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *status = failure(errno);
        return InvalidHandle;
    }
    *status = {};
    return fd;
}

Handle openExisting(const QString& path, Status* status)
{
    int fd = -1;
    do {
        fd = ::open(encoded(path).constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *status = failure(errno);
        return InvalidHandle;
    }
    *status = {};
    return fd;
}

Status writeAll(Handle handle, const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::write(toFd(handle), data, static_cast<size_t>(size));
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return failure(errno);
        }
        if (written == 0) {
            return failure(ENOSPC);
        }
        data += written;
        size -= written;
    }
    return {};
}

Status syncFile(Handle handle)
{
    if (::fsync(toFd(handle)) != 0 && errno != EINVAL && errno != EROFS) {
        // EINVAL: a FIFO or a device that cannot be synced; nothing to make durable there.
        return failure(errno);
    }
    return {};
}

Status closeFile(Handle handle)
{
    if (::close(toFd(handle)) != 0 && errno != EINTR) {
        return failure(errno);
    }
    return {};
}

Status replaceFile(const QString& from, const QString& to)
{
    if (::rename(encoded(from).constData(), encoded(to).constData()) != 0) {
        return failure(errno);
    }
    return {};
}

void syncFolder(const QString& folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Status createOwnerOnlyFolder(const QString& path)
{
    if (::mkdir(encoded(path).constData(), S_IRWXU) != 0) {
        return failure(errno);
    }
    return {};
}

bool restrictToOwner(const QString& path)
{
    struct stat info
    {
    };
    if (::lstat(encoded(path).constData(), &info) != 0 || S_ISLNK(info.st_mode)) {
        return false;
    }
    const mode_t mode = S_ISDIR(info.st_mode) ? S_IRWXU : (S_IRUSR | S_IWUSR);
    return ::chmod(encoded(path).constData(), mode) == 0;
}

FileKind fileKind(const QString& path, bool followLinks)
{
    struct stat info
    {
    };
    const int result
        = followLinks ? ::stat(encoded(path).constData(), &info) : ::lstat(encoded(path).constData(), &info);
    if (result != 0) {
        return FileKind::Missing;
    }
    if (S_ISREG(info.st_mode)) {
        return FileKind::Regular;
    }
    if (S_ISDIR(info.st_mode)) {
        return FileKind::Folder;
    }
    if (S_ISFIFO(info.st_mode)) {
        return FileKind::Fifo;
    }
    if (S_ISCHR(info.st_mode)) {
        return FileKind::CharacterDevice;
    }
    if (S_ISBLK(info.st_mode)) {
        return FileKind::BlockDevice;
    }
    if (S_ISSOCK(info.st_mode)) {
        return FileKind::Socket;
    }
    if (S_ISLNK(info.st_mode)) {
        return FileKind::SymLink;
    }
    return FileKind::Other;
}

FileId fileId(const QString& path)
{
    struct stat info
    {
    };
    FileId id;
    if (::stat(encoded(path).constData(), &info) == 0) {
        id.device = static_cast<quint64>(info.st_dev);
        id.node = static_cast<quint64>(info.st_ino);
        id.valid = true;
    }
    return id;
}

bool ownedByCurrentUser(const QString& path)
{
    struct stat info
    {
    };
    return ::lstat(encoded(path).constData(), &info) == 0 && info.st_uid == ::geteuid();
}

bool accessibleByOthers(const QString& path)
{
    struct stat info
    {
    };
    return ::lstat(encoded(path).constData(), &info) == 0 && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0;
}

QString accountName()
{
    const uid_t uid = ::geteuid();
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(static_cast<size_t>(size > 0 ? size : 16384));
    struct passwd entry
    {
    };
    struct passwd* found = nullptr;
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name
        && *found->pw_name) {
        return QString::fromLocal8Bit(found->pw_name);
    }
    return u"uid %1"_s.arg(uid);
}

bool isAdministrator()
{
    return ::geteuid() == 0;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) != 0;
}

QStringList processesUsing(const QString& path)
{
    QStringList holders;
#ifdef __linux__
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty()) {
        return holders;
    }
    const QStringList names {canonical, canonical + u"-wal"_s, canonical + u"-shm"_s};
    const QString self = QString::number(::getpid());
    const QStringList processes = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : processes) {
        bool numeric = false;
        (void)pid.toLongLong(&numeric);
        if (!numeric || pid == self) {
            continue;
        }
        const QString fdFolder = u"/proc/"_s + pid + u"/fd"_s;
        const QStringList fds = QDir(fdFolder).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        bool uses = false;
        for (const QString& fd : fds) {
            if (names.contains(QFileInfo(fdFolder + u'/' + fd).symLinkTarget())) {
                uses = true;
                break;
            }
        }
        if (!uses) {
            continue;
        }
        QFile cmdline(u"/proc/"_s + pid + u"/cmdline"_s);
        QStringList words;
        if (cmdline.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> parts = cmdline.readAll().split('\0');
            for (qsizetype i = 0; i < parts.size() && i < 2; ++i) {
                words << QFileInfo(QString::fromLocal8Bit(parts.at(i))).fileName();
            }
        }
        struct stat info
        {
        };
        QString account;
        if (::stat(encoded(u"/proc/"_s + pid).constData(), &info) == 0) {
            std::vector<char> buffer(16384);
            struct passwd entry
            {
            };
            struct passwd* found = nullptr;
            if (::getpwuid_r(info.st_uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found) {
                account = QString::fromLocal8Bit(found->pw_name);
            }
        }
        const QString program = words.join(u' ').trimmed();
        holders << (account.isEmpty() ? QCoreApplication::translate("Platform", "%1 (process %2)").arg(program, pid)
                                      : QCoreApplication::translate("Platform", "%1 (process %2, account %3)")
                                            .arg(program, pid, account));
    }
#else
    Q_UNUSED(path)
#endif
    return holders;
}

QByteArray fileSystemType(const QString& path)
{
    QFileInfo info(path);
    // QStorageInfo wants something that exists: the file, else its folder.
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    return QStorageInfo(existing).fileSystemType().toLower();
}

namespace {
std::mutex reuseMutex;
int reuseCount = 0; ///< MemoryReuse objects alive
} // namespace

MemoryReuse::MemoryReuse()
{
#if defined(__GLIBC__)
    const std::lock_guard lock(reuseMutex);
    if (reuseCount++ == 0) {
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    }
#endif
}

MemoryReuse::~MemoryReuse()
{
#if defined(__GLIBC__)
    const std::lock_guard lock(reuseMutex);
    if (--reuseCount == 0) {
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
        malloc_trim(0);
    }
#endif
}

} // namespace Platform
