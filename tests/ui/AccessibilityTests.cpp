// Every window and dialog read as a screen reader reads it (offscreen, through QAccessible): every focusable
// control has a name, every label points at its input, every mnemonic reaches something and none takes the menu
// bar's Alt+letter; Tab, Shift+Tab and Ctrl+Tab leave every control; the charts work from the keyboard.
#include "tests/ui/AllWindows.h"
#include "ui/Document.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString describe(const QWidget* w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty()) {
        text += u" \""_s + w->objectName() + u'"';
    }
    for (const QWidget* p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            return text + u" in "_s + p->objectName();
        }
    }
    return text;
}

/// Parts of Qt's own composite widgets (a spin box's line edit, a combo box's list): their owner is checked.
bool isInternal(const QWidget* w)
{
    const QWidget* p = w->parentWidget();
    return qobject_cast<const QScrollBar*>(w) || w->objectName().startsWith(u"qt_"_s)
        || (p && (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p)))
        || (p && p->objectName() == u"qt_scrollarea_viewport"_s && qobject_cast<const QLineEdit*>(w));
}

bool takesFocus(const QWidget* w)
{
    return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && !isInternal(w);
}

bool isInput(const QWidget* w)
{
    return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w)
        || qobject_cast<const QTextEdit*>(w) || qobject_cast<const QComboBox*>(w)
        || qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QAbstractItemView*>(w);
}

bool hasLabelRelation(QAccessibleInterface* iface)
{
    return !iface->relations(QAccessible::Label).isEmpty();
}

/// The mnemonic letter of a text ("&Title" -> 't'), or a null char.
QChar mnemonic(const QString& text)
{
    static const QRegularExpression amp(u"(?<!&)&([^&\\s])"_s);
    const auto m = amp.match(QString(text).replace(u"&&"_s, u"  "_s));
    return m.hasMatch() ? m.captured(1).at(0).toLower() : QChar();
}

QWidget* focusTarget(QWidget* w)
{
    while (w && w->focusProxy()) {
        w = w->focusProxy();
    }
    return w;
}

/// The faults of the widgets of `window` that are shown now.
QStringList faultsOf(QWidget* window)
{
    QStringList faults;
    const QList<QWidget*> all = window->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (!w->isVisible() || w->window() != window) {
            continue;
        }
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (takesFocus(w)) {
            if (!iface) {
                faults << describe(w) + u": no accessible interface"_s;
                continue;
            }
            const QString name = iface->text(QAccessible::Name).trimmed();
            // A combo box on Linux reports its value as its name: its label must come from a relation.
            const bool named = qobject_cast<QComboBox*>(w) ? !w->accessibleName().isEmpty() || hasLabelRelation(iface)
                                                           : !name.isEmpty();
            if (!named) {
                faults << describe(w) + u": focusable without an accessible name"_s;
            }
            if (isInput(w) && w->accessibleName().isEmpty() && !hasLabelRelation(iface)
                && !qobject_cast<QAbstractItemView*>(w)) {
                faults << describe(w) + u": input without a label pointing at it (name \""_s + name + u"\")"_s;
            }
        }
        if (auto* label = qobject_cast<QLabel*>(w)) {
            const QChar letter = mnemonic(label->text());
            QWidget* buddy = label->buddy();
            if (!letter.isNull() && (!buddy || !(focusTarget(buddy)->focusPolicy() & Qt::TabFocus))) {
                faults << describe(w) + u": mnemonic Alt+"_s + letter + u" reaches nothing"_s;
            }
            if (buddy && focusTarget(buddy) != buddy) {
                faults << describe(w) + u": buddy "_s + describe(buddy) + u" is not the input but a container"_s;
            } else if (buddy && buddy->parentWidget() != label->parentWidget() && buddy->accessibleName().isEmpty()) {
                faults << describe(w) + u": buddy "_s + describe(buddy)
                        + u" is no sibling, so it is not read as the input's name"_s;
            }
        }
        if (auto* form = qobject_cast<QFormLayout*>(w->layout())) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
                QLayoutItem* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
                auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
                QWidget* field = fieldItem ? fieldItem->widget() : nullptr;
                if (!label || !field || label->text().isEmpty()) {
                    continue;
                }
                QWidget* target = focusTarget(field);
                if (!(target->focusPolicy() & Qt::TabFocus)) {
                    // A wrapper around the input: the label must point inside it, at the input.
                    if (!label->buddy() || !field->isAncestorOf(label->buddy())) {
                        faults << describe(label) + u": its field "_s + describe(field)
                                + u" takes no focus and the label does not point at the input in it"_s;
                    }
                } else if (label->buddy() != target) {
                    faults << describe(label) + u": its buddy is not its field "_s + describe(target);
                }
            }
        }
    }
    return faults;
}

/// Faults on every tab of every tab widget of a dialog (a main window page is one view).
QStringList faultsOnEveryTab(QWidget* window)
{
    QStringList faults = faultsOf(window);
    if (qobject_cast<MainWindow*>(window)) {
        return faults;
    }
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i != current && tabs->isTabEnabled(i)) {
                tabs->setCurrentIndex(i);
                QApplication::processEvents();
                faults << faultsOf(window);
            }
        }
        tabs->setCurrentIndex(current);
    }
    faults.removeDuplicates();
    return faults;
}

