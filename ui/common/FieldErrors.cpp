#include "FieldErrors.h"

#include "ui/common/Palette.h"

#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

FieldErrors::FieldErrors(QLabel* general)
    : m_general(general)
{
}

QLabel* FieldErrors::makeErrorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(Palette::textStyle(Palette::Text::Error));
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QWidget* FieldErrors::focusTarget(QWidget* field)
{
    QWidget* target = field;
    while (target->focusProxy()) {
        target = target->focusProxy();
    }
    return target;
}

QLabel* FieldErrors::addRow(QFormLayout* form, const QString& labelText, const QString& key, QWidget* field)
{
    QLabel* label = nullptr;
    QWidget* target = focusTarget(field);
    if (!labelText.isEmpty()) {
        label = new QLabel(labelText);
        label->setObjectName(key + u"Label"_s);
        label->setBuddy(target);
        form->addRow(label, field);
        if (target->accessibleName().isEmpty()) {
            // Also for lists and tables (which take no name from a label) and for an input inside a composite
            // widget (no sibling of its label).
            QString name = labelText;
            name.remove(QRegularExpression(u"&(?!&)"_s));
            name.replace(u"&&"_s, u"&"_s);
            if (name.endsWith(u':')) {
                name.chop(1);
            }
            target->setAccessibleName(name);
        }
    } else {
        form->addRow(field);
    }
    QLabel* error = makeErrorLabel(key + u"ErrorLabel"_s);
    form->addRow(static_cast<QWidget*>(nullptr), error);
    m_labels.insert(key, error);
    m_fields.insert(key, field);
    m_descriptions.insert(key, target->accessibleDescription());
    return label;
}

void FieldErrors::show(const QList<FieldError>& errors)
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const FieldError& e : errors) {
        if (m_labels.contains(e.field)) {
            byField[e.field] << e.message;
        } else {
            general << e.message;
        }
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!messages.isEmpty());
        QWidget* target = focusTarget(m_fields.value(it.key()));
        target->setAccessibleDescription(messages.isEmpty() ? m_descriptions.value(it.key()) : messages.join(u' '));
    }
    if (m_general) {
        m_general->setText(general.join(u'\n'));
        m_general->setVisible(!general.isEmpty());
    }
    for (const FieldError& e : errors) {
        if (QWidget* field = m_fields.value(e.field)) {
            field->setFocus();
            break;
        }
    }
}

void FieldErrors::clear()
{
    show({});
}
