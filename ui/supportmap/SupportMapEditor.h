#pragma once

#include "ui/common/RecordEditor.h"

#include <optional>

/// What the editors of a need and an offer share (NeedEditor, OfferEditor): the ward and the theme, each chosen
/// from a list that starts with "Choose...", and the description of what is needed or offered.
template<typename Repo, typename T> class SupportMapEditor : public RecordEditor<Repo, T>
{
protected:
    /// The labels of the shared rows, translated by the concrete editor (in its own context).
    struct Labels
    {
        QString ward;
        QString chooseWard;
        QString theme;
        QString chooseTheme;
        QString description;
    };

    /// `wardId` is the ward of a new record.
    SupportMapEditor(Document& document, qint64 id, std::optional<qint64> wardId, Document::Kind kind,
                     const QString& addText, const QString& editText, QWidget* parent)
        : RecordEditor<Repo, T>(document, id, kind, addText, editText, parent)
    {
        if (this->isNew()) {
            this->record().wardId = wardId.value_or(0);
        }
    }

    /// The widgets of the shared rows that an editor takes further.
    struct Shared
    {
        QComboBox* ward;
        QPlainTextEdit* description;
    };

    /// Makes the rows of the ward (wardComboBox), the theme (themeComboBox) and the description
    /// (descriptionPlainTextEdit).
    Shared addSharedFields(const Labels& labels)
    {
        using namespace Qt::StringLiterals;
        Document& document = this->document();
        QComboBox* ward = this->wardBox(labels.ward, u"ward"_s, u"wardComboBox"_s, &T::wardId, document.wards().all(),
                                        labels.chooseWard);
        this->idBox(labels.theme, u"theme"_s, u"themeComboBox"_s, &T::themeId, [&](QComboBox* combo) {
            combo->addItem(labels.chooseTheme, qint64(0));
            for (const Theme& t : document.themes().all()) {
                combo->addItem(t.name, t.id);
            }
        });
        QPlainTextEdit* description = this->textEdit(labels.description, u"description"_s,
                                                     u"descriptionPlainTextEdit"_s, &T::description, TextRead::Trimmed);
        description->setMaximumHeight(90);
        return {ward, description};
    }
};
