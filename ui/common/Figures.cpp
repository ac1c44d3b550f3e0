#include "Figures.h"

#include "core/i18n/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Figures {

namespace {
const Translations::Context tr {"Figures"};
} // namespace

QString number(double value)
{
    QString text = QLocale().toString(value, 'f', 2);
    const QChar point = QLocale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(u'0')) {
            text.chop(1);
        }
        if (text.endsWith(point)) {
            text.chop(1);
        }
    }
    return text;
}

QString number(const std::optional<double>& value)
{
    return value ? number(*value) : QString();
}

void setNumber(QLineEdit* edit, const std::optional<double>& value)
{
    edit->setText(number(value));
}

std::optional<double> readNumber(const QLineEdit* edit, const QString& field, QList<FieldError>& errors,
                                 const QString& requiredMessage)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        if (!requiredMessage.isEmpty()) {
            errors.append({field, requiredMessage});
        }
        return std::nullopt;
    }
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok) {
        QString plain = text;
        plain.remove(u' ');
        if (plain.count(u',') == 1 && !plain.contains(u'.')) {
            plain.replace(u',', u'.');
        }
        value = QLocale::c().toDouble(plain, &ok);
    }
    if (!ok || !std::isfinite(value)) {
        errors.append({field, tr("“%1” is not a number. Type for example 12,5.").arg(text)});
        return std::nullopt;
    }
    return value;
}

QString progressText(const Progress& progress)
{
    if (!progress.value) {
        return u"\u2013"_s;
    }
    return percent(*progress.value);
}

QString percent(double fraction)
{
    const QLocale locale;
    return locale.toString(qlonglong(std::llround(fraction * 100.0))) + locale.percent();
}

QString statusText(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::OnTrack:
        return u"\u2713 "_s + Enums::label(status);
    case ProgressStatus::OffTrack:
        return u"\u2717 "_s + Enums::label(status);
    case ProgressStatus::Achieved:
        return u"\u2605 "_s + Enums::label(status);
    case ProgressStatus::Unknown:
        break;
    }
    return u"? "_s + Enums::label(status);
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Medium:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Low:
        break;
    }
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return tr("\u203c Urgent");
    case Severity::Medium:
        return tr("! Attention");
    case Severity::Low:
        break;
    }
    return tr("\u2139 For information");
}

QIcon warningIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace Figures
