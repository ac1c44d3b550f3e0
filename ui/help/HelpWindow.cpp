#include "HelpWindow.h"

#include "ui/help/AppIcon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QString HelpWindow::manualResource()
{
    return u"qrc:/manual/handleiding.html"_s;
}

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"helpWindow"_s);
    setWindowTitle(tr("Wijkregie manual"));
    setWindowIcon(AppIcon::icon());

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"searchLineEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search the manual"));
    m_searchEdit->setClearButtonEnabled(true);
    m_matchesLabel = new QLabel(this);
    m_matchesLabel->setObjectName(u"matchesLabel"_s);
    // Room for the longest count from the start, so that the search field does not jump while typing.
    m_matchesLabel->setMinimumWidth(qMax(fontMetrics().horizontalAdvance(tr("%n match(es)", nullptr, 999)),
                                         fontMetrics().horizontalAdvance(tr("Not found")))
                                    + 8);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"manualTextBrowser"_s);
    m_browser->setAccessibleName(tr("Manual"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(manualResource()));

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_searchEdit);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_matchesLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_browser, 1);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) { search(text); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &HelpWindow::findNext);
    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    addAction(findAction);

    resize(760, 680);
}

int HelpWindow::search(const QString& text)
{
    if (m_searchEdit->text() != text) {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->setText(text);
    }
    m_text = text;
    QList<QTextEdit::ExtraSelection> marks;
    m_matches = 0;
    if (!text.isEmpty()) {
        QTextCharFormat mark;
        mark.setBackground(QColor(0xff, 0xe0, 0x80));
        QTextCursor cursor(m_browser->document());
        while (true) {
            cursor = m_browser->document()->find(text, cursor);
            if (cursor.isNull()) {
                break;
            }
            marks.append({cursor, mark});
            ++m_matches;
        }
    }
    m_browser->setExtraSelections(marks);
    if (text.isEmpty()) {
        m_matchesLabel->clear();
    } else if (m_matches == 0) {
        m_matchesLabel->setText(tr("Not found"));
    } else {
        m_matchesLabel->setText(tr("%n match(es)", nullptr, m_matches));
    }
    // Start from the top, so that typing a longer word keeps the first match in view.
    m_browser->moveCursor(QTextCursor::Start);
    findNext();
    return m_matches;
}

void HelpWindow::findNext()
{
    if (m_text.isEmpty() || m_matches == 0) {
        return;
    }
    if (!m_browser->find(m_text)) {
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->find(m_text);
    }
}
