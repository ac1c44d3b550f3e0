#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;

/// The user manual (Dutch HTML bundled in the resources), with a search field that marks every match and steps
/// through them with Enter.
class HelpWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    /// The manual inside the resources.
    static QString manualResource();

    explicit HelpWindow(QWidget* parent = nullptr);

    /// Marks every occurrence of text (case-insensitive) and scrolls to the next one after the cursor.
    /// Returns how many there are; 0 when there are none or text is empty.
    int search(const QString& text);

private:
    void findNext();

    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_matchesLabel = nullptr;
    QTextBrowser* m_browser = nullptr;
    QString m_text;
    int m_matches = 0;
};
