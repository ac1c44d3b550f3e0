#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;

/// What the window shows when no file is open: new, open, open demo, and the recent files.
class StartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& files);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent;
};
