#include "OfferEditor.h"

#include "ui/Document.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/common/WardPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

OfferEditor::OfferEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.offers().find(id) : std::nullopt)
    , m_ward(new QComboBox)
    , m_theme(new QComboBox)
    , m_description(new QPlainTextEdit)
    , m_providerKind(new QComboBox)
    , m_providerSearch(new QLineEdit)
    , m_provider(new QComboBox)
    , m_capacity(new QLineEdit)
    , m_active(new QCheckBox(tr("The offer is available")))
{
    setObjectName(u"offerEditor"_s);
    setWindowTitle(m_original ? tr("Edit offer") : tr("New offer"));
    m_ward->setObjectName(u"wardComboBox"_s);
    m_theme->setObjectName(u"themeComboBox"_s);
    m_description->setObjectName(u"descriptionPlainTextEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_providerKind->setObjectName(u"providerKindComboBox"_s);
    m_providerSearch->setObjectName(u"providerSearchLineEdit"_s);
    m_providerSearch->setPlaceholderText(tr("Search..."));
    m_providerSearch->setClearButtonEnabled(true);
    m_provider->setObjectName(u"providerComboBox"_s);
    m_capacity->setObjectName(u"capacityLineEdit"_s);
    m_capacity->setPlaceholderText(tr("e.g. 2 afternoons a week, 15 places"));
    m_active->setObjectName(u"activeCheckBox"_s);
    WardPicker::fill(m_ward, document.wards().all(), tr("Choose a ward..."));
    m_theme->addItem(tr("Choose a theme..."), qint64(0));
    for (const Theme& t : document.themes().all()) {
        m_theme->addItem(t.name, t.id);
    }
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
    addRow(tr("&Ward:"), u"ward"_s, m_ward);
    addRow(tr("&Theme:"), u"theme"_s, m_theme);
    addRow(tr("&Offer:"), u"description"_s, m_description);
    addRow(tr("Offered &by:"), u"provider"_s, provider);
    addRow(tr("&Capacity:"), u"capacity"_s, m_capacity);
    addRow(QString(), u"active"_s, m_active);

    Offer o = m_original.value_or(Offer {});
    if (!m_original) {
        o.wardId = wardId.value_or(0);
    }
    m_ward->setCurrentIndex(qMax(0, m_ward->findData(o.wardId)));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(o.themeId)));
    m_description->setPlainText(o.description);
    const OfferProvider kind = o.partnerId ? OfferProvider::Partner
        : o.personId                       ? OfferProvider::Person
                                           : OfferProvider::Initiative;
    m_providerKind->setCurrentIndex(m_providerKind->findData(int(kind)));
    m_capacity->setText(o.capacity);
    m_active->setChecked(o.active);
    fillProviders();
    const qint64 providerId = o.initiativeId.value_or(o.partnerId.value_or(o.personId.value_or(0)));
    if (providerId > 0 && m_provider->findData(providerId) < 0) {
        QString name;
        if (o.personId) {
            const auto person = document.persons().find(providerId);
            name = person ? person->fullName() : QString();
        } else if (o.initiativeId) {
            const auto initiative = document.initiatives().find(providerId);
            name = initiative ? initiative->title : QString();
        }
        m_provider->addItem(name, providerId);
    }
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(providerId)));

    connect(m_providerKind, &QComboBox::currentIndexChanged, this, &OfferEditor::fillProviders);
    connect(m_ward, &QComboBox::currentIndexChanged, this, &OfferEditor::fillProviders);
    connect(m_providerSearch, &QLineEdit::textChanged, this, &OfferEditor::fillProviders);
    resize(620, sizeHint().height());
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
        for (const InitiativeRow& i : m_document.initiatives().list(query, 0, Limit)) {
            m_provider->addItem(u"%1 (%2)"_s.arg(i.title, i.wardName), i.id);
        }
        break;
    }
    case OfferProvider::Partner:
        for (const Partner& p : m_document.partners().all()) {
            if (search.isEmpty() || p.name.contains(search, Qt::CaseInsensitive)) {
                m_provider->addItem(p.name, p.id);
            }
        }
        break;
    case OfferProvider::Person:
        for (const PersonRow& p : m_document.persons().list(query, 0, Limit)) {
            m_provider->addItem(p.sortName(), p.id);
        }
        break;
    }
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(current)));
}

bool OfferEditor::save(QList<FieldError>& errors)
{
    Offer o = m_original.value_or(Offer {});
    o.wardId = m_ward->currentData().toLongLong();
    o.themeId = m_theme->currentData().toLongLong();
    o.description = m_description->toPlainText().trimmed();
    o.initiativeId.reset();
    o.partnerId.reset();
    o.personId.reset();
    if (const qint64 provider = m_provider->currentData().toLongLong(); provider > 0) {
        switch (OfferProvider(m_providerKind->currentData().toInt())) {
        case OfferProvider::Initiative:
            o.initiativeId = provider;
            break;
        case OfferProvider::Partner:
            o.partnerId = provider;
            break;
        case OfferProvider::Person:
            o.personId = provider;
            break;
        }
    }
    o.capacity = m_capacity->text().trimmed();
    o.active = m_active->isChecked();
    errors << m_document.offers().validate(o);
    return saveRecord<OfferRepository>(m_document, Document::Kind::SupportMap, m_original, o, errors, tr("Add offer"),
                                       tr("Edit offer"));
}
