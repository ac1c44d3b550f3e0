#include "AboutDialog.h"

#include "ui/help/AppIcon.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Wijkregie"));

    auto* iconLabel = new QLabel(this);
    iconLabel->setObjectName(u"iconLabel"_s);
    iconLabel->setPixmap(AppIcon::icon().pixmap(QSize(64, 64)));
    iconLabel->setAlignment(Qt::AlignTop);

    auto* textLabel = new QLabel(this);
    textLabel->setObjectName(u"aboutTextLabel"_s);
    textLabel->setWordWrap(true);
    textLabel->setOpenExternalLinks(true);
    textLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    textLabel->setText(
        u"<h3>Wijkregie %1</h3>"_s.arg(QStringLiteral(WIJKREGIE_VERSION)) + u"<p>"_s
        + tr("The register of the ward director: wards, resident initiatives and the residents who carry them, and "
             "which initiatives are at risk of stopping.")
        + u"</p><p>"_s
        + tr("Licence: GPL-3.0-or-later. Wijkregie is free software: you may share and change it under the terms "
             "of the GNU General Public License, version 3 or (at your option) any later version. It comes without "
             "any warranty.")
        + u"</p><p>"_s + tr("Reports are set in DejaVu Sans, included in Wijkregie under the Bitstream Vera licence.")
        + u"</p>"_s);
    textLabel->setMinimumWidth(420);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(u"aboutQtPushButton"_s);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(iconLabel);
    row->addWidget(textLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}
