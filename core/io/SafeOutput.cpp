#include "SafeOutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 BufferSize = 1 << 20;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// `path` made absolute with its folder's links resolved (the file itself may not exist yet).
QString resolvedPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return info.canonicalFilePath();
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

/// The names SQLite uses beside a database.
const QStringList& journalSuffixes()
{
    static const QStringList suffixes {u"-wal"_s, u"-shm"_s, u"-journal"_s};
    return suffixes;
}

/// A WAL file starts with one of two magic numbers (big-endian 0x377f0682 or 0x377f0683).
bool isWalFile(const QByteArray& head)
{
    return head.size() >= 4 && static_cast<uchar>(head[0]) == 0x37 && static_cast<uchar>(head[1]) == 0x7f
        && static_cast<uchar>(head[2]) == 0x06 && (static_cast<uchar>(head[3]) & 0xfe) == 0x82;
}

QByteArray head(const QString& path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.read(size);
}

} // namespace

SafeOutput::SafeOutput(const QString& path, Options options)
    : m_requested(path)
    , m_options(std::move(options))
{
}

SafeOutput::~SafeOutput()
{
    discard();
}

bool SafeOutput::isDatabaseFile(const QString& path)
{
    return head(path, 16).startsWith(QByteArrayView("SQLite format 3\0", 16));
}

Error SafeOutput::diskFullError(const QString& path, const QString& detail)
{
    return Error(tr("%1 could not be written: the disk is full. Nothing was changed; make room and try again.")
                     .arg(native(path)),
                 detail);
}

void SafeOutput::checkTarget(const QString& path, const Options& options)
{
    if (path.trimmed().isEmpty()) {
        throw Error(tr("No file name was given to write to."));
    }
    const QString shown = native(path);
    const QFileInfo info(path);
    const Platform::FileKind linkKind = Platform::fileKind(info.absoluteFilePath(), false);
    const Platform::FileKind kind = Platform::fileKind(info.absoluteFilePath(), true);
    if (linkKind == Platform::FileKind::SymLink && kind == Platform::FileKind::Missing) {
        throw Error(tr("%1 is a link to a file that does not exist; Wijkregie does not write through it.").arg(shown));
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        throw Error(tr("The folder %1 does not exist.").arg(native(info.absolutePath())));
    }
    switch (kind) {
    case Platform::FileKind::Folder:
        throw Error(tr("%1 is a folder; give the name of a file to write.").arg(shown));
    case Platform::FileKind::Fifo:
    case Platform::FileKind::CharacterDevice:
        if (!options.allowNonRegular) {
            throw Error(tr("%1 is not an ordinary file (a pipe or a device); this output can only be written to an "
                           "ordinary file.")
                            .arg(shown));
        }
        break;
    case Platform::FileKind::BlockDevice:
    case Platform::FileKind::Socket:
    case Platform::FileKind::Other:
        throw Error(tr("%1 is a device or special file; Wijkregie does not write to it.").arg(shown));
    default:
        break;
    }

    const QString target = resolvedPath(path);
    const Platform::FileId targetId = Platform::fileId(target);
    for (const QString& file : options.protectedFiles) {
        if (file.isEmpty()) {
            continue;
        }
        QStringList bases {resolvedPath(file), QFileInfo(file).absoluteFilePath()};
        bases.removeDuplicates();
        for (const QString& base : std::as_const(bases)) {
            if (target == base || targetId == Platform::fileId(base)) {
                throw Error(tr("%1 is the file being read (%2); Wijkregie does not write an output onto it. Choose "
                               "another file name.")
                                .arg(shown, native(file)));
            }
            for (const QString& suffix : journalSuffixes()) {
                if (target == base + suffix || targetId == Platform::fileId(base + suffix)) {
                    throw Error(tr("%1 is the journal of the database %2; Wijkregie does not write an output onto "
                                   "it. Choose another file name.")
                                    .arg(shown, native(file)));
                }
            }
        }
    }
    if (kind == Platform::FileKind::Regular) {
        const QByteArray start = head(target, 16);
        if (start.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
            throw Error(tr("%1 is a database (perhaps a Wijkregie file or a backup); Wijkregie does not overwrite "
                           "it with an output. Choose another file name.")
                            .arg(shown));
        }
        if (isWalFile(start)) {
            throw Error(tr("%1 is the journal of a database; Wijkregie does not overwrite it. Choose another file "
                           "name.")
                            .arg(shown));
        }
    }
    for (const QString& suffix : journalSuffixes()) {
        if (target.endsWith(suffix)) {
            const QString database = target.chopped(suffix.size());
            if (QFileInfo(database).isFile() && isDatabaseFile(database)) {
                throw Error(tr("%1 is the journal of the database %2; Wijkregie does not write an output onto it. "
                               "Choose another file name.")
                                .arg(shown, native(database)));
            }
        }
    }
}