/// Mnemonics of widgets that take the menu bar's: Alt+letter would focus them instead of opening the menu.
QStringList menuClashes(MainWindow& window)
{
    QStringList faults;
    QHash<QChar, QString> menus;
    for (QAction* menu : window.menuBar()->actions()) {
        if (const QChar c = mnemonic(menu->text()); !c.isNull()) {
            menus.insert(c, menu->text());
        }
    }
    for (QWidget* w : window.findChildren<QWidget*>()) {
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            text = label->buddy() ? label->text() : QString();
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            text = box->title();
        }
        if (const QChar c = mnemonic(text); !c.isNull() && menus.contains(c)) {
            faults << describe(w) + u" \""_s + text + u"\" takes Alt+"_s + c + u" from the menu \""_s + menus.value(c)
                    + u'"';
        }
    }
    return faults;
}

void press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
    QApplication::processEvents();
}

/// Tab, Shift+Tab and Ctrl+Tab (Ctrl+Shift+Tab) from every focusable control shown: the focus leaves it.
QStringList trapsOf(QWidget* window)
{
    QStringList faults;
    QList<QWidget*> stops;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->isVisible() && w->isEnabled() && w->window() == window && takesFocus(w)) {
            stops << w;
        }
    }
    if (stops.size() < 2) {
        return faults;
    }
    struct Key
    {
        int key;
        Qt::KeyboardModifiers modifiers;
        const char* name;
    };
    const Key keys[] = {{Qt::Key_Tab, Qt::NoModifier, "Tab"},
                        {Qt::Key_Backtab, Qt::ShiftModifier, "Shift+Tab"},
                        {Qt::Key_Tab, Qt::ControlModifier, "Ctrl+Tab"},
                        {Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier, "Ctrl+Shift+Tab"}};
    for (QWidget* w : std::as_const(stops)) {
        auto* view = qobject_cast<QAbstractItemView*>(w);
        for (const Key& k : keys) {
            // A spreadsheet keeps Tab for its cells; Ctrl+Tab leaves it.
            if (view && view->tabKeyNavigation() && !(k.modifiers & Qt::ControlModifier)) {
                continue;
            }
            if (!w->isVisible()) {
                break; // an earlier key switched the tab it is on
            }
            w->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            if (QApplication::focusWidget() != w) {
                break; // cannot take the focus now (a page hidden in the meantime)
            }
            // A date edit takes Tab from section to section (day, month, year) and then lets it go.
            // A text browser takes Tab from link to link (the manual's contents) and lets it go after the last.
            const auto* date = qobject_cast<QDateTimeEdit*>(w);
            const auto* browser = qobject_cast<QTextBrowser*>(w);
            int presses = 1;
            if (date && !(k.modifiers & Qt::ControlModifier)) {
                presses = date->sectionCount();
            } else if (browser && !(k.modifiers & Qt::ControlModifier)) {
                presses = 1 + int(browser->toHtml().count(u"href="_s));
            }
            for (int i = 0; i < presses && QApplication::focusWidget() == w; ++i) {
                press(k.key, k.modifiers);
            }
            if (QApplication::focusWidget() == w) {
                faults << describe(w) + u": "_s + QString::fromLatin1(k.name) + u" does not leave it"_s;
            }
            if (auto* dialog = qobject_cast<QDialog*>(window); dialog && !dialog->isVisible()) {
                dialog->show(); // a key closed it (should not happen)
            }
        }
    }
    return faults;
}

} // namespace

TEST_CASE("accessibility_everyWindowNamesItsControlsAndLabelsPointAtTheirInputs", "[ui][a11y]")
{
    QStringList faults;
    int windows = 0;
    int controls = 0;
    forEachWindow([&](const AppWindow& w) {
        ++windows;
        for (QWidget* child : w.widget->findChildren<QWidget*>()) {
            controls += child->isVisible() && takesFocus(child) ? 1 : 0;
        }
        for (const QString& fault : faultsOnEveryTab(w.widget)) {
            faults << w.name + u": "_s + fault;
        }
        if (auto* main = qobject_cast<MainWindow*>(w.widget)) {
            for (const QString& fault : menuClashes(*main)) {
                faults << w.name + u": "_s + fault;
            }
        }
    });
    faults.removeDuplicates();
    INFO(faults.join(u'\n').toStdString());
    CHECK(windows > 30);
    CHECK(controls > 300);
    CHECK(faults.isEmpty());
}

TEST_CASE("accessibility_inDutchNoButtonOrLabelTakesAMenuBarLetter", "[ui][a11y]")
{
    // Dutch is the default language: "&Bewerken..." on a list took Alt+B from "&Bestand".
    QTranslator dutch;
    REQUIRE(dutch.load(u":/i18n/wijkregie_nl.qm"_s));
    QCoreApplication::installTranslator(&dutch);
    QStringList faults;
    {
        MainWindow window;
        CHECK(window.menuBar()->actions().first()->text() == u"&Bestand"_s);
        faults = menuClashes(window);
    }
    QCoreApplication::removeTranslator(&dutch);
    INFO(faults.join(u'\n').toStdString());
    CHECK(faults.isEmpty());
}

TEST_CASE("accessibility_tabShiftTabAndCtrlTabLeaveEveryControl", "[ui][a11y]")
{
    QStringList faults;
    forEachWindow([&](const AppWindow& w) {
        for (const QString& fault : trapsOf(w.widget)) {
            faults << w.name + u": "_s + fault;
        }
    });
    faults.removeDuplicates();
    INFO(faults.join(u'\n').toStdString());
    CHECK(faults.isEmpty());
}
