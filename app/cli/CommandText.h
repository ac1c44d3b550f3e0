#pragma once

#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

/// What every subcommand's file writes text with.
namespace Commands {

/// lupdate extracts tr() inside namespace Commands under the context "Commands"; this translates with the same one.
inline const Translations::Context tr {"Commands"};

/// A path as the platform writes it (backslashes on Windows).
inline QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace Commands
