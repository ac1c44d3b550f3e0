// The Windows side of Platform.h. The only file besides Platform_posix.cpp that includes an operating-system header.
#include "core/platform/Platform.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <aclapi.h>
#include <cstdio>
#include <io.h>
#include <lmcons.h>
#include <sddl.h>
#include <string>
#include <vector>
#include <windows.h>

using namespace Qt::StringLiterals;

namespace Platform {

namespace {

std::wstring native(const QString& path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

Status failure(DWORD error)
{
    Status status;
    status.kind = (error == ERROR_DISK_FULL || error == ERROR_HANDLE_DISK_FULL) ? Status::Kind::DiskFull
        : (error == ERROR_FILE_EXISTS || error == ERROR_ALREADY_EXISTS)         ? Status::Kind::Exists
                                                                                : Status::Kind::Failed;
    wchar_t* text = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
                   error, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    status.detail = text ? QString::fromWCharArray(text).trimmed() : u"error %1"_s.arg(error);
    LocalFree(text);
    return status;
}

HANDLE toHandle(Handle handle)
{
    return reinterpret_cast<HANDLE>(handle);
}

/// A security descriptor that gives the current user (and nobody else) full control, not inherited.
class OwnerOnlySecurity final
{
public:
    OwnerOnlySecurity()
    {
        HANDLE token = nullptr;
        if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
            return;
        }
        DWORD size = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        m_user.resize(size);
        if (GetTokenInformation(token, TokenUser, m_user.data(), size, &size)) {
            const auto* user = reinterpret_cast<TOKEN_USER*>(m_user.data());
            LPWSTR sid = nullptr;
            if (ConvertSidToStringSidW(user->User.Sid, &sid)) {
                // Protected DACL: full access for the user only.
                const std::wstring sddl = L"D:P(A;;FA;;;" + std::wstring(sid) + L")";
                LocalFree(sid);
                ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &m_descriptor,
                                                                     nullptr);
            }
        }
        CloseHandle(token);
        m_attributes.nLength = sizeof(m_attributes);
        m_attributes.lpSecurityDescriptor = m_descriptor;
        m_attributes.bInheritHandle = FALSE;
    }
    ~OwnerOnlySecurity() { LocalFree(m_descriptor); }
    Q_DISABLE_COPY_MOVE(OwnerOnlySecurity)

    SECURITY_ATTRIBUTES* attributes() { return m_descriptor ? &m_attributes : nullptr; }

private:
    std::vector<char> m_user;
    PSECURITY_DESCRIPTOR m_descriptor = nullptr;
    SECURITY_ATTRIBUTES m_attributes {};
};

} // namespace

Handle createNewFile(const QString& path, bool ownerOnly, Status* status)
{
    OwnerOnlySecurity security;
    const HANDLE handle
        = CreateFileW(native(path).c_str(), GENERIC_WRITE, 0, ownerOnly ? security.attributes() : nullptr, CREATE_NEW,
                      FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        *status = failure(GetLastError());
        return InvalidHandle;
    }
    *status = {};
    return reinterpret_cast<Handle>(handle);
}