void SafeOutput::open()
{
    if (isOpen()) {
        return;
    }
    checkTarget(m_requested, m_options);
    m_target = resolvedPath(m_requested);
    m_committed = false;
    m_writeStatus = {};
    m_buffer.clear();
    const Platform::FileKind kind = Platform::fileKind(m_target, true);
    Platform::Status status;
    if (kind == Platform::FileKind::Fifo || kind == Platform::FileKind::CharacterDevice) {
        m_direct = true;
        m_handle = Platform::openExistingForWriting(m_target, &status);
    } else {
        m_direct = false;
        const QFileInfo info(m_target);
        const bool ownerOnly = m_options.content == OutputContent::PersonalData;
        do {
            m_temporary = info.absolutePath() + u"/."_s + info.fileName() + u'.'
                + QString::number(QRandomGenerator::global()->generate(), 36) + u".part"_s;
            m_handle = Platform::createNewFile(m_temporary, ownerOnly, &status);
        } while (m_handle == Platform::InvalidHandle && status.kind == Platform::Status::Kind::Exists);
    }
    if (m_handle == Platform::InvalidHandle) {
        m_temporary.clear();
        if (status.diskFull()) {
            throw diskFullError(m_requested, status.detail);
        }
        throw Error(tr("%1 cannot be written.").arg(native(m_requested)), status.detail);
    }
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool SafeOutput::open(OpenMode mode)
{
    if ((mode & QIODevice::ReadOnly) || !(mode & QIODevice::WriteOnly)) {
        return false;
    }
    open();
    return true;
}

bool SafeOutput::seek(qint64 pos)
{
    // Written front to back; only "seeking" to where it already is works.
    return pos == this->pos() && QIODevice::seek(pos);
}

qint64 SafeOutput::readData(char*, qint64)
{
    return -1;
}

qint64 SafeOutput::writeData(const char* data, qint64 size)
{
    if (!m_writeStatus.ok() || m_handle == Platform::InvalidHandle) {
        return -1;
    }
    m_buffer.append(data, size);
    if (m_buffer.size() >= BufferSize && !flushBuffer()) {
        return -1;
    }
    return size;
}

bool SafeOutput::flushBuffer()
{
    if (m_buffer.isEmpty() || !m_writeStatus.ok()) {
        return m_writeStatus.ok();
    }
    m_writeStatus = Platform::writeAll(m_handle, m_buffer.constData(), m_buffer.size());
    m_buffer.clear();
    if (!m_writeStatus.ok()) {
        setErrorString(m_writeStatus.detail);
    }
    return m_writeStatus.ok();
}

void SafeOutput::fail(const Platform::Status& status)
{
    discard();
    if (status.diskFull()) {
        throw diskFullError(m_requested, status.detail);
    }
    throw Error(tr("%1 could not be written; nothing was changed.").arg(native(m_requested)), status.detail);
}

void SafeOutput::commit()
{
    if (m_committed) {
        return;
    }
    if (m_temporary.isEmpty() && m_handle == Platform::InvalidHandle) {
        throw Error(tr("%1 could not be written; nothing was changed.").arg(native(m_requested)));
    }
    Platform::Status status;
    if (m_handle == Platform::InvalidHandle) {
        // Written by another library through saveByPath(): open it to sync it.
        m_handle = Platform::openExisting(m_temporary, &status);
        if (!status.ok()) {
            fail(status);
        }
    }
    if (!flushBuffer()) {
        fail(m_writeStatus);
    }
    status = Platform::syncFile(m_handle);
    const Platform::Status closed = Platform::closeFile(m_handle);
    m_handle = Platform::InvalidHandle;
    if (!status.ok()) {
        fail(status);
    }
    if (!closed.ok()) {
        fail(closed);
    }
    if (!m_direct) {
        try {
            // The target may have changed while the content was being produced.
            checkTarget(m_requested, m_options);
        } catch (...) {
            discard();
            throw;
        }
        if (m_options.content == OutputContent::NoPersonalData && QFileInfo(m_target).isFile()) {
            QFile::setPermissions(m_temporary, QFileInfo(m_target).permissions());
        }
        status = Platform::replaceFile(m_temporary, m_target);
        if (!status.ok()) {
            fail(status);
        }
        m_temporary.clear();
        Platform::syncFolder(QFileInfo(m_target).absolutePath());
    }
    m_committed = true;
    QIODevice::close();
}

void SafeOutput::discard()
{
    if (m_handle != Platform::InvalidHandle) {
        Platform::closeFile(m_handle);
        m_handle = Platform::InvalidHandle;
    }
    if (!m_temporary.isEmpty()) {
        // Only the file this object created with O_EXCL: never anyone else's.
        QFile::remove(m_temporary);
        m_temporary.clear();
    }
    m_buffer.clear();
    if (isOpen()) {
        QIODevice::close();
    }
}

void SafeOutput::save(const QString& path, const Options& options, const std::function<void(QIODevice&)>& produce)
{
    SafeOutput out(path, options);
    out.open();
    produce(out);
    out.commit();
}

void SafeOutput::saveByPath(const QString& path, const Options& options,
                            const std::function<void(const QString& temporaryPath)>& produce)
{
    Options byPath = options;
    byPath.allowNonRegular = false;
    SafeOutput out(path, byPath);
    out.open();
    // Leave the empty, owner-only file for the other writer; commit() opens it again to sync it.
    Platform::closeFile(out.m_handle);
    out.m_handle = Platform::InvalidHandle;
    produce(out.m_temporary);
    out.commit();
}
