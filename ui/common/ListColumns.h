#pragma once

#include "core/csv/CsvWriter.h"
#include "core/domain/Enums.h"
#include "ui/common/Inputs.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

/// One column of a list: its title, its cell as the list shows it and as an export writes it, and whether it holds
/// personal data. A list model declares its columns once, in the order of its Column enum; LazyRowModel derives the
/// header, the display text, the alignment of numbers, the row's id, the opening widths and the CSV export of the list
/// from them
/// (DESIGN.md, "CSV for policy staff": the list as shown, typed where the text is formatted).
template<typename Row> struct ListColumn
{
    using Cell = std::function<QVariant(const Row&)>;

    /// The English title, translated in the model's own context: mark it with QT_TR_NOOP in the model's code.
    const char* title = nullptr;
    /// The text the list shows.
    Cell shown;
    /// The typed value an export writes (numbers, ISO dates, euro cents); when empty, the shown text.
    Cell exported {};
    /// How an export writes exported().
    CsvType type = CsvType::Text;
    /// Numbers align to the right.
    bool alignRight = false;
    /// A name or contact detail: an export replaces it with a pseudonym unless the user asks for personal data.
    bool personal = false;
    /// The column's width in pixels when the list opens; 0 leaves the view's default.
    int width = 0;

    /// This column, opening `pixels` wide.
    ListColumn withWidth(int pixels) const
    {
        ListColumn column = *this;
        column.width = pixels;
        return column;
    }
};

/// The common kinds of ListColumn, made from a member of the row.
namespace ListColumns {

/// What a declared column answers itself for `role`: its text (Qt::DisplayRole) and the alignment of its numbers;
/// nothing for the other roles, which the model answers.
template<typename Row> std::optional<QVariant> declaredData(const ListColumn<Row>& column, const Row& row, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return column.shown(row);
    case Qt::TextAlignmentRole:
        return column.alignRight ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return std::nullopt;
    }
}

/// The columns' titles, translated in `context`: the class of the model that marked them with QT_TR_NOOP.
template<typename Row> QStringList titles(const QList<ListColumn<Row>>& columns, const char* context)
{
    QStringList result;
    result.reserve(columns.size());
    for (const ListColumn<Row>& column : columns) {
        result << QCoreApplication::translate(context, column.title);
    }
    return result;
}

enum class Personal { No, Yes };

/// Text as stored; `personal` marks names and contact details.
template<typename Row> ListColumn<Row> text(const char* title, QString Row::*member, Personal personal = Personal::No)
{
    return {.title = title,
            .shown = [member](const Row& r) { return QVariant(r.*member); },
            .personal = personal == Personal::Yes};
}

/// An enumeration's label ("actief"); exported as the label too.
template<typename Row, typename E> ListColumn<Row> label(const char* title, E Row::*member)
{
    return {.title = title, .shown = [member](const Row& r) {
                return QVariant(Enums::label(r.*member));
            }};
}

/// A date as the list writes it (Inputs::listDate), exported as an ISO date.
template<typename Row> ListColumn<Row> date(const char* title, QDate Row::*member)
{
    return {.title = title,
            .shown = [member](const Row& r) { return QVariant(Inputs::listDate(r.*member)); },
            .exported = [member](const Row& r) { return QVariant(r.*member); },
            .type = CsvType::Date};
}

/// A whole number in the user's locale, right-aligned, exported as an integer.
template<typename Row> ListColumn<Row> count(const char* title, int Row::*member)
{
    return {.title = title,
            .shown = [member](const Row& r) { return QVariant(QLocale().toString(r.*member)); },
            .exported = [member](const Row& r) { return QVariant(r.*member); },
            .type = CsvType::Integer,
            .alignRight = true};
}

/// The same for a number that may be unknown: empty then.
template<typename Row> ListColumn<Row> count(const char* title, std::optional<int> Row::*member)
{
    return {.title = title,
            .shown =
                [member](const Row& r) {
                    return r.*member ? QVariant(QLocale().toString(*(r.*member))) : QVariant(QString());
                },
            .exported = [member](const Row& r) { return r.*member ? QVariant(*(r.*member)) : QVariant(); },
            .type = CsvType::Integer,
            .alignRight = true};
}

} // namespace ListColumns
