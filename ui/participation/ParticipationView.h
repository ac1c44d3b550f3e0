#pragma once

#include "core/domain/Enums.h"
#include "ui/common/ListView.h"

class QComboBox;

/// The participation moments with a channel filter (fysiek, digitaal, beide).
class ParticipationView final : public ListView
{
    Q_OBJECT

public:
    explicit ParticipationView(QWidget* parent = nullptr);

    /// Shows only moments through this channel (nullopt: all).
    void setChannelFilter(std::optional<Channel> channel);
    std::optional<Channel> channelFilter() const;

protected:
    LazyTableModel* createModel(Document& document) override;
    void fillQuery(ListQuery& query) const override;
    QString countText(int count) const override;
    void openEditor(Document& document, qint64 id) override;
    void deleteRecord(Document& document, qint64 id) override;
    QString describe(Document& document, qint64 id) const override;
    void setColumnWidths() override;

private:
    QComboBox* m_channel;
};
