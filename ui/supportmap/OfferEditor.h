#pragma once

#include "core/domain/SupportMap.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class Document;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// Adds an offer (id 0) or edits one. It is made by exactly one of an initiative, a partner or a resident: a choice
/// of the kind, then of who.
class OfferEditor final : public EditorDialog
{
    Q_OBJECT

public:
    OfferEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});

protected:
    bool save(QList<FieldError>& errors) override;

private:
    void fillProviders();

    Document& m_document;
    std::optional<Offer> m_original;
    QComboBox* m_ward;
    QComboBox* m_theme;
    QPlainTextEdit* m_description;
    QComboBox* m_providerKind;
    QLineEdit* m_providerSearch;
    QComboBox* m_provider;
    QLineEdit* m_capacity;
    QCheckBox* m_active;
};
