#pragma once

#include "Error.h"

#include <QHash>
#include <QList>
#include <QString>

class QLabel;
class QWidget;

/// Shows validation messages next to the fields they are about. Each field is wrapped with a red label under it
/// (object name "<field>ErrorLabel"); messages for unknown fields go to the general label.
class FieldErrors final
{
public:
    /// `general` shows messages that belong to no registered field.
    explicit FieldErrors(QLabel* general);

    /// Returns a widget with `field` and its (hidden) error label under it, for a form layout row.
    QWidget* wrap(const QString& key, QWidget* field);
    /// Shows the messages (several for one field are joined); hides the labels of fields without one.
    void show(const QList<FieldError>& errors);
    void clear();
    QLabel* labelFor(const QString& key) const { return m_labels.value(key); }
    /// The field widget of a key, to give it focus.
    QWidget* fieldFor(const QString& key) const { return m_fields.value(key); }

    static QLabel* makeErrorLabel(const QString& objectName, QWidget* parent = nullptr);

private:
    QLabel* m_general;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QWidget*> m_fields;
};
