#pragma once

#include <QDialog>

/// Help > About: the version, the licence (GPL-3.0-or-later), the report font's licence, and "About Qt".
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};
