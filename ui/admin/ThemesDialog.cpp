#include "ThemesDialog.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/SaveRecordCommand.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString joined(const QList<FieldError>& errors)
{
    QStringList messages;
    for (const FieldError& e : errors) {
        messages << e.message;
    }
    return messages.join(u'\n');
}
} // namespace

ThemesDialog::ThemesDialog(Document& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_rename(new QPushButton(tr("&Rename..."), this))
    , m_delete(new QPushButton(Inputs::icon(u"edit-delete"_s, QStyle::SP_TrashIcon), tr("&Delete"), this))
{
    setObjectName(u"themesDialog"_s);
    setWindowTitle(tr("Themes"));
    m_list->setObjectName(u"themesListWidget"_s);
    m_list->setAccessibleName(tr("Themes"));
    m_list->setAlternatingRowColors(true);
    auto* add = new QPushButton(Inputs::icon(u"list-add"_s, QStyle::SP_FileIcon), tr("&Add..."), this);
    add->setObjectName(u"addButton"_s);
    m_rename->setObjectName(u"renameButton"_s);
    m_delete->setObjectName(u"deleteButton"_s);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &ThemesDialog::addTheme);
    connect(m_rename, &QPushButton::clicked, this, &ThemesDialog::renameTheme);
    connect(m_delete, &QPushButton::clicked, this, &ThemesDialog::deleteTheme);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ThemesDialog::renameTheme);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_rename->setEnabled(currentId() > 0);
        m_delete->setEnabled(currentId() > 0);
    });
    connect(&document, &Document::changed, this, [this](Document::Kind kind) {
        if (kind == Document::Kind::Themes) {
            reload();
        }
    });
    reload();
    resize(420, 380);
}

void ThemesDialog::reload()
{
    const qint64 current = currentId();
    m_list->clear();
    for (const Theme& theme : m_document.themes().all()) {
        auto* item = new QListWidgetItem(theme.name, m_list);
        item->setData(Qt::UserRole, theme.id);
        if (theme.id == current) {
            m_list->setCurrentItem(item);
        }
    }
    m_rename->setEnabled(currentId() > 0);
    m_delete->setEnabled(currentId() > 0);
}

qint64 ThemesDialog::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ThemesDialog::addTheme()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("New theme"), tr("Name of the theme:"), QLineEdit::Normal, QString(), &ok)
              .trimmed();
    if (!ok) {
        return;
    }
    Theme theme;
    theme.name = name;
    if (const auto errors = m_document.themes().validate(theme); !errors.isEmpty()) {
        QMessageBox::warning(this, tr("New theme"), joined(errors));
        return;
    }
    try {
        m_document.execute(std::make_unique<SaveRecordCommand<ThemeRepository, Theme>>(
            m_document, Document::Kind::Themes, std::nullopt, theme, tr("Add theme")));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("New theme"), e.message());
    }
}

void ThemesDialog::renameTheme()
{
    const auto old = m_document.themes().find(currentId());
    if (!old) {
        return;
    }
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename theme"), tr("Name of the theme:"), QLineEdit::Normal, old->name, &ok)
              .trimmed();
    if (!ok || name == old->name) {
        return;
    }
    Theme theme = *old;
    theme.name = name;
    if (const auto errors = m_document.themes().validate(theme); !errors.isEmpty()) {
        QMessageBox::warning(this, tr("Rename theme"), joined(errors));
        return;
    }
    try {
        m_document.execute(std::make_unique<SaveRecordCommand<ThemeRepository, Theme>>(
            m_document, Document::Kind::Themes, old, theme, tr("Rename theme")));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Rename theme"), e.message());
    }
}

void ThemesDialog::deleteTheme()
{
    const auto theme = m_document.themes().find(currentId());
    if (!theme) {
        return;
    }
    if (QMessageBox::question(this, tr("Delete theme"), tr("Do you want to delete the theme %1?").arg(theme->name))
        != QMessageBox::Yes) {
        return;
    }
    try {
        m_document.execute(std::make_unique<SaveRecordCommand<ThemeRepository, Theme>>(
            m_document, Document::Kind::Themes, theme, std::nullopt, tr("Delete theme")));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Cannot delete"), e.message());
    }
}
