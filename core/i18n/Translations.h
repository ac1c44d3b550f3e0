#pragma once

#include <QString>
#include <QStringList>

/// Loading the user interface language. Dutch is the default; English is the other choice.
namespace Translations {

/// "nl" and "en".
QStringList languages();
/// The language's own name ("Nederlands", "English").
QString nativeName(const QString& language);
/// Installs Wijkregie's and Qt's own translators for `language` on the running application and sets the default
/// locale for dates and numbers. Call once, after the application object exists.
void install(const QString& language);
/// The Dutch translation of an English source text in a context, from the translation the application ships,
/// whichever language is installed (the importer recognises the excel-nl export's Dutch headers and values with
/// it). The source itself when there is no translation.
QString dutch(const char* context, const QString& source);

/// tr() for the free functions of a namespace or a file: `const Translations::Context tr {"Figures"};` translates in
/// that context, the one lupdate files the namespace's tr() calls under, so the text found is the text shown.
struct Context
{
    const char* name;
    QString operator()(const char* text, const char* disambiguation = nullptr, int n = -1) const;
};

} // namespace Translations
