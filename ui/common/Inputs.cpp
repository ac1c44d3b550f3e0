#include "Inputs.h"

#include "core/domain/Money.h"
#include "core/i18n/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Inputs {

namespace {
const Translations::Context tr {"Inputs"};
} // namespace

QLineEdit* makeDateLineEdit(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(tr("dd-mm-yyyy"));
    edit->setClearButtonEnabled(true);
    edit->setMaximumWidth(180);
    // A calendar to pick the date from, beside typing it (Alt+Down opens it from the keyboard).
    QAction* pick
        = edit->addAction(icon(u"view-calendar"_s, QStyle::SP_FileDialogDetailedView), QLineEdit::TrailingPosition);
    pick->setObjectName(objectName + u"CalendarAction"_s);
    pick->setToolTip(tr("Pick the date from a calendar (Alt+Down)"));
    pick->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    pick->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(pick, &QAction::triggered, edit, [edit] { showCalendar(edit); });
    return edit;
}

QCalendarWidget* showCalendar(QLineEdit* edit)
{
    auto* calendar = new QCalendarWidget(edit);
    calendar->setWindowFlags(Qt::Popup);
    calendar->setObjectName(u"datePopupCalendar"_s);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setGridVisible(true);
    QList<FieldError> ignored;
    const QDate current = readDate(edit, QString(), ignored);
    calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    QObject::connect(calendar, &QCalendarWidget::activated, edit, [edit, calendar](const QDate& date) {
        setDate(edit, date);
        emit edit->editingFinished();
        calendar->close();
        edit->setFocus(Qt::PopupFocusReason);
    });
    QObject::connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    calendar->adjustSize();
    QPoint at = edit->mapToGlobal(QPoint(0, edit->height()));
    if (const QScreen* screen = edit->screen()) {
        const QRect available = screen->availableGeometry();
        at.setX(qMin(at.x(), available.right() - calendar->width()));
        if (at.y() + calendar->height() > available.bottom()) {
            at.setY(edit->mapToGlobal(QPoint(0, 0)).y() - calendar->height());
        }
    }
    calendar->move(at);
    calendar->show();
    calendar->setFocus(Qt::PopupFocusReason);
    return calendar;
}

void setDate(QLineEdit* edit, const QDate& date)
{
    edit->setText(date.isValid() ? date.toString(u"dd-MM-yyyy"_s) : QString());
}

QDate readDate(const QLineEdit* edit, const QString& field, QList<FieldError>& errors)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    static const QRegularExpression dutch(u"^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    QDate date;
    if (const auto m = dutch.match(text); m.hasMatch()) {
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    } else if (const auto m2 = iso.match(text); m2.hasMatch()) {
        date = QDate(m2.captured(1).toInt(), m2.captured(2).toInt(), m2.captured(3).toInt());
    }
    if (!date.isValid()) {
        errors.append({field, tr("“%1” is not a date. Type it as dd-mm-yyyy, for example 31-12-2025.").arg(text)});
    }
    return date;
}

void setAmount(QLineEdit* edit, qint64 cents)
{
    edit->setText(cents == 0 ? QString() : QLocale().toString(double(cents) / 100.0, 'f', 2));
}

qint64 readAmount(const QLineEdit* edit, const QString& field, QList<FieldError>& errors)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return 0;
    }
    const auto cents = Money::parse(text);
    if (!cents) {
        errors.append({field, tr("“%1” is not an amount. Type euros, for example 1.250,00.").arg(text)});
        return 0;
    }
    return *cents;
}

void setOptionalInt(QLineEdit* edit, const std::optional<int>& value)
{
    edit->setText(value ? QString::number(*value) : QString());
}

std::optional<int> readOptionalInt(const QLineEdit* edit, const QString& field, QList<FieldError>& errors)
{
    QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    int value = QLocale().toInt(text, &ok);
    if (!ok) {
        value = text.remove(u'.').remove(u' ').toInt(&ok);
    }
    if (!ok) {
        errors.append({field, tr("“%1” is not a whole number.").arg(edit->text().trimmed())});
        return std::nullopt;
    }
    return value;
}

QString listDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QIcon icon(const QString& themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(themeName, QApplication::style()->standardIcon(fallback));
}

QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!folder.isEmpty() && QDir().mkpath(folder)) {
        return folder;
    }
    return QDir::homePath();
}

} // namespace Inputs
