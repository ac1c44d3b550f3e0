#include "OfferEditor.h"

#include <QHBoxLayout>

using namespace Qt::StringLiterals;

OfferEditor::OfferEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : SupportMapEditor(document, id, wardId, Document::Kind::SupportMap, tr("Add offer"), tr("Edit offer"), parent)
{
    setObjectName(u"offerEditor"_s);
    setWindowTitle(isNew() ? tr("New offer") : tr("Edit offer"));
    m_ward
        = addSharedFields({tr("&Ward:"), tr("Choose a ward..."), tr("&Theme:"), tr("Choose a theme..."), tr("&Offer:")})
              .ward;
    addProviderField();
    lineEdit(tr("&Capacity:"), u"capacity"_s, u"capacityLineEdit"_s, &Offer::capacity)
        ->setPlaceholderText(tr("e.g. 2 afternoons a week, 15 places"));
    checkBox(QString(), u"active"_s, u"activeCheckBox"_s, &Offer::active, tr("The offer is available"));
    load();

    connect(m_providerKind, &QComboBox::currentIndexChanged, this, &OfferEditor::fillProviders);
    connect(m_ward, &QComboBox::currentIndexChanged, this, &OfferEditor::fillProviders);
    connect(m_providerSearch, &QLineEdit::textChanged, this, &OfferEditor::fillProviders);
    resize(620, sizeHint().height());
}

void OfferEditor::addProviderField()
{
    m_providerKind = named(new QComboBox, u"providerKindComboBox"_s);
    m_providerSearch = named(new QLineEdit, u"providerSearchLineEdit"_s);
    m_providerSearch->setPlaceholderText(tr("Search..."));
    m_providerSearch->setClearButtonEnabled(true);
    m_provider = named(new QComboBox, u"providerComboBox"_s);
    m_providerKind->addItem(tr("An initiative"), int(OfferProvider::Initiative));
    m_providerKind->addItem(tr("A partner"), int(OfferProvider::Partner));
    m_providerKind->addItem(tr("A resident"), int(OfferProvider::Person));

    auto* provider = new QWidget;
    auto* row = new QHBoxLayout(provider);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_providerKind);
    row->addWidget(m_providerSearch);
    row->addWidget(m_provider, 1);
    // The label's mnemonic reaches the first of the three; each has a name of its own.
    provider->setFocusProxy(m_providerKind);
    m_providerSearch->setAccessibleName(tr("Search providers"));
    m_provider->setAccessibleName(tr("Provider"));
    field(
        tr("Offered &by:"), u"provider"_s, provider,
        [this](const Offer& o) {
            const OfferProvider kind = o.partnerId ? OfferProvider::Partner
                : o.personId                       ? OfferProvider::Person
                                                   : OfferProvider::Initiative;
            m_providerKind->setCurrentIndex(m_providerKind->findData(int(kind)));
            fillProviders();
            // A provider the list leaves out (another ward's initiative, a resident beyond the first page) is
            // still shown.
            const qint64 providerId = o.initiativeId.value_or(o.partnerId.value_or(o.personId.value_or(0)));
            if (providerId > 0 && m_provider->findData(providerId) < 0) {
                QString name;
                if (o.personId) {
                    const auto person = document().persons().find(providerId);
                    name = person ? person->fullName() : QString();
                } else if (o.initiativeId) {
                    const auto initiative = document().initiatives().find(providerId);
                    name = initiative ? initiative->title : QString();
                }
                m_provider->addItem(name, providerId);
            }
            m_provider->setCurrentIndex(qMax(0, m_provider->findData(providerId)));
        },
        [this](Offer& o, QList<FieldError>&) {
            o.initiativeId.reset();
            o.partnerId.reset();
            o.personId.reset();
            if (const qint64 chosen = m_provider->currentData().toLongLong(); chosen > 0) {
                switch (OfferProvider(m_providerKind->currentData().toInt())) {
                case OfferProvider::Initiative:
                    o.initiativeId = chosen;
                    break;
                case OfferProvider::Partner:
                    o.partnerId = chosen;
                    break;
                case OfferProvider::Person:
                    o.personId = chosen;
                    break;
                }
            }
        });
}

void OfferEditor::fillProviders()
{
    // At most a page of candidates: the search narrows them (a municipality may have many thousands of residents).
    constexpr int Limit = 200;
    const qint64 current = m_provider->currentData().toLongLong();
    const auto kind = OfferProvider(m_providerKind->currentData().toInt());
    const QString search = m_providerSearch->text().trimmed();
    m_provider->clear();
    m_provider->addItem(tr("Choose..."), qint64(0));
    ListQuery query;
    query.search = search;
    switch (kind) {
    case OfferProvider::Initiative: {
        if (const qint64 ward = m_ward->currentData().toLongLong(); ward > 0) {
            query.wardId = ward;
        }
        for (const InitiativeRow& i : document().initiatives().list(query, 0, Limit)) {
            m_provider->addItem(u"%1 (%2)"_s.arg(i.title, i.wardName), i.id);
        }
        break;
    }
    case OfferProvider::Partner:
        for (const Partner& p : document().partners().all()) {
            if (search.isEmpty() || p.name.contains(search, Qt::CaseInsensitive)) {
                m_provider->addItem(p.name, p.id);
            }
        }
        break;
    case OfferProvider::Person:
        for (const PersonRow& p : document().persons().list(query, 0, Limit)) {
            m_provider->addItem(p.sortName(), p.id);
        }
        break;
    }
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(current)));
}
