#include "PersonalDataUse.h"

#include "core/Error.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

/// Runs `write` (the entry); when it throws, takes the output back and throws the reason.
void recordOrRemove(const PersonalDataOutput& output, const std::function<void()>& write)
{
    try {
        write();
    } catch (const Error& e) {
        // Only a regular file is taken back, the one written (a symbolic link's target: SafeOutput replaced that);
        // never a FIFO or device, nor standard output reached through /dev/stdout or /proc.
        const QString written = output.path.isEmpty() ? QString() : QFileInfo(output.path).canonicalFilePath();
        if (!written.isEmpty() && QFileInfo(written).isFile() && !written.startsWith(u"/proc/"_s)
            && !written.startsWith(u"/dev/"_s)) {
            QFile::remove(written);
        }
        const QString text = output.path.isEmpty()
            ? PersonalDataUse::tr("The use of personal data could not be recorded in the audit log, so nothing was "
                                  "handed out: %1")
            : output.action == AuditLog::Report
            ? PersonalDataUse::tr("The report could not be recorded in the audit log, so it was removed again: %1")
            : PersonalDataUse::tr("The export could not be recorded in the audit log, so it was removed again: %1");
        throw Error(text.arg(e.message()), e.detail());
    }
}

} // namespace

void PersonalDataUse::record(Database& db, const PersonalDataOutput& output)
{
    recordOrRemove(output,
                   [&] { AuditLog(db).record(output.entity, 0, output.action, {u"personal_data"_s}, output.records); });
}

void PersonalDataUse::recordOnFile(const QString& databasePath, const PersonalDataOutput& output)
{
    recordOrRemove(output, [&] {
        AuditLog::recordOnFile(databasePath, output.entity, 0, output.action, {u"personal_data"_s}, output.records);
    });
}
