#include "AuditLogDialog.h"

#include "core/Error.h"
#include "core/csv/AuditCsv.h"
#include "core/io/SafeOutput.h"
#include "core/privacy/PersonalDataUse.h"
#include "ui/Document.h"
#include "ui/admin/AuditModel.h"
#include "ui/common/Inputs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuditLogDialog::AuditLogDialog(Document& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new AuditModel(document.database(), this))
    , m_from(Inputs::makeDateLineEdit(u"fromLineEdit"_s))
    , m_to(Inputs::makeDateLineEdit(u"toLineEdit"_s))
    , m_user(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"auditLogDialog"_s);
    setWindowTitle(tr("Audit log"));
    m_user->setObjectName(u"userComboBox"_s);
    m_entity->setObjectName(u"entityComboBox"_s);
    m_action->setObjectName(u"actionComboBox"_s);
    m_table->setObjectName(u"auditTableView"_s);
    m_count->setObjectName(u"countLabel"_s);
    const AuditLog auditLog(document.database());
    m_user->addItem(tr("All users"), QString());
    for (const QString& user : auditLog.users()) {
        m_user->addItem(user, user);
    }
    m_entity->addItem(tr("All entities"), QString());
    for (const QString& entity : auditLog.entities()) {
        m_entity->addItem(entity, entity);
    }
    m_action->addItem(tr("All actions"), QString());
    for (const QString& action : AuditLog::actions()) {
        m_action->addItem(AuditModel::actionLabel(action), action);
    }

    auto* filters = new QFormLayout;
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    filters->addRow(fromLabel, period);
    filters->addRow(tr("&User:"), m_user);
    filters->addRow(tr("&Entity:"), m_entity);
    filters->addRow(tr("&Action:"), m_action);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));

    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Audit log"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(AuditModel::Time, 130);
    m_table->horizontalHeader()->resizeSection(AuditModel::Fields, 260);

    const auto refresh = [this] {
        applyFilter();
    };
    connect(m_from, &QLineEdit::editingFinished, this, refresh);
    connect(m_to, &QLineEdit::editingFinished, this, refresh);
    for (QComboBox* box : {m_user, m_entity, m_action}) {
        connect(box, &QComboBox::currentIndexChanged, this, refresh);
    }
    connect(m_model, &LazyTableModel::totalCountChanged, this,
            [this](int n) { m_count->setText(tr("%n entry(ies)", nullptr, n)); });
    m_count->setText(tr("%n entry(ies)", nullptr, m_model->totalCount()));

    auto* exportButton = new QPushButton(tr("Export as CSV..."), this);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setAutoDefault(false);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
        try {
            exportTo(path);
        } catch (const Error& e) {
            QMessageBox::warning(this, tr("Export the audit log"), e.message());
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(exportButton);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    resize(900, 560);
}

bool AuditLogDialog::applyFilter()
{
    QList<FieldError> errors;
    AuditQuery filter;
    filter.from = Inputs::readDate(m_from, u"from"_s, errors);
    filter.to = Inputs::readDate(m_to, u"to"_s, errors);
    if (!errors.isEmpty()) {
        m_count->setText(errors.constFirst().message);
        return false;
    }
    filter.user = m_user->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    filter.action = m_action->currentData().toString();
    m_model->setFilter(filter);
    m_count->setText(tr("%n entry(ies)", nullptr, m_model->totalCount()));
    return true;
}

void AuditLogDialog::exportTo(const QString& path)
{
    SafeOutput::Options options;
    options.protectedFiles = {m_document.filePath()};
    options.content = OutputContent::PersonalData;
    AuditLog auditLog(m_document.database());
    const QList<AuditEntry> entries = auditLog.list(m_model->filter());
    SafeOutput::save(path, options, [&](QIODevice& out) { AuditCsv::write(out, CsvDialect::ExcelNl, entries); });
    PersonalDataUse::record(m_document.database(), {u"audit_log"_s, AuditLog::Export, entries.size(), path});
    applyFilter();
}
