#pragma once

#include <QAction>
#include <QUndoGroup>
#include <QUndoStack>

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

} // namespace UndoActions
