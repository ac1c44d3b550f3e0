#include "PartnerView.h"

#include "ui/Document.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/partners/PartnerEditor.h"
#include "ui/partners/PartnerModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>

using namespace Qt::StringLiterals;

PartnerView::PartnerView(QWidget* parent)
    : ListView(parent)
    , m_type(addFilterComboBox(u"typeComboBox"_s, tr("Show only partners of this type")))
{
    setObjectName(u"partnerView"_s);
    searchLineEdit()->setPlaceholderText(tr("Search name or contact person..."));
    const QSignalBlocker blocker(m_type);
    m_type->addItem(tr("All partner types"), QString());
    for (PartnerType type : Enums::all<PartnerType>()) {
        m_type->addItem(Enums::label(type), Enums::key(type));
    }
}

LazyTableModel* PartnerView::createModel(Document& document)
{
    return new PartnerModel(document.partners());
}

void PartnerView::fillQuery(ListQuery& query) const
{
    query.status = m_type->currentData().toString();
}

QString PartnerView::countText(int count) const
{
    return tr("%n partner(s)", nullptr, count);
}

void PartnerView::openEditor(Document& document, qint64 id)
{
    PartnerEditor editor(document, id, this);
    editor.exec();
}

void PartnerView::deleteRecord(Document& document, qint64 id)
{
    const auto partner = document.partners().find(id);
    if (!partner) {
        return;
    }
    // Refused with the agreements and offers named when they refer to the partner (the list shows the message).
    document.execute(std::make_unique<SaveRecordCommand<PartnerRepository, Partner>>(
        document, Document::Kind::Partners, partner, std::nullopt, tr("Delete partner")));
}

QString PartnerView::describe(Document& document, qint64 id) const
{
    const auto partner = document.partners().find(id);
    return partner ? tr("partner \u201c%1\u201d").arg(partner->name) : QString();
}

void PartnerView::setColumnWidths()
{
    QHeaderView* header = tableView()->horizontalHeader();
    header->resizeSection(PartnerModel::Name, 230);
    header->resizeSection(PartnerModel::Type, 140);
    header->resizeSection(PartnerModel::ContactPerson, 170);
    header->resizeSection(PartnerModel::Email, 220);
    header->resizeSection(PartnerModel::Phone, 120);
}

QStringList PartnerView::dependents(Document& document, qint64 id) const
{
    return document.partners().dependents(id);
}
