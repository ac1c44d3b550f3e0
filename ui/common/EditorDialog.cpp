#include "EditorDialog.h"

#include "Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EditorDialog::EditorDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_general(FieldErrors::makeErrorLabel(u"generalErrorLabel"_s, this))
    , m_errors(m_general)
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditorDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
}

void EditorDialog::addRow(const QString& label, const QString& key, QWidget* field)
{
    m_form->addRow(label, m_errors.wrap(key, field));
}

void EditorDialog::accept()
{
    QList<FieldError> errors;
    try {
        if (save(errors)) {
            m_errors.clear();
            QDialog::accept();
            return;
        }
    } catch (const ValidationError& e) {
        errors = e.fieldErrors();
    } catch (const Error& e) {
        errors = {FieldError {QString(), e.message()}};
    }
    m_errors.show(errors);
}
