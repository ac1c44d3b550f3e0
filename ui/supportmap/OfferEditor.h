#pragma once

#include "core/domain/SupportMap.h"
#include "ui/supportmap/SupportMapEditor.h"

#include <optional>

class QComboBox;
class QLineEdit;

/// Adds an offer (id 0) or edits one. It is made by exactly one of an initiative, a partner or a resident: a choice
/// of the kind, then of who.
class OfferEditor final : public SupportMapEditor<OfferRepository, Offer>
{
    Q_OBJECT

public:
    /// `wardId` is the ward of a new offer.
    OfferEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});

private:
    /// The provider's row: the kind, a search and the provider, bound to the offer's three provider ids.
    void addProviderField();
    void fillProviders();

    QComboBox* m_ward = nullptr;
    QComboBox* m_providerKind = nullptr;
    QLineEdit* m_providerSearch = nullptr;
    QComboBox* m_provider = nullptr;
};
