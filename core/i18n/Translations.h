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

} // namespace Translations
