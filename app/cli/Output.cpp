#include "Output.h"

#include "core/platform/Platform.h"

#include <QTextStream>

namespace Output {

void out(const QString& text)
{
    static QTextStream stream(stdout);
    stream << text << Qt::endl;
}

void err(const QString& text)
{
    static QTextStream stream(stderr);
    stream << text << Qt::endl;
}

bool stderrIsTerminal()
{
    return Platform::stderrIsTerminal();
}

} // namespace Output
