#include "ReportFonts.h"

#include <QFontDatabase>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace {

struct Registered
{
    QString family = u"DejaVu Sans"_s;
    int faces = 0;
};

const Registered& registered()
{
    static const Registered fonts = [] {
        Registered result;
        for (const QString& file : {u":/fonts/DejaVuSans.ttf"_s, u":/fonts/DejaVuSans-Bold.ttf"_s}) {
            const int id = QFontDatabase::addApplicationFont(file);
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (families.isEmpty()) {
                qWarning("The report font %s could not be loaded.", qPrintable(file));
                continue;
            }
            result.family = families.constFirst();
            ++result.faces;
        }
        return result;
    }();
    return fonts;
}

} // namespace

QString ReportFonts::family()
{
    return registered().family;
}

bool ReportFonts::bundled()
{
    return registered().faces == 2;
}
