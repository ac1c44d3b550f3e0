#pragma once

#include <QDate>
#include <QWidget>

class Document;
class HoursGridModel;
class HoursGridView;
class QDateEdit;
class QLabel;
class QToolButton;

/// The "Hours" tab of an initiative: month navigation above the hours grid, a line under it with what went wrong
/// (naming person and date) or how to use the grid.
class HoursGridWidget final : public QWidget
{
    Q_OBJECT

public:
    HoursGridWidget(Document& document, qint64 initiativeId, QWidget* parent = nullptr);

    HoursGridModel* model() const { return m_model; }
    HoursGridView* view() const { return m_view; }
    QLabel* statusLabel() const { return m_status; }
    void setMonth(const QDate& date);
    QDate month() const;

public slots:
    void previousMonth();
    void nextMonth();

private:
    void showMessages(const QStringList& messages);
    void showHint(const QString& done = {});

    HoursGridModel* m_model;
    HoursGridView* m_view;
    QDateEdit* m_month;
    QLabel* m_status;
    QLabel* m_empty;
    bool m_showingError = false;
};
