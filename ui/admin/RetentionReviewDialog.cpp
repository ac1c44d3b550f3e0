#include "RetentionReviewDialog.h"

#include "core/Error.h"
#include "core/privacy/PersonErasure.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/WardRepository.h"
#include "ui/Document.h"
#include "ui/common/Background.h"
#include "ui/common/ColumnTitles.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

/// The date that goes with the reason: when the consent was withdrawn or ended, or the last trace of the person.
QDate reasonDate(const RetentionCandidate& c)
{
    switch (c.reason) {
    case RetentionCandidate::Reason::ConsentWithdrawn:
        return c.consentWithdrawn;
    case RetentionCandidate::Reason::ConsentExpired:
        return c.consentExpires;
    case RetentionCandidate::Reason::Inactive:
        break;
    }
    return c.lastSeen;
}

QHash<qint64, QString> wardNames(Document& document)
{
    QHash<qint64, QString> names;
    for (const Ward& w : document.wards().all()) {
        names.insert(w.id, w.code + u' ' + w.name);
    }
    return names;
}

QString backupList(const QStringList& backups)
{
    QStringList lines;
    for (const QString& backup : backups) {
        lines << QDir::toNativeSeparators(backup);
    }
    return lines.join(u'\n');
}

/// Space ticks or unticks the current row, wherever the cursor is in it.
class SpaceToggles final : public QObject
{
public:
    SpaceToggles(QTableView* view, RetentionModel* model)
        : QObject(view)
        , m_view(view)
        , m_model(model)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space
            && static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier && m_view->currentIndex().isValid()) {
            m_model->toggle(m_view->currentIndex().row());
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_view;
    RetentionModel* m_model;
};

} // namespace

RetentionModel::RetentionModel(QList<RetentionCandidate> candidates, int months, QHash<qint64, QString> wardNames,
                               QObject* parent)
    : LazyRowModel<RetentionRow>(parent)
    , m_months(months)
    , m_wardNames(std::move(wardNames))
{
    m_candidates.reserve(candidates.size());
    for (RetentionCandidate& c : candidates) {
        m_candidates << RetentionRow {c.personId, std::move(c)};
    }
    reload();
}

QList<qint64> RetentionModel::tickedIds() const
{
    QList<qint64> ids;
    for (const RetentionRow& r : m_candidates) {
        if (m_ticked.contains(r.id)) {
            ids << r.id;
        }
    }
    return ids;
}

void RetentionModel::setAllTicked(bool ticked)
{
    m_ticked.clear();
    if (ticked) {
        for (const RetentionRow& r : std::as_const(m_candidates)) {
            m_ticked.insert(r.id);
        }
    }
    if (rowCount() > 0) {
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::CheckStateRole});
    }
    emit tickedChanged(tickedCount());
}

void RetentionModel::toggle(int row)
{
    const qint64 id = idAt(row);
    if (id <= 0) {
        return;
    }
    setData(index(row, Name), m_ticked.contains(id) ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void RetentionModel::remove(const QList<qint64>& ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    m_candidates.removeIf([&gone](const RetentionRow& r) { return gone.contains(r.id); });
    m_ticked.subtract(gone);
    reload();
    emit tickedChanged(tickedCount());
}

int RetentionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionModel::data(const QModelIndex& index, int role) const
{
    if (!hasRow(index)) {
        return {};
    }
    const RetentionRow& row = rowAt(index.row());
    const RetentionCandidate& c = row.candidate;
    if (role == Qt::CheckStateRole) {
        return index.column() == Name ? QVariant(m_ticked.contains(row.id) ? Qt::Checked : Qt::Unchecked) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        return c.reasonText(m_months);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return c.name.isEmpty() ? tr("Resident %1").arg(row.id) : c.name;
    case Ward:
        return c.wardId ? m_wardNames.value(*c.wardId, c.wardCode) : c.wardCode;
    case Reason:
        switch (c.reason) {
        case RetentionCandidate::Reason::ConsentWithdrawn:
            return tr("Consent withdrawn");
        case RetentionCandidate::Reason::ConsentExpired:
            return tr("Consent ended");
        case RetentionCandidate::Reason::Inactive:
            break;
        }
        return tr("Inactive for more than %n month(s)", nullptr, m_months);
    case Date: {
        const QDate date = reasonDate(c);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("nothing recorded");
    }
    default:
        return {};
    }
}

bool RetentionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!hasRow(index) || index.column() != Name || role != Qt::CheckStateRole) {
        return false;
    }
    const qint64 id = rowAt(index.row()).id;
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        m_ticked.insert(id);
    } else {
        m_ticked.remove(id);
    }
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit tickedChanged(tickedCount());
    return true;
}

