#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace Translations {

QStringList languages()
{
    return {u"nl"_s, u"en"_s};
}

QString nativeName(const QString& language)
{
    return language == u"en"_s ? u"English"_s : u"Nederlands"_s;
}

void install(const QString& language)
{
    auto* app = QCoreApplication::instance();
    const bool english = language == u"en"_s;
    const QLocale locale
        = english ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(QLocale::Dutch, QLocale::Netherlands);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(app);
    // English is the source language; its translation file only holds the plural forms ("1 ward", "3 wards").
    if (own->load(english ? u":/i18n/wijkregie_en.qm"_s : u":/i18n/wijkregie_nl.qm"_s)) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    if (english) {
        return; // Qt's own texts are English already
    }
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto* qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, qtPath)) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

QString Context::operator()(const char* text, const char* disambiguation, int n) const
{
    return QCoreApplication::translate(name, text, disambiguation, n);
}

QString dutch(const char* context, const QString& source)
{
    static const std::unique_ptr<QTranslator> translator = [] {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(u":/i18n/wijkregie_nl.qm"_s)) {
            t.reset();
        }
        return t;
    }();
    if (!translator) {
        return source;
    }
    const QString text = translator->translate(context, source.toUtf8().constData());
    return text.isEmpty() ? source : text;
}

} // namespace Translations
