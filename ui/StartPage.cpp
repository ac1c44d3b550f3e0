#include "StartPage.h"

#include "core/storage/Database.h"
#include "ui/Document.h"
#include "ui/common/Inputs.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    setObjectName(u"startPage"_s);
    auto* title = new QLabel(u"Wijkregie"_s, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("The register of the ward director: wards, initiatives and the residents who "
                                   "carry them."),
                                this);
    subtitle->setWordWrap(true);

    const auto button = [this](const QString& objectName, const QIcon& icon, const QString& text) {
        auto* b = new QPushButton(icon, text, this);
        b->setObjectName(objectName);
        b->setMinimumHeight(36);
        b->setIconSize(QSize(22, 22));
        return b;
    };
    QPushButton* newButton
        = button(u"newButton"_s, Inputs::icon(u"document-new"_s, QStyle::SP_FileIcon), tr("&New file..."));
    QPushButton* openButton
        = button(u"openButton"_s, Inputs::icon(u"document-open"_s, QStyle::SP_DialogOpenButton), tr("Open file..."));
    QPushButton* demoButton
        = button(u"demoButton"_s, Inputs::icon(u"applications-education"_s, QStyle::SP_ComputerIcon),
                 tr("Open the &demo municipality"));
    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch(1);

    m_recent->setObjectName(u"recentListWidget"_s);
    m_recent->setAlternatingRowColors(true);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(16);
    auto* recentLabel = new QLabel(tr("Recent files"), this);
    recentLabel->setObjectName(u"recentLabel"_s);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent files"));
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 40, 48, 40);
    outer->addLayout(column, 3);
    outer->addStretch(1);
}

void StartPage::setRecentFiles(const QStringList& files)
{
    m_recent->clear();
    for (const QString& path : files) {
        const bool server = Database::isServerUrl(path);
        const QString text = server
            ? tr("%1   (team database on %2)").arg(Document::displayName(path), QUrl(path).host())
            : u"%1   (%2)"_s.arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        auto* item = new QListWidgetItem(Inputs::icon(server ? u"network-server"_s : u"text-x-generic"_s,
                                                      server ? QStyle::SP_DriveNetIcon : QStyle::SP_FileIcon),
                                         text, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (files.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent files yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}
