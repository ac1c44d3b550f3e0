#include "Output.h"

#include <QTextStream>
#include <cstdio>
#include <unistd.h>

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
    return isatty(fileno(stderr)) != 0;
}

} // namespace Output
