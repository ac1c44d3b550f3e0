#include "Person.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

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
