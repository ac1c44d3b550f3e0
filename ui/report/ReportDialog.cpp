#include "ReportDialog.h"

#include "Error.h"
#include "ReportRenderer.h"
#include "storage/AuditLog.h"
#include "storage/WardRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportDialog::ReportDialog(Database& database, std::optional<qint64> wardId, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_wardRadio(new QRadioButton(tr("&Ward report for the chosen wards"), this))
    , m_overviewRadio(new QRadioButton(tr("&Municipality overview (all wards)"), this))
    , m_wardList(new QListWidget(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_authorEdit(new QLineEdit(this))
    , m_namesCheck(new QCheckBox(tr("Show residents' &names"), this))
    , m_namesWarning(new QLabel(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Council report"));
    m_wardRadio->setObjectName(u"wardRadioButton"_s);
    m_overviewRadio->setObjectName(u"overviewRadioButton"_s);
    m_wardList->setObjectName(u"wardListWidget"_s);
    m_fromEdit->setObjectName(u"fromDateEdit"_s);
    m_toEdit->setObjectName(u"toDateEdit"_s);
    m_authorEdit->setObjectName(u"authorLineEdit"_s);
    m_namesCheck->setObjectName(u"namesCheckBox"_s);
    m_message->setObjectName(u"messageLabel"_s);

    auto* whatBox = new QGroupBox(tr("What to print"), this);
    auto* whatLayout = new QVBoxLayout(whatBox);
    whatLayout->addWidget(m_wardRadio);
    whatLayout->addWidget(m_wardList);
    whatLayout->addWidget(m_overviewRadio);
    m_wardRadio->setChecked(true);
    for (const Ward& ward : WardRepository(database).all()) {
        auto* item = new QListWidgetItem(ward.name + u" ("_s + ward.code + u')', m_wardList);
        item->setData(Qt::UserRole, ward.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(wardId && *wardId == ward.id ? Qt::Checked : Qt::Unchecked);
        if (wardId && *wardId == ward.id) {
            m_wardList->scrollToItem(item);
        }
    }
    if (!wardId && m_wardList->count() > 0) {
        m_wardList->item(0)->setCheckState(Qt::Checked);
    }

    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"d MMMM yyyy"_s);
    }
    m_fromEdit->setDate(QDate(today.year(), 1, 1));
    m_toEdit->setDate(today);
    m_authorEdit->setText(AuditLog::osUser());
    m_namesWarning->setWordWrap(true);
    m_namesWarning->setText(tr("The report will contain personal data. Share it only with those who may see it."));
    m_namesWarning->setStyleSheet(u"color: #b22200"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b22200"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_fromEdit);
    form->addRow(tr("&To:"), m_toEdit);
    form->addRow(tr("&Prepared by:"), m_authorEdit);
    form->addRow(QString(), m_namesCheck);
    form->addRow(QString(), m_namesWarning);

    auto* buttons = new QDialogButtonBox(this);
    auto* preview = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    preview->setObjectName(u"previewButton"_s);
    print->setObjectName(u"printButton"_s);
    pdf->setObjectName(u"pdfButton"_s);
    connect(preview, &QPushButton::clicked, this, &ReportDialog::showPreview);
    connect(print, &QPushButton::clicked, this, &ReportDialog::printReport);
    connect(pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(whatBox);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_wardRadio, &QRadioButton::toggled, this, &ReportDialog::updateState);
    connect(m_namesCheck, &QCheckBox::toggled, this, &ReportDialog::updateState);
    updateState();
    resize(520, 560);
}

void ReportDialog::updateState()
{
    m_wardList->setEnabled(m_wardRadio->isChecked());
    m_namesWarning->setVisible(m_namesCheck->isChecked());
    m_message->clear();
}

ReportRequest ReportDialog::request() const
{
    ReportRequest r;
    r.overview = m_overviewRadio->isChecked();
    for (int i = 0; i < m_wardList->count(); ++i) {
        if (m_wardList->item(i)->checkState() == Qt::Checked) {
            r.wardIds << m_wardList->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    r.from = m_fromEdit->date();
    r.to = m_toEdit->date();
    r.withNames = m_namesCheck->isChecked();
    r.author = m_authorEdit->text().trimmed();
    return r;
}

std::optional<Report::Document> ReportDialog::buildReport()
{
    m_message->clear();
    m_message->setStyleSheet(u"color: #b22200"_s);
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto report = ReportBuilder(m_database).build(request());
        QApplication::restoreOverrideCursor();
        return report;
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        m_message->setText(e.message());
        return std::nullopt;
    }
}

void ReportDialog::showPreview()
{
    auto report = buildReport();
    if (!report) {
        return;
    }
    ReportRenderer renderer(*report);
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setDocName(report->title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(report->title);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* p) {
        try {
            renderer.print(*p);
        } catch (const Error& e) {
            m_message->setText(e.message());
        }
    });
    preview.resize(900, 1000);
    preview.exec();
}

void ReportDialog::printReport()
{
    auto report = buildReport();
    if (!report) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setDocName(report->title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        ReportRenderer(*report).print(printer);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Print"), e.message());
    }
}

bool ReportDialog::savePdf(const QString& path)
{
    auto report = buildReport();
    if (!report) {
        return false;
    }
    QString target = path;
    if (target.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString name = report->title + u' ' + report->printedOn.toString(Qt::ISODate) + u".pdf"_s;
        name.replace(u'/', u'-');
        target = QFileDialog::getSaveFileName(this, tr("Save report as PDF"), QDir(folder).filePath(name),
                                              tr("PDF documents (*.pdf)"));
        if (target.isEmpty()) {
            return false;
        }
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ReportRenderer(*report).writePdf(target);
        QApplication::restoreOverrideCursor();
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Save as PDF"), e.message());
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(target)));
    return true;
}
