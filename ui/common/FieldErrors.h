#pragma once

#include "core/Error.h"

#include <QHash>
#include <QList>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

/// Shows validation messages next to the fields they are about. Each field gets a red label under it (object
/// name "<field>ErrorLabel"); messages for unknown fields go to the general label. A shown message is also the
/// field's accessible description, so that a screen reader reads it with the field's name.
class FieldErrors final
{
public:
    /// `general` shows messages that belong to no registered field.
    explicit FieldErrors(QLabel* general);

    /// Adds `field` as a row of `form` under `label` (none when empty), with its (hidden) error label in the row
    /// under it. The label's buddy is the field itself (or the widget it hands its focus to), a sibling of the
    /// label, so that its mnemonic focuses the field and a screen reader reads the label as the field's name.
    /// Returns the label (nullptr without one).
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& key, QWidget* field);
    /// Shows the messages (several for one field are joined); hides the labels of fields without one.
    void show(const QList<FieldError>& errors);
    void clear();
    QLabel* labelFor(const QString& key) const { return m_labels.value(key); }
    /// The field widget of a key, to give it focus.
    QWidget* fieldFor(const QString& key) const { return m_fields.value(key); }

    static QLabel* makeErrorLabel(const QString& objectName, QWidget* parent = nullptr);
    /// The widget that takes the focus for `field`: its focus proxy, else the field.
    static QWidget* focusTarget(QWidget* field);

private:
    QLabel* m_general;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QString> m_descriptions;
};
