#pragma once

#include "core/Error.h"

#include <QString>
#include <optional>

/// Passwords for team databases that the user typed in the window (DESIGN.md, Team database: "password from
/// ~/.pgpass or a prompt in the window, never on the command line"). Kept in this process's memory only, per
/// address, so that the window's background connections to the same server use it too; never written anywhere.
/// Thread-safe.
namespace ServerPassword {

/// Keeps `password` for the server address `url` (postgresql://user@host:port/database) until forget() or the end
/// of the process.
void remember(const QString& url, const QString& password);
/// The password kept for `url`, if any.
std::optional<QString> of(const QString& url);
void forget(const QString& url);

} // namespace ServerPassword

/// The server asks for a password that neither ~/.pgpass nor ServerPassword had, or refused the one given. The
/// window then asks the user for it; the command line says to put it in ~/.pgpass.
class ServerPasswordError final : public Error
{
public:
    ServerPasswordError(QString message, QString detail, bool refused)
        : Error(std::move(message), std::move(detail))
        , m_refused(refused)
    {
    }
    /// A password was given and the server refused it (as opposed to: none was given).
    bool refused() const noexcept { return m_refused; }

private:
    bool m_refused;
};