Handle openExistingForWriting(const QString& path, Status* status)
{
    const HANDLE handle = CreateFileW(native(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                      OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        *status = failure(GetLastError());
        return InvalidHandle;
    }
    *status = {};
    return reinterpret_cast<Handle>(handle);
}

Handle openExisting(const QString& path, Status* status)
{
    const HANDLE handle = CreateFileW(native(path).c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                                      FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        *status = failure(GetLastError());
        return InvalidHandle;
    }
    *status = {};
    return reinterpret_cast<Handle>(handle);
}

Status writeAll(Handle handle, const char* data, qint64 size)
{
    while (size > 0) {
        const DWORD chunk = static_cast<DWORD>(qMin<qint64>(size, 1 << 30));
        DWORD written = 0;
        if (!WriteFile(toHandle(handle), data, chunk, &written, nullptr)) {
            return failure(GetLastError());
        }
        if (written == 0) {
            return failure(ERROR_DISK_FULL);
        }
        data += written;
        size -= written;
    }
    return {};
}

Status syncFile(Handle handle)
{
    if (!FlushFileBuffers(toHandle(handle))) {
        const DWORD error = GetLastError();
        if (error != ERROR_INVALID_HANDLE && error != ERROR_INVALID_FUNCTION) {
            return failure(error);
        }
    }
    return {};
}

Status closeFile(Handle handle)
{
    if (!CloseHandle(toHandle(handle))) {
        return failure(GetLastError());
    }
    return {};
}

Status replaceFile(const QString& from, const QString& to)
{
    if (!MoveFileExW(native(from).c_str(), native(to).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        return failure(GetLastError());
    }
    return {};
}

void syncFolder(const QString&)
{
    // MOVEFILE_WRITE_THROUGH already made the rename durable.
}

Status createOwnerOnlyFolder(const QString& path)
{
    OwnerOnlySecurity security;
    if (!CreateDirectoryW(native(path).c_str(), security.attributes())) {
        return failure(GetLastError());
    }
    return {};
}

bool restrictToOwner(const QString& path)
{
    OwnerOnlySecurity security;
    SECURITY_ATTRIBUTES* attributes = security.attributes();
    if (!attributes) {
        return false;
    }
    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    PACL dacl = nullptr;
    if (!GetSecurityDescriptorDacl(attributes->lpSecurityDescriptor, &present, &dacl, &defaulted)) {
        return false;
    }
    std::wstring name = native(path);
    return SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT,
                                 DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                 dacl, nullptr)
        == ERROR_SUCCESS;
}

FileKind fileKind(const QString& path, bool followLinks)
{
    const DWORD attributes = GetFileAttributesW(native(path).c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        return FileKind::Missing;
    }
    if (!followLinks && (attributes & FILE_ATTRIBUTE_REPARSE_POINT)) {
        return FileKind::SymLink;
    }
    if (attributes & FILE_ATTRIBUTE_DIRECTORY) {
        return FileKind::Folder;
    }
    if (path.startsWith(u"//./"_s) || path.startsWith(u"\\\\.\\"_s)
        || QFileInfo(path).fileName().compare(u"NUL"_s, Qt::CaseInsensitive) == 0) {
        return FileKind::CharacterDevice;
    }
    return FileKind::Regular;
}

FileId fileId(const QString& path)
{
    FileId id;
    const HANDLE handle = CreateFileW(native(path).c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                      nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        return id;
    }
    BY_HANDLE_FILE_INFORMATION info {};
    if (GetFileInformationByHandle(handle, &info)) {
        id.device = info.dwVolumeSerialNumber;
        id.node = (static_cast<quint64>(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
        id.valid = true;
    }
    CloseHandle(handle);
    return id;
}

bool ownedByCurrentUser(const QString& path)
{
    return QFileInfo(path).isWritable() || QFileInfo(path).isDir();
}

bool accessibleByOthers(const QString&)
{
    // Checked through the DACL set at creation; Windows gives no simple answer for an existing file.
    return false;
}

QString accountName()
{
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 1) {
        return QString::fromWCharArray(name, static_cast<int>(size - 1));
    }
    return u"unknown"_s;
}

bool isAdministrator()
{
    return false;
}

bool stderrIsTerminal()
{
    return _isatty(_fileno(stderr)) != 0;
}

QStringList processesUsing(const QString&)
{
    return {};
}

QByteArray fileSystemType(const QString& path)
{
    QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    const std::wstring root = native(QStorageInfo(existing).rootPath());
    if (GetDriveTypeW(root.c_str()) == DRIVE_REMOTE || existing.startsWith(u"//"_s)) {
        return "smb";
    }
    return QStorageInfo(existing).fileSystemType().toLower();
}

// The Windows heap keeps freed blocks for reuse by itself.
MemoryReuse::MemoryReuse() = default;
MemoryReuse::~MemoryReuse() = default;

} // namespace Platform
