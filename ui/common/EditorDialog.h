#pragma once

#include "ui/common/FieldErrors.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class FormScrollArea;

/// The frame of every record editor: a form, a general message line and OK/Cancel. OK saves through save(); when
/// that finds problems, the dialog stays open and shows each message next to its field. The form scrolls when the
/// screen is too small for it. It opens with the focus in its first field; Cancel, Escape or closing the window asks
/// first whether to save, discard or keep editing when anything changed.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditorDialog(QWidget* parent = nullptr);

    void accept() override;
    void reject() override;

    /// Whether anything was changed since the dialog opened.
    bool hasChanges() const;
    /// The first field of the dialog (the widget that gets the focus on open), or nullptr.
    QWidget* firstField() const;

protected:
    /// Reads the fields and saves (as an undoable command). Returns false, with `errors` filled, when the input is
    /// not valid; may throw ValidationError or Error, which are shown too.
    virtual bool save(QList<FieldError>& errors) = 0;
    /// The editor's state beyond its input widgets (records edited in memory, such as KPIs), as text to compare;
    /// hasChanges() compares it, with every field's value, to what it was on open.
    virtual QStringList extraState() const { return {}; }

    void showEvent(QShowEvent* event) override;

    /// Adds a form row for `field` with its error label under it.
    void addRow(const QString& label, const QString& key, QWidget* field);
    /// The same in `form`: the dialog's, its side column's (sideForm()) or a form of the editor's own (in a group
    /// box, on a tab).
    void addRow(QFormLayout* form, const QString& label, const QString& key, QWidget* field);
    QFormLayout* form() const { return m_form; }
    /// The form of a second column to the right of the first (made on first use), for an editor with more fields
    /// than fit a laptop's height in one column.
    QFormLayout* sideForm();
    FieldErrors& fieldErrors() { return m_errors; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

private:
    /// The values of every input widget of the dialog, and extraState().
    QStringList state() const;

    QFormLayout* m_form;
    QFormLayout* m_side = nullptr;
    class QHBoxLayout* m_columns;
    FormScrollArea* m_scroll;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    FieldErrors m_errors;
    QStringList m_opened;
    bool m_shown = false;
};
