#pragma once

#include "ui/Document.h"
#include "ui/common/ListView.h"
#include "ui/common/SaveRecordCommand.h"

#include <QCoreApplication>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

/// A list of one repository's records whose model, editor, deletion and dependents follow from its types: the
/// model is made over the document's Repository; the editor opens on the record (with the list's ward filter when
/// it takes one); a record is deleted through the one undo command (SaveRecordCommand), and the repository's
/// dependents(), where it has one, keep a referred-to record from being deleted. A feature's view adds only what
/// differs: its filters, its count text, its column widths and how the confirmation question names a record.
template<typename Repository, typename Model, typename Editor> class RecordListView : public ListView
{
public:
    using Record = typename decltype(std::declval<const Repository&>().find(qint64 {}))::value_type;

    /// `kind` is what a deletion changes; `deleteText` the text of its undo command, marked with QT_TR_NOOP in the
    /// concrete view and translated in that view's context.
    RecordListView(Document::Kind kind, const char* deleteText, QWidget* parent)
        : ListView(parent)
        , m_kind(kind)
        , m_deleteText(deleteText)
    {
    }

protected:
    /// How the confirmation question names `record` ("partner “De Brug”").
    virtual QString describeRecord(const Record& record) const = 0;

    LazyTableModel* createModel(Document& document) override { return new Model(document.repository<Repository>()); }

    void openEditor(Document& document, qint64 id) override
    {
        if constexpr (std::is_constructible_v<Editor, Document&, qint64, QWidget*, std::optional<qint64>>) {
            Editor editor(document, id, this, wardFilter());
            editor.exec();
        } else {
            Editor editor(document, id, this);
            editor.exec();
        }
    }

    /// Refused by the repository (the list shows the message) when other records still refer to it.
    void deleteRecord(Document& document, qint64 id) override
    {
        if (auto record = document.repository<Repository>().find(id)) {
            document.execute(std::make_unique<SaveRecordCommand<Repository, Record>>(
                document, m_kind, std::move(record), std::nullopt,
                QCoreApplication::translate(metaObject()->className(), m_deleteText)));
        }
    }

    QString describe(Document& document, qint64 id) const override
    {
        const auto record = document.repository<Repository>().find(id);
        return record ? describeRecord(*record) : QString();
    }

    QStringList dependents(Document& document, qint64 id) const override
    {
        if constexpr (requires(const Repository& repository) { repository.dependents(id); }) {
            return document.repository<Repository>().dependents(id);
        } else {
            return ListView::dependents(document, id);
        }
    }

private:
    Document::Kind m_kind;
    const char* m_deleteText;
};
