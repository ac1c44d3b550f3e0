#pragma once

#include "core/storage/AgreementRepository.h"
#include "ui/common/ListView.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QWidget;

/// The agreements list with its status, partner and "without M&E" filters, and the filter a chart or signal clicked
/// through with (agreements ending or evaluations due in a month), shown above the list with a button to clear it.
class AgreementView final : public ListView
{
    Q_OBJECT

public:
    explicit AgreementView(QWidget* parent = nullptr);

    /// Only agreements whose end date lies in the month of `month`.
    void showEndingIn(const QDate& month);
    /// Only agreements whose next evaluation lies in the month of `month`.
    void showEvaluationsDueIn(const QDate& month);
    void setWithoutMonitoringOnly(bool on);
    void setStatusFilter(const QString& statusKey);
    void setPartnerFilter(qint64 partnerId);
    void setSearchText(const QString& text);
    /// Removes the month filter of a click-through.
    void clearPeriodFilter();
    /// What the month filter shows, e.g. "Ending in March 2026"; empty without one.
    QString periodFilterText() const;
    /// The filter the list currently applies beyond ListQuery.
    AgreementFilter filter() const;

protected:
    LazyTableModel* createModel(Document& document) override;
    void fillQuery(ListQuery& query) const override;
    void openEditor(Document& document, qint64 id) override;
    void deleteRecord(Document& document, qint64 id) override;
    QString describe(Document& document, qint64 id) const override;
    void refreshFilters(Document* document) override;

private:
    void updatePeriodBar();

    QComboBox* m_status;
    QComboBox* m_partner;
    QCheckBox* m_withoutMe;
    QWidget* m_periodBar;
    QLabel* m_periodLabel;
    AgreementFilter m_period; ///< only the date bounds are used
    QString m_periodText;
};
