#include "Person.h"

#include "core/domain/Collation.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString Person::displayName(const QString& firstName, const QString& surnamePrefix, const QString& lastName)
{
    QStringList parts;
    for (const QString& part : {firstName, surnamePrefix, lastName}) {
        if (const QString t = part.simplified(); !t.isEmpty()) {
            parts << t;
        }
    }
    return parts.join(u' ');
}

QString Person::sortName(const QString& firstName, const QString& surnamePrefix, const QString& lastName)
{
    const QString given = displayName(firstName, surnamePrefix, {});
    const QString last = lastName.simplified();
    if (given.isEmpty() || last.isEmpty()) {
        return given.isEmpty() ? last : given;
    }
    return last + u", "_s + given;
}

std::pair<QString, QString> Person::splitPrefix(const QString& lastName)
{
    // Longest first, so that "van den Berg" is not split as "van" + "den Berg". In lower case only: written after a
    // first name, a Dutch prefix is lower case; a capital may belong to the surname itself ("Van Dyck").
    static const QStringList prefixes {
        u"van de la"_s, u"van der"_s, u"van den"_s, u"van de"_s,   u"van het"_s, u"van 't"_s,  u"van ter"_s,
        u"in het"_s,    u"in 't"_s,   u"in de"_s,   u"in den"_s,   u"op de"_s,   u"op den"_s,  u"op het"_s,
        u"op 't"_s,     u"op ten"_s,  u"uit de"_s,  u"uit den"_s,  u"uit het"_s, u"uit 't"_s,  u"aan de"_s,
        u"aan den"_s,   u"aan het"_s, u"bij de"_s,  u"onder de"_s, u"over de"_s, u"voor de"_s, u"voor den"_s,
        u"van"_s,       u"de"_s,      u"den"_s,     u"der"_s,      u"het"_s,     u"'t"_s,      u"te"_s,
        u"ten"_s,       u"ter"_s,
    };
    QString name = lastName.simplified();
    name.replace(u'\u2019', u'\''); // a typographic apostrophe in "’t Hart"
    for (const QString& prefix : prefixes) {
        if (name.size() > prefix.size() + 1 && name.startsWith(prefix) && name.at(prefix.size()) == u' '
            && name.at(prefix.size() + 1).isUpper()) {
            return {prefix, name.mid(prefix.size() + 1)};
        }
    }
    return {QString(), lastName.simplified()};
}

bool Person::sortsBefore(const Person& a, const Person& b)
{
    for (const auto& [x, y] : {std::pair {&a.lastName, &b.lastName}, std::pair {&a.firstName, &b.firstName},
                               std::pair {&a.surnamePrefix, &b.surnamePrefix}}) {
        if (const int c = Collation::compare(*x, *y); c != 0) {
            return c < 0;
        }
    }
    return a.id < b.id;
}

QString Person::matchKey(const QString& firstName, const QString& surnamePrefix, const QString& lastName)
{
    const QString decomposed
        = QString(firstName + u' ' + surnamePrefix + u' ' + lastName).normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool space = true; // drops leading spaces and runs of spaces
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (c.isSpace()) {
            if (!space) {
                key += u' ';
            }
            space = true;
            continue;
        }
        space = false;
        if (c == u'\u2018' || c == u'\u2019' || c == u'`' || c == u'\u00B4') {
            key += u'\'';
        } else if (c == u'\u0131') {
            key += u'i'; // Turkish dotless i: "Yılmaz" and "YILMAZ" are one name
        } else if (c == u'\u0130') {
            key += u'I'; // Turkish capital I with dot
        } else {
            key += c;
        }
    }
    if (key.endsWith(u' ')) {
        key.chop(1);
    }
    return key.toCaseFolded();
}

QString Person::phoneKey(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    if (phone.trimmed().startsWith(u'+') && digits.startsWith(u"31"_s)) {
        digits = u'0' + digits.mid(2);
    } else if (digits.startsWith(u"0031"_s)) {
        digits = u'0' + digits.mid(4);
    } else if (lostLeadingZero(phone)) {
        digits.prepend(u'0');
    }
    return digits.size() < 6 ? QString() : digits;
}

bool Person::lostLeadingZero(const QString& phone)
{
    static const QRegularExpression nineDigits(u"^[1-9][0-9]{8}$"_s);
    QString t = phone.trimmed();
    t.remove(u' ');
    t.remove(u'-');
    return nineDigits.match(t).hasMatch();
}
