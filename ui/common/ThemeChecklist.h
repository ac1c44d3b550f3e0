#pragma once

#include <QList>
#include <QListWidget>

class ThemeRepository;

/// The themes as a list of check boxes.
class ThemeChecklist final : public QListWidget
{
    Q_OBJECT

public:
    explicit ThemeChecklist(ThemeRepository& themes, QWidget* parent = nullptr);

    void setCheckedIds(const QList<qint64>& ids);
    /// The checked themes' ids, ascending.
    QList<qint64> checkedIds() const;
    /// Checks or unchecks the theme with this name (for tests and keyboard users).
    bool setChecked(const QString& name, bool checked);
};
