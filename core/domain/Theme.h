#pragma once

#include <QString>

/// A theme such as "sociale cohesie". The defaults have a stable key; themes a user adds have none.
struct Theme
{
    qint64 id = 0;
    QString key;
    QString name;

    bool operator==(const Theme&) const = default;
};
