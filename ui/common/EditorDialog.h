#pragma once

#include "common/FieldErrors.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

/// The frame of every record editor: a form, a general message line and OK/Cancel. OK saves through save(); when
/// that finds problems, the dialog stays open and shows each message next to its field.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditorDialog(QWidget* parent = nullptr);

    void accept() override;

protected:
    /// Reads the fields and saves (as an undoable command). Returns false, with `errors` filled, when the input is
    /// not valid; may throw ValidationError or Error, which are shown too.
    virtual bool save(QList<FieldError>& errors) = 0;

    /// Adds a form row for `field` with its error label under it.
    void addRow(const QString& label, const QString& key, QWidget* field);
    QFormLayout* form() const { return m_form; }
    FieldErrors& fieldErrors() { return m_errors; }

private:
    QFormLayout* m_form;
    QLabel* m_general;
    FieldErrors m_errors;
};
