#include "UndoActions.h"

#include "core/i18n/Translations.h"
#include "ui/common/Inputs.h"

#include <QCoreApplication>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace UndoActions {

namespace {

const Translations::Context tr {"UndoActions"};

/// The command's text as the middle of a sentence: "Add ward" becomes "add ward"; "AVG check" stays.
QString lowerFirst(const QString& text)
{
    if (text.size() >= 2 && text.at(0).isUpper() && text.at(1).isLower()) {
        return text.at(0).toLower() + text.mid(1);
    }
    return text;
}

template<typename Source> QAction* make(Source* source, QObject* parent, bool isUndo)
{
    QAction* action = isUndo ? source->createUndoAction(parent) : source->createRedoAction(parent);
    action->setObjectName(isUndo ? u"undoAction"_s : u"redoAction"_s);
    if (isUndo) {
        action->setShortcut(QKeySequence::Undo);
        action->setIcon(Inputs::icon(u"edit-undo"_s, QStyle::SP_ArrowBack));
    } else {
        QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
        if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y))) {
            keys << QKeySequence(Qt::CTRL | Qt::Key_Y);
        }
        action->setShortcuts(keys);
        action->setIcon(Inputs::icon(u"edit-redo"_s, QStyle::SP_ArrowForward));
    }
    const auto update = [action, isUndo](const QString& command) {
        action->setText(isUndo ? undoText(command) : redoText(command));
    };
    // Connected after Qt's own update of the text, so this one wins.
    QObject::connect(source, isUndo ? &Source::undoTextChanged : &Source::redoTextChanged, action, update);
    update(isUndo ? source->undoText() : source->redoText());
    return action;
}

} // namespace

QString undoText(const QString& command)
{
    return command.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(lowerFirst(command));
}

QString redoText(const QString& command)
{
    return command.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(lowerFirst(command));
}

QAction* undo(QUndoStack* stack, QObject* parent)
{
    return make(stack, parent, true);
}

QAction* redo(QUndoStack* stack, QObject* parent)
{
    return make(stack, parent, false);
}

QAction* undo(QUndoGroup* group, QObject* parent)
{
    return make(group, parent, true);
}

QAction* redo(QUndoGroup* group, QObject* parent)
{
    return make(group, parent, false);
}

std::pair<QToolButton*, QToolButton*> buttons(QUndoStack* stack, QWidget* dialog)
{
    const auto button = [dialog](QAction* action, const QString& name) {
        dialog->addAction(action);
        auto* b = new QToolButton(dialog);
        b->setObjectName(name);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    return {button(undo(stack, dialog), u"undoToolButton"_s), button(redo(stack, dialog), u"redoToolButton"_s)};
}

} // namespace UndoActions