Qt::ItemFlags RetentionModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = LazyRowModel<RetentionRow>::flags(index);
    if (index.isValid() && index.column() == Name) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant RetentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ColumnTitles::header(*this, {tr("Resident"), tr("Ward"), tr("Reason"), tr("Last activity or consent date")},
                                section, orientation, role);
}

int RetentionModel::queryCount(const ListQuery&) const
{
    return int(m_candidates.size());
}

QList<RetentionRow> RetentionModel::queryRows(const ListQuery&, int offset, int limit) const
{
    return m_candidates.mid(offset, limit);
}

RetentionReviewDialog::RetentionReviewDialog(Document& document, const QList<RetentionCandidate>& candidates,
                                             const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_today(today.isValid() ? today : QDate::currentDate())
    , m_model(
          new RetentionModel(candidates, RetentionRepository(document.database()).months(), wardNames(document), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_anonymise(new QPushButton(tr("&Anonymise ticked residents..."), this))
{
    setObjectName(u"retentionReviewDialog"_s);
    setWindowTitle(tr("Retention review"));
    m_table->setObjectName(u"retentionTableView"_s);
    m_count->setObjectName(u"tickedCountLabel"_s);
    m_anonymise->setObjectName(u"anonymiseButton"_s);

    auto* intro = new QLabel(
        tr("%n resident(s) had nothing recorded for longer than the retention period (%1 months), or their consent "
           "was withdrawn or has ended (AVG art. 5(1)(e): storage limitation). Tick the residents to anonymise: their "
           "names, contact details, notes, skills and consent are erased; their hours, involvements and roles stay, "
           "no longer linked to them.",
           nullptr, int(candidates.size()))
            .arg(m_model->months()),
        this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);

    auto* listLabel = new QLabel(tr("&Residents to review:"), this);
    listLabel->setBuddy(m_table);
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Residents to review"));
    m_table->setAccessibleDescription(tr("Space ticks or unticks the resident in the current row."));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(RetentionModel::Name, 220);
    m_table->horizontalHeader()->resizeSection(RetentionModel::Ward, 170);
    m_table->horizontalHeader()->resizeSection(RetentionModel::Reason, 250);
    m_table->installEventFilter(new SpaceToggles(m_table, m_model));
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, RetentionModel::Name));
    }

    auto* selectAll = new QPushButton(tr("Select a&ll"), this);
    selectAll->setObjectName(u"selectAllButton"_s);
    selectAll->setAutoDefault(false);
    auto* selectNone = new QPushButton(tr("Select &none"), this);
    selectNone->setObjectName(u"selectNoneButton"_s);
    selectNone->setAutoDefault(false);
    connect(selectAll, &QPushButton::clicked, this, [this] { m_model->setAllTicked(true); });
    connect(selectNone, &QPushButton::clicked, this, [this] { m_model->setAllTicked(false); });
    connect(m_model, &RetentionModel::tickedChanged, this, &RetentionReviewDialog::updateState);
    auto* selection = new QHBoxLayout;
    selection->addWidget(selectAll);
    selection->addWidget(selectNone);
    selection->addWidget(m_count, 1);

    m_anonymise->setAutoDefault(false);
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionReviewDialog::anonymiseTicked);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_anonymise, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(selection);
    layout->addWidget(buttons);
    updateState();
    resize(900, 520);
}

void RetentionReviewDialog::review(Document& document, QWidget* parent, const QDate& today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    int months = RetentionRepository::DefaultMonths;
    try {
        months = RetentionRepository(document.database()).months();
        document.database().checkpoint(); // the worker's own connection sees everything stored so far
    } catch (const Error& e) {
        QMessageBox::warning(parent, tr("Retention review"), e.message());
        return;
    }
    // Half a second on a large municipality: off the window's thread, over a read-only connection of its own.
    const QString path = document.filePath();
    const TaskResult<QList<RetentionCandidate>> found = Background::runWithProgress<QList<RetentionCandidate>>(
        parent, tr("Looking for residents to review..."), [path, day](TaskControl&) {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            const auto db = Database::open(path, options);
            return RetentionRepository(*db).candidates(day);
        });
    if (!found.ok()) {
        if (!found.cancelled) {
            QMessageBox::warning(parent, tr("Retention review"), found.error->message());
        }
        return;
    }
    const QList<RetentionCandidate>& candidates = found.value;
    if (candidates.isEmpty()) {
        QMessageBox::information(parent, tr("Retention review"),
                                 tr("Nothing to do: no resident's consent was withdrawn or has ended, and every "
                                    "resident has something recorded in the last %n month(s).",
                                    nullptr, months));
        return;
    }
    RetentionReviewDialog(document, candidates, day, parent).exec();
}

