#include "EvaluationPanel.h"

#include "ui/common/Inputs.h"
#include "ui/common/RecordTable.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

EvaluationListModel::EvaluationListModel(QObject* parent)
    : MemoryRowModel(parent)
{
    setColumns({
        {.title = QT_TR_NOOP("Date"),
         .shown = [](const Evaluation& e) -> QVariant {
             return Inputs::listDate(e.date);
         }},
        ListColumns::label(QT_TR_NOOP("Decision"), &Evaluation::decision),
        {.title = QT_TR_NOOP("Outcome"),
         .shown = [](const Evaluation& e) -> QVariant {
             return e.outcome.section(u'\n', 0, 0);
         }},
    });
}

void EvaluationListModel::setEvaluations(QList<Evaluation> evaluations)
{
    std::stable_sort(evaluations.begin(), evaluations.end(),
                     [](const Evaluation& a, const Evaluation& b) { return a.date > b.date; });
    setRows(std::move(evaluations));
}

QVariant EvaluationListModel::cellData(const Evaluation& row, int column, int role) const
{
    return role == Qt::ToolTipRole && column == Outcome ? QVariant(row.outcome) : QVariant();
}

EvaluationEditor::EvaluationEditor(const Evaluation& evaluation, bool isNew, QWidget* parent)
    : FieldEditor(evaluation, isNew, parent)
{
    setObjectName(u"evaluationEditor"_s);
    setWindowTitle(isNew ? tr("New evaluation") : tr("Edit evaluation"));
    dateEdit(tr("&Date:"), u"date"_s, u"dateLineEdit"_s, &Evaluation::date, tr("Enter the date of the evaluation."));
    textEdit(tr("&Outcome:"), u"outcome"_s, u"outcomePlainTextEdit"_s, &Evaluation::outcome, TextRead::Trimmed)
        ->setPlaceholderText(tr("What the evaluation found"));
    enumBox(tr("De&cision:"), u"decision"_s, u"decisionComboBox"_s, &Evaluation::decision);
    load();
    resize(460, sizeHint().height());
}

EvaluationPanel::EvaluationPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new EvaluationListModel(this))
{
    setObjectName(u"evaluationPanel"_s);
    m_table = new RecordTable(u"evaluations"_s, m_model,
                              {[this] { edit(-1); }, [this](qint64 id) { edit(int(id) - 1); },
                               [this](qint64 id) {
                                   QList<Evaluation> list = m_model->evaluations();
                                   list.removeAt(int(id) - 1);
                                   m_model->setEvaluations(list);
                               }},
                              this);
    m_table->setTitle(tr("Evaluations"));
    auto* hint = new QLabel(tr("Record each evaluation with its outcome and the decision it led to. Set the date of "
                               "the next evaluation on the first tab."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
}

void EvaluationPanel::edit(int row)
{
    const bool isNew = row < 0 || row >= m_model->rowCount();
    Evaluation e;
    if (isNew) {
        e.date = QDate::currentDate();
    } else {
        e = m_model->evaluations().at(row);
    }
    EvaluationEditor editor(e, isNew, this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    QList<Evaluation> list = m_model->evaluations();
    if (isNew) {
        list << editor.evaluation();
    } else {
        list[row] = editor.evaluation();
    }
    m_model->setEvaluations(list);
}
