#include "FieldErrors.h"

#include <QLabel>
#include <QVBoxLayout>

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
    label->setStyleSheet(u"color: #b00020;"_s);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QWidget* FieldErrors::wrap(const QString& key, QWidget* field)
{
    auto* container = new QWidget;
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel* label = makeErrorLabel(key + u"ErrorLabel"_s, container);
    layout->addWidget(label);
    m_labels.insert(key, label);
    m_fields.insert(key, field);
    return container;
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
