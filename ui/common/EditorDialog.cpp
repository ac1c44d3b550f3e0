#include "EditorDialog.h"

#include "core/Error.h"
#include "ui/common/WindowFit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EditorDialog::EditorDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_columns(new QHBoxLayout)
    , m_scroll(new FormScrollArea(this))
    , m_general(FieldErrors::makeErrorLabel(u"generalErrorLabel"_s, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_errors(m_general)
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto* formWidget = new QWidget;
    formWidget->setObjectName(u"formWidget"_s);
    formWidget->setLayout(m_columns);
    m_columns->setContentsMargins(0, 0, 0, 0);
    m_columns->setSpacing(24);
    m_columns->addLayout(m_form, 3);
    m_scroll->setObjectName(u"formScrollArea"_s);
    m_scroll->setWidget(formWidget);

    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditorDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);
}

void EditorDialog::addRow(const QString& label, const QString& key, QWidget* field)
{
    addRow(m_form, label, key, field);
}

void EditorDialog::addRow(QFormLayout* form, const QString& label, const QString& key, QWidget* field)
{
    m_errors.addRow(form, label, key, field);
    // The scroll area asked the form for its size when it took it, before any row; without this the dialog's size
    // hint would stay that of the empty form until the next event loop (an editor sized in its constructor).
    m_columns->invalidate();
    layout()->invalidate();
}

QFormLayout* EditorDialog::sideForm()
{
    if (!m_side) {
        m_side = new QFormLayout;
        m_side->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_side->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        m_side->setRowWrapPolicy(QFormLayout::DontWrapRows);
        m_columns->addLayout(m_side, 2);
    }
    return m_side;
}

QWidget* EditorDialog::firstField() const
{
    for (QWidget* w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled() || !w->isVisibleTo(this)) {
            continue;
        }
        // Not the buttons, tabs or a widget that hands its focus on (a tab widget to its tab bar).
        if (m_buttons->isAncestorOf(w) || qobject_cast<QTabBar*>(w) || qobject_cast<QTabWidget*>(w)
            || qobject_cast<QAbstractButton*>(w) || w->focusProxy()) {
            continue;
        }
        return w;
    }
    return nullptr;
}

void EditorDialog::showEvent(QShowEvent* event)
{
    if (!m_shown) {
        m_shown = true;
        m_scroll->setVisible(m_form->rowCount() > 0 || (m_side && m_side->rowCount() > 0));
        // Typing goes into the first field, never to OK or Cancel (a space would press them).
        QWidget* focus = focusWidget();
        if (!focus || focus == this || m_buttons->isAncestorOf(focus)) {
            if (QWidget* first = firstField()) {
                first->setFocus(Qt::OtherFocusReason);
            }
        }
        m_opened = state();
    }
    QDialog::showEvent(event);
}

QStringList EditorDialog::state() const
{
    QStringList values;
    for (QWidget* w : findChildren<QWidget*>()) {
        if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            // A combo box's or spin box's own line edit is read through its owner.
            if (!qobject_cast<QComboBox*>(w->parentWidget()) && !qobject_cast<QAbstractSpinBox*>(w->parentWidget())) {
                values << w->objectName() + u'=' + edit->text();
            }
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            values << w->objectName() + u'=' + plain->toPlainText();
        } else if (auto* text = qobject_cast<QTextEdit*>(w)) {
            if (!text->isReadOnly()) {
                values << w->objectName() + u'=' + text->toPlainText();
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            values << w->objectName() + u'=' + combo->currentText();
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            values << w->objectName() + u'=' + spin->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (button->isCheckable() && !m_buttons->isAncestorOf(button)) {
                values << w->objectName() + (button->isChecked() ? u"=1"_s : u"=0"_s);
            }
        } else if (auto* list = qobject_cast<QListWidget*>(w)) {
            QString checks;
            for (int row = 0; row < list->count(); ++row) {
                checks += list->item(row)->checkState() == Qt::Checked ? u'1' : u'0';
            }
            values << w->objectName() + u'=' + checks;
        }
    }
    values << extraState();
    return values;
}

bool EditorDialog::hasChanges() const
{
    return m_shown && state() != m_opened;
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

void EditorDialog::reject()
{
    if (hasChanges()) {
        QMessageBox box(QMessageBox::Question, windowTitle(), tr("Do you want to save your changes?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(u"discardMessageBox"_s);
        box.setInformativeText(tr("If you do not save, what you changed in this window is lost."));
        box.setDefaultButton(QMessageBox::Save);
        box.button(QMessageBox::Discard)->setText(tr("&Discard"));
        switch (box.exec()) {
        case QMessageBox::Save:
            accept();
            return;
        case QMessageBox::Discard:
            break;
        default:
            return;
        }
    }
    QDialog::reject();
}
