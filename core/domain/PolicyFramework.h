#pragma once

#include <QDate>
#include <QString>

/// A policy framework (beleidskader) that initiatives and ward goals are measured against.
struct PolicyFramework
{
    qint64 id = 0;
    QString title;
    QDate adoptedOn;
    QDate reviewBy;
    QString notes;

    /// A framework is outdated once its review date has passed.
    bool isOutdated(const QDate& today) const { return reviewBy.isValid() && reviewBy < today; }

    bool operator==(const PolicyFramework&) const = default;
};
