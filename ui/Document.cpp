#include "Document.h"

#include "common/SaveRecordCommand.h"

#include <QFileInfo>

Document::Document(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_undoStack(new QUndoStack(this))
    , m_repositories(*m_database)
{
    // Between edits the main file holds everything: a sync client or a copy made by hand takes that file alone.
    m_database->setCheckpointAfterCommit(true);
}

Document::~Document()
{
    // The commands refer to this document; they go first.
    m_undoStack->clear();
}

QString Document::fileName() const
{
    return QFileInfo(m_database->path()).fileName();
}

void Document::execute(std::unique_ptr<RecordCommand> command)
{
    command->applyNow();
    m_undoStack->push(command.release());
}
