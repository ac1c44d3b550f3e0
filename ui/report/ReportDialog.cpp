#include "ReportDialog.h"

#include "core/Error.h"
#include "core/privacy/PersonalDataUse.h"
#include "core/storage/AuditLog.h"
#include "core/storage/WardNoteRepository.h"
#include "core/storage/WardRepository.h"
#include "ui/common/Background.h"
#include "ui/common/Inputs.h"
#include "ui/common/Palette.h"
#include "ui/report/ReportFonts.h"
#include "ui/report/ReportRenderer.h"
#include "ui/settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPaintEngine>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

bool sameRequest(const ReportRequest& a, const ReportRequest& b)
{
    return a.wardIds == b.wardIds && a.overview == b.overview && a.from == b.from && a.to == b.to
        && a.withNames == b.withNames && a.author == b.author && a.today == b.today;
}

} // namespace

ReportDialog::ReportDialog(Database& database, std::optional<qint64> wardId, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_wardRadio(new QRadioButton(tr("&Ward report for the chosen wards"), this))
    , m_overviewRadio(new QRadioButton(tr("&Municipality overview (all wards)"), this))
    , m_wardSearch(new QLineEdit(this))
    , m_wardList(new QListWidget(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_authorEdit(new QLineEdit(this))
    , m_namesCheck(new QCheckBox(tr("Show residents' &names"), this))
    , m_namesWarning(new QLabel(this))
    , m_message(new QLabel(this))
    , m_noteWardCombo(new QComboBox(this))
    , m_noteEdit(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Council report"));
    ReportFonts::family(); // registers the bundled font here, in the GUI thread, before any worker lays out
    m_wardRadio->setObjectName(u"wardRadioButton"_s);
    m_overviewRadio->setObjectName(u"overviewRadioButton"_s);
    m_wardList->setObjectName(u"wardListWidget"_s);
    m_wardSearch->setObjectName(u"wardSearchLineEdit"_s);
    m_wardSearch->setPlaceholderText(tr("Filter wards by name or code..."));
    m_wardSearch->setClearButtonEnabled(true);
    m_wardList->setAccessibleName(tr("Wards in the report"));
    m_fromEdit->setObjectName(u"fromDateEdit"_s);
    m_toEdit->setObjectName(u"toDateEdit"_s);
    m_authorEdit->setObjectName(u"authorLineEdit"_s);
    m_namesCheck->setObjectName(u"namesCheckBox"_s);
    m_message->setObjectName(u"messageLabel"_s);
    m_noteWardCombo->setObjectName(u"noteWardComboBox"_s);
    m_noteEdit->setObjectName(u"notePlainTextEdit"_s);

    auto* whatBox = new QGroupBox(tr("What to print"), this);
    auto* whatLayout = new QVBoxLayout(whatBox);
    whatLayout->addWidget(m_wardRadio);
    whatLayout->addWidget(m_wardSearch);
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
    // The name used last; the first time the login name, when the system knows one.
    QString author = Settings().reportAuthor();
    if (author.isEmpty()) {
        author = AuditLog::osUser();
        if (author == u"unknown"_s) {
            author.clear();
        }
    }
    m_authorEdit->setText(author);
    m_authorEdit->setPlaceholderText(tr("Your name"));
    m_namesWarning->setWordWrap(true);
    m_namesWarning->setText(tr("The report will contain personal data. Share it only with those who may see it."));
    m_namesWarning->setStyleSheet(Palette::textStyle(Palette::Text::Error));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::textStyle(Palette::Text::Error));

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_fromEdit);
    form->addRow(tr("&To:"), m_toEdit);
    form->addRow(tr("&Prepared by:"), m_authorEdit);
    form->addRow(QString(), m_namesCheck);
    form->addRow(QString(), m_namesWarning);

    // The ward director's own words, per ward and period, printed at the top of the ward's section.
    auto* noteBox = new QGroupBox(tr("Your notes per ward, printed at the top of its section"), this);
    auto* noteLayout = new QFormLayout(noteBox);
    noteLayout->addRow(tr("Wa&rd:"), m_noteWardCombo);
    noteLayout->addRow(tr("Not&es for this period:"), m_noteEdit);
    m_noteEdit->setPlaceholderText(tr("What the council should know about this ward in this period."));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMinimumHeight(70);

    auto* buttons = new QDialogButtonBox(this);
    auto* preview = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    auto* odt = buttons->addButton(tr("Save as &ODT…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    preview->setObjectName(u"previewButton"_s);
    print->setObjectName(u"printButton"_s);
    pdf->setObjectName(u"pdfButton"_s);
    odt->setObjectName(u"odtButton"_s);
    connect(preview, &QPushButton::clicked, this, &ReportDialog::showPreview);
    connect(print, &QPushButton::clicked, this, &ReportDialog::printReport);
    connect(pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(odt, &QPushButton::clicked, this, [this] { saveOdt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(whatBox);
    layout->addLayout(form);
    layout->addWidget(noteBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_wardSearch, &QLineEdit::textChanged, this, &ReportDialog::filterWards);
    connect(m_wardRadio, &QRadioButton::toggled, this, &ReportDialog::updateState);
    connect(m_namesCheck, &QCheckBox::toggled, this, &ReportDialog::updateState);
    connect(m_wardList, &QListWidget::itemChanged, this, &ReportDialog::updateNoteWards);
    connect(m_wardRadio, &QRadioButton::toggled, this, &ReportDialog::updateNoteWards);
    connect(m_noteWardCombo, &QComboBox::currentIndexChanged, this, &ReportDialog::loadNote);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &ReportDialog::loadNote);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &ReportDialog::loadNote);
    updateState();
    updateNoteWards();
    resize(520, 600);
}

void ReportDialog::filterWards(const QString& text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_wardList->count(); ++i) {
        QListWidgetItem* item = m_wardList->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

ReportDialog::~ReportDialog()
{
    keepNote(); // closing the dialog keeps what was typed
}

void ReportDialog::updateNoteWards()
{
    const qint64 current = m_noteWardCombo->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_noteWardCombo);
        m_noteWardCombo->clear();
        for (int i = 0; i < m_wardList->count(); ++i) {
            const QListWidgetItem* item = m_wardList->item(i);
            if (m_overviewRadio->isChecked() || item->checkState() == Qt::Checked) {
                m_noteWardCombo->addItem(item->text(), item->data(Qt::UserRole));
            }
        }
        const int index = m_noteWardCombo->findData(current);
        m_noteWardCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    loadNote();
}

bool ReportDialog::keepNote()
{
    if (m_noteWard == 0 || m_noteEdit->toPlainText().trimmed() == m_noteStored) {
        return true;
    }
    try {
        WardNoteRepository(m_database).save(m_noteWard, m_noteFrom, m_noteTo, m_noteEdit->toPlainText());
        m_noteStored = m_noteEdit->toPlainText().trimmed();
        m_renderer.reset(); // the report says something else now
        m_rendered.reset();
        return true;
    } catch (const Error& e) {
        m_message->setStyleSheet(Palette::textStyle(Palette::Text::Error));
        m_message->setText(e.message());
        return false;
    }
}

void ReportDialog::loadNote()
{
    keepNote();
    m_noteWard = m_noteWardCombo->currentData().toLongLong();
    m_noteFrom = m_fromEdit->date();
    m_noteTo = m_toEdit->date();
    try {
        m_noteStored = m_noteWard == 0 || m_noteFrom > m_noteTo
            ? QString()
            : WardNoteRepository(m_database).find(m_noteWard, m_noteFrom, m_noteTo);
    } catch (const Error& e) {
        m_noteStored.clear();
        m_message->setText(e.message());
    }
    m_noteEdit->setPlainText(m_noteStored);
    m_noteEdit->setEnabled(m_noteWard != 0 && m_noteFrom <= m_noteTo);
}

void ReportDialog::updateState()
{
    m_wardList->setEnabled(m_wardRadio->isChecked());
    m_wardSearch->setEnabled(m_wardRadio->isChecked());
    m_namesWarning->setVisible(m_namesCheck->isChecked());
    m_message->clear();
}

ReportRequest ReportDialog::request() const
{
    ReportRequest r;
    r.overview = m_overviewRadio->isChecked();
    if (!r.overview) {
        for (int i = 0; i < m_wardList->count(); ++i) {
            if (m_wardList->item(i)->checkState() == Qt::Checked) {
                r.wardIds << m_wardList->item(i)->data(Qt::UserRole).toLongLong();
            }
        }
    }
    r.from = m_fromEdit->date();
    r.to = m_toEdit->date();
    r.withNames = m_namesCheck->isChecked();
    r.author = m_authorEdit->text().trimmed();
    return r;
}

void ReportDialog::showWarnings(const QStringList& warnings)
{
    if (warnings.isEmpty()) {
        return;
    }
    QStringList shown = warnings.mid(0, 5);
    if (warnings.size() > 5) {
        shown << tr("… and %n more.", nullptr, int(warnings.size() - 5));
    }
    m_message->setStyleSheet(Palette::textStyle(Palette::Text::Warning));
    m_message->setText(shown.join(u'\n'));
}

ReportRenderer* ReportDialog::prepare()
{
    m_message->clear();
    m_message->setStyleSheet(Palette::textStyle(Palette::Text::Error));
    if (!keepNote()) {
        return nullptr;
    }
    const ReportRequest wanted = request();
    if (m_renderer && m_rendered && sameRequest(*m_rendered, wanted)) {
        showWarnings(m_renderer->warnings());
        return m_renderer.get();
    }
    const QString path = m_database.path();
    try {
        m_database.checkpoint(); // the worker's own connection sees everything stored so far
    } catch (const Error& e) {
        m_message->setText(e.message());
        return nullptr;
    }
    struct Prepared
    {
        std::shared_ptr<ReportRenderer> renderer;
        qint64 wards = 0;
    };
    const TaskResult<Prepared> result = Background::runWithProgress<Prepared>(
        this, tr("Preparing the report…"), [path, wanted](TaskControl& control) {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            const auto db = Database::open(path, options);
            control.setProgress(2);
            Report::Document report = ReportBuilder(*db).build(wanted);
            Prepared prepared;
            prepared.wards = report.wards.size();
            prepared.renderer = std::make_shared<ReportRenderer>(std::move(report));
            control.throwIfCancelled();
            prepared.renderer->layout(control.callback(40, 100));
            return prepared;
        });
    if (!result.ok()) {
        m_message->setText(result.cancelled ? tr("Cancelled.") : result.error->message());
        return nullptr;
    }
    m_renderer = result.value.renderer;
    m_renderedWards = result.value.wards;
    m_rendered = wanted;
    Settings().setReportAuthor(wanted.author);
    showWarnings(m_renderer->warnings());
    return m_renderer.get();
}

void ReportDialog::showPreview()
{
    ReportRenderer* renderer = prepare();
    if (!renderer) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setDocName(m_renderer->pageHeaders().value(1));
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(u"reportPreviewDialog"_s);
    preview.setWindowTitle(tr("Council report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, renderer](QPrinter* p) {
        try {
            // The preview paints into pictures; its Print button paints onto the printer: that is recorded first.
            if (m_rendered && m_rendered->withNames && p->paintEngine()
                && p->paintEngine()->type() != QPaintEngine::Picture) {
                PersonalDataUse::record(m_database, {u"report"_s, AuditLog::Report, m_renderedWards, {}});
            }
            renderer->print(*p);
        } catch (const Error& e) {
            m_message->setText(e.message());
        }
    });
    preview.resize(900, 1000);
    preview.exec();
}

void ReportDialog::printReport()
{
    ReportRenderer* renderer = prepare();
    if (!renderer) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        if (m_rendered && m_rendered->withNames) {
            // Paper cannot be taken back: recorded first (BIO 8.15).
            PersonalDataUse::record(m_database, {u"report"_s, AuditLog::Report, m_renderedWards, {}});
        }
        renderer->print(printer);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Print"), e.message());
    }
}

QString ReportDialog::askPath(const QString& suffix, const QString& filter)
{
    const ReportRequest r = request();
    QString title = r.overview ? tr("Municipality overview") : tr("Ward report");
    const QString folder = Inputs::documentsFolder();
    QString name = title + u' ' + QDate::currentDate().toString(Qt::ISODate) + suffix;
    name.replace(u'/', u'-');
    return QFileDialog::getSaveFileName(this, tr("Save report"), QDir(folder).filePath(name), filter);
}

bool ReportDialog::save(const QString& path, bool odt)
{
    // The path first, then the work: the save dialog appears at once.
    const QString target = path.isEmpty()
        ? askPath(odt ? u".odt"_s : u".pdf"_s, odt ? tr("OpenDocument text (*.odt)") : tr("PDF documents (*.pdf)"))
        : path;
    if (target.isEmpty()) {
        return false;
    }
    ReportRenderer* renderer = prepare();
    if (!renderer) {
        return false;
    }
    std::shared_ptr<ReportRenderer> keep = m_renderer;
    keep->setProtectedFiles({m_database.path()});
    try {
        keep->checkTarget(target);
    } catch (const Error& e) {
        m_message->setText(e.message());
        return false;
    }
    const TaskResult<bool> result = Background::runWithProgress<bool>(
        this, odt ? tr("Saving the ODT…") : tr("Saving the PDF…"), [keep, target, odt](TaskControl& control) {
            if (odt) {
                keep->writeOdt(target);
            } else {
                keep->writePdf(target, control.callback());
            }
            return true;
        });
    if (!result.ok()) {
        if (!result.cancelled) {
            QMessageBox::warning(this, odt ? tr("Save as ODT") : tr("Save as PDF"), result.error->message());
        }
        m_message->setText(result.cancelled ? tr("Cancelled; nothing was written.") : result.error->message());
        return false;
    }
    if (m_rendered && m_rendered->withNames) {
        try {
            PersonalDataUse::record(m_database, {u"report"_s, AuditLog::Report, m_renderedWards, target});
        } catch (const Error& e) {
            m_message->setText(e.message()); // removed again, and it says why
            return false;
        }
    }
    m_message->setStyleSheet(QString());
    QString text = tr("Saved as %1.").arg(QDir::toNativeSeparators(target));
    if (!renderer->warnings().isEmpty()) {
        text += u'\n' + renderer->warnings().join(u'\n');
    }
    m_message->setText(text);
    return true;
}

bool ReportDialog::savePdf(const QString& path)
{
    return save(path, false);
}

bool ReportDialog::saveOdt(const QString& path)
{
    return save(path, true);
}
