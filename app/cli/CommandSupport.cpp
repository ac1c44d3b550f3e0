#include "CommandSupport.h"

#include "CommandLine.h"
#include "Error.h"
#include "Output.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace CommandSupport {

int usageError(const QString& message)
{
    Output::err(message);
    Output::err(QString());
    Output::err(CommandLine::usage());
    return CommandLine::UsageError;
}

int userError(const Error& e)
{
    Output::err(e.message());
    if (!e.detail().isEmpty()) {
        Output::err(QCoreApplication::translate("CommandLine", "Detail: %1").arg(e.detail()));
    }
    return CommandLine::UserError;
}

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, int positionals,
           int* exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {u"wijkregie "_s + command} + arguments)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        *exitCode = usageError(
            parser.positionalArguments().size() < positionals
                ? QCoreApplication::translate("CommandLine", "An argument is missing for the subcommand \"%1\".")
                      .arg(command)
                : QCoreApplication::translate("CommandLine", "Too many arguments for the subcommand \"%1\".")
                      .arg(command));
        return false;
    }
    return true;
}

void printWarnings(const Database& db)
{
    for (const QString& warning : db.warnings()) {
        Output::err(warning);
    }
}

QDate parseDate(const QString& text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

} // namespace CommandSupport