void RetentionReviewDialog::updateState()
{
    const int ticked = m_model->tickedCount();
    m_count->setText(tr("%1 of %n resident(s) ticked", nullptr, m_model->totalCount()).arg(ticked));
    m_anonymise->setEnabled(ticked > 0);
}

bool RetentionReviewDialog::anonymiseTicked()
{
    const QList<qint64> ids = m_model->tickedIds();
    if (ids.isEmpty()) {
        return false;
    }
    const int n = int(ids.size());
    const auto answer = QMessageBox::question(
        this, tr("Retention review"),
        tr("Anonymise %n resident(s) (AVG art. 17)?", nullptr, n) + u"\n\n"_s
            + tr("What goes: first and last name, e-mail, phone, notes, skills, ward of residence and consent. Each "
                 "becomes \"Verwijderde bewoner\" with their number.")
            + u"\n\n"_s
            + tr("What stays, no longer linked to a name: their hours, involvements, critical roles and offers. Hour "
                 "totals and risk scores do not change.")
            + u"\n\n"_s + tr("This cannot be undone. Backups that still hold them are listed afterwards."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return false;
    }
    struct Outcome
    {
        QList<ErasureReport> reports;
        bool stopped = false;
    };
    const QString path = m_document.filePath();
    const QDate today = m_today;
    const TaskResult<Outcome> result = Background::runWithProgress<Outcome>(
        this, tr("Anonymising %n resident(s)...", nullptr, n), [path, ids, today](TaskControl& control) {
            const auto db = Database::open(path);
            PersonErasure::Options options;
            options.today = today;
            // Cancel stops before the next resident; those done are still purged from the file and logged.
            options.progress = control.callback(0, 80);
            Outcome outcome;
            outcome.reports = PersonErasure::eraseForRetention(*db, ids, options);
            outcome.stopped = control.isCancelled();
            control.setProgress(100);
            return outcome;
        });
    // The undo history holds the residents' former values in its commands; an erasure is not undone.
    m_document.undoStack()->clear();
    m_document.notifyChanged(Document::Kind::Persons);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Retention review"), result.error->message());
        // Some may have been anonymised before it failed: the list shows who is left.
        QList<qint64> erased;
        for (const qint64 id : ids) {
            if (const auto person = m_document.persons().find(id); !person || person->isErased()) {
                erased << id;
            }
        }
        m_model->remove(erased);
        return false;
    }
    const QList<ErasureReport>& reports = result.value.reports;
    QList<qint64> done;
    for (const ErasureReport& r : reports) {
        done << r.personId;
    }
    m_model->remove(done);
    QString text = result.value.stopped
        ? tr("Stopped: %1 of %n resident(s) were anonymised before you cancelled.", nullptr, n).arg(done.size())
        : tr("Anonymised %n resident(s); their hours, involvements and roles were kept without their data.", nullptr,
             int(done.size()));
    if (!done.isEmpty()) {
        text += u' ' + tr("The file and its journal no longer hold the erased data.");
    }
    const QStringList backups = reports.isEmpty() ? QStringList() : reports.constFirst().backups;
    if (backups.isEmpty()) {
        if (!done.isEmpty()) {
            text += u"\n\n"_s + tr("No backup in the backups folder holds their data.");
        }
        QMessageBox::information(this, tr("Retention review"), text);
    } else {
        text += u"\n\n"_s + tr("%n backup(s) still hold their data:", nullptr, int(backups.size())) + u'\n'
            + backupList(backups) + u"\n\n"_s + tr("Delete these backups? A new backup is made without them.");
        const auto purge = QMessageBox::question(this, tr("Retention review"), text, QMessageBox::Yes | QMessageBox::No,
                                                 QMessageBox::No);
        if (purge == QMessageBox::Yes) {
            const TaskResult<QString> purged = Background::runWithProgress<QString>(
                this, tr("Deleting the backups..."), [path, backups, today](TaskControl&) {
                    const auto db = Database::open(path);
                    PersonErasure::Options options;
                    options.today = today;
                    return PersonErasure::purgeBackups(*db, backups, options);
                });
            if (!purged.ok()) {
                QMessageBox::warning(this, tr("Retention review"), purged.error->message());
            } else {
                QMessageBox::information(
                    this, tr("Retention review"),
                    tr("Deleted %n backup(s) that still held their data.", nullptr, int(backups.size())));
            }
        }
    }
    if (m_model->totalCount() == 0) {
        accept();
    }
    return !done.isEmpty();
}
