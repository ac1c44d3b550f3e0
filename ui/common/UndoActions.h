#pragma once

#include <QAction>
#include <QUndoGroup>
#include <QUndoStack>
#include <utility>

class QToolButton;
class QWidget;

/// Undo and redo actions whose text names the command after a colon ("Undo: add ward", in Dutch "Ongedaan maken:
/// wijk toevoegen") instead of Qt's prefix glued to the command ("Ongedaan maken Wijk toevoegen"), with the
/// platform's shortcuts (QKeySequence::Undo and Redo) and the theme's icons.
namespace UndoActions {

QAction* undo(QUndoStack* stack, QObject* parent);
QAction* redo(QUndoStack* stack, QObject* parent);
QAction* undo(QUndoGroup* group, QObject* parent);
QAction* redo(QUndoGroup* group, QObject* parent);

/// "Undo: add ward" for the command text "Add ward" (empty: "Undo").
QString undoText(const QString& command);
QString redoText(const QString& command);

/// Undo and redo inside a dialog, where the main window's actions are out of reach while it is open: both actions
/// added to `dialog` (their shortcuts work there) and a tool button for each, its text beside its icon, named
/// undoToolButton and redoToolButton.
std::pair<QToolButton*, QToolButton*> buttons(QUndoStack* stack, QWidget* dialog);

} // namespace UndoActions
