#pragma once

#include "core/Error.h"

/// Thrown by a long operation that stopped because the user cancelled it. Nothing was written.
class Cancelled : public Error
{
public:
    /// `message` replaces the default "Cancelled; nothing was written." when given.
    explicit Cancelled(const QString& message = {});
};
