#include "AppIcon.h"

using namespace Qt::StringLiterals;

QIcon AppIcon::icon()
{
    static const QIcon icon = [] {
        QIcon result;
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            result.addFile(u":/icons/png/wijkregie-%1.png"_s.arg(size), QSize(size, size));
        }
        return result;
    }();
    return icon;
}
