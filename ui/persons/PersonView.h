#pragma once

#include "ui/common/RecordListView.h"
#include "ui/persons/PersonEditor.h"
#include "ui/persons/PersonModel.h"

class QCheckBox;
class QComboBox;

/// The residents list with its engagement filter.
class PersonView final : public RecordListView<PersonRepository, PersonModel, PersonEditor>
{
    Q_OBJECT

public:
    explicit PersonView(QWidget* parent = nullptr);
    /// Shows only residents with this engagement key (empty: all).
    void setEngagementFilter(const QString& key);
    /// Shows only residents without activity for six months.
    void setInactiveFilter(bool inactiveOnly);

public slots:
    /// Opens the current resident's initiatives, history and roles.
    void showDetails();

signals:
    /// "What if this person stops?" was asked for the current resident.
    void whatIfRequested(qint64 personId);

protected:
    LazyTableModel* createModel(Document& document) override;
    void fillQuery(ListQuery& query) const override;
    QString describeRecord(const Person& person) const override;
    void setColumnWidths() override;

private:
    QComboBox* m_engagement;
    QCheckBox* m_inactive;
};
