#include "UiTestSupport.h"

#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/RiskCharts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

TestDocument::TestDocument()
{
    document = std::make_unique<Document>(Database::create(path(), u"Testgemeente"_s));
}

void insertWards(Document& document, int count)
{
    Transaction tx(document.database());
    for (int n = 0; n < count; ++n) {
        document.wards().insert(
            Build::ward(u"WK%1"_s.arg(n, 6, 10, QChar(u'0')), u"Wijk %1"_s.arg(n, 4, 10, QChar(u'0'))));
    }
    tx.commit();
}

void insertPersons(Document& document, int count, std::optional<qint64> wardId)
{
    Transaction tx(document.database());
    for (int n = 0; n < count; ++n) {
        document.persons().insert(Build::person(u"Anne"_s, u"Jansen %1"_s.arg(n, 4, 10, QChar(u'0')), wardId));
    }
    tx.commit();
}

void onNextModalWidget(std::function<bool(QWidget*)> matches, std::function<void(QWidget*)> fn)
{
    auto* timer = new QTimer;
    auto attempts = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, attempts, matches = std::move(matches), fn = std::move(fn)] {
        QWidget* modal = QApplication::activeModalWidget();
        const bool found = modal && matches(modal);
        if (found || ++*attempts > 500) {
            timer->stop();
            timer->deleteLater();
        }
        if (found) {
            fn(modal);
        }
    });
    timer->start(10);
}

void onNextModal(const QString& objectName, std::function<void(QDialog*)> fn)
{
    onNextModalWidget([objectName](QWidget* w) { return qobject_cast<QDialog*>(w) && w->objectName() == objectName; },
                      [fn = std::move(fn)](QWidget* w) { fn(qobject_cast<QDialog*>(w)); });
}

void answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    onNextModalWidget([](QWidget* w) { return qobject_cast<QMessageBox*>(w) != nullptr; },
                      [button, text](QWidget* w) {
                          auto* box = qobject_cast<QMessageBox*>(w);
                          if (text) {
                              *text = box->text();
                          }
                          if (QAbstractButton* b = box->button(button)) {
                              b->click();
                          } else {
                              box->reject();
                          }
                      });
}

namespace {

void answerMessageBoxesAfter(QList<QMessageBox::StandardButton> buttons, QStringList* texts, QPointer<QWidget> previous)
{
    if (buttons.isEmpty()) {
        return;
    }
    const QMessageBox::StandardButton first = buttons.takeFirst();
    onNextModalWidget([previous](QWidget* w) { return qobject_cast<QMessageBox*>(w) && w != previous; },
                      [first, buttons, texts](QWidget* w) {
                          auto* box = qobject_cast<QMessageBox*>(w);
                          if (texts) {
                              texts->append(box->text());
                          }
                          if (QAbstractButton* b = box->button(first)) {
                              b->click();
                          } else {
                              box->reject();
                          }
                          answerMessageBoxesAfter(buttons, texts, box);
                      });
}

} // namespace

void answerMessageBoxes(QList<QMessageBox::StandardButton> buttons, QStringList* texts)
{
    answerMessageBoxesAfter(std::move(buttons), texts, nullptr);
}

void answerNextInputDialog(const QString& text)
{
    onNextModalWidget([](QWidget* w) { return qobject_cast<QInputDialog*>(w) != nullptr; },
                      [text](QWidget* w) {
                          auto* dialog = qobject_cast<QInputDialog*>(w);
                          dialog->setTextValue(text);
                          dialog->accept();
                      });
}

void setText(QWidget* parent, const QString& objectName, const QString& text)
{
    child<QLineEdit>(parent, objectName)->setText(text);
}

void setTexts(QWidget* parent, const QList<std::pair<QString, QString>>& texts)
{
    for (const auto& [objectName, text] : texts) {
        setText(parent, objectName, text);
    }
}

void setComboData(QWidget* parent, const QString& objectName, const QVariant& data)
{
    auto* combo = child<QComboBox>(parent, objectName);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QString makeLindeveenFile(const QTemporaryDir& dir,
                          const std::function<void(Document&, qint64 north, qint64 south)>& fill)
{
    const QString path = dir.filePath(u"lindeveen.wijkregie"_s);
    Document d(Database::create(path, u"Lindeveen"_s));
    const qint64 north = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    const qint64 south = d.wards().insert(Build::ward(u"WK036302"_s, u"Zuid"_s));
    fill(d, north, south);
    return path;
}

RiskCharts* showDashboardCharts(MainWindow& window, int timeoutMs)
{
    window.showDashboard();
    auto* charts = window.dashboard()->findChild<RiskCharts*>();
    REQUIRE(charts);
    if (charts->isBusy()) {
        QSignalSpy ready(charts, &RiskCharts::slowChartsReady);
        REQUIRE(ready.wait(timeoutMs));
    }
    return charts;
}

void showActive(QWidget* window)
{
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
}

void clickOk(QWidget* dialog)
{
    child<QPushButton>(dialog, u"okButton"_s)->click();
}

QString fieldError(QWidget* editor, const QString& field)
{
    auto* label = child<QLabel>(editor, field + u"ErrorLabel"_s);
    return label->isHidden() ? QString() : label->text();
}

void checkOkRefused(QDialog* editor, const QList<ExpectedFieldError>& withError, const QStringList& withoutError)
{
    clickOk(editor);
    CHECK(editor->result() != QDialog::Accepted);
    for (const ExpectedFieldError& expected : withError) {
        INFO("the error under " << expected.field.toStdString());
        CHECK_FALSE(fieldError(editor, expected.field).isEmpty());
        if (!expected.contains.isEmpty()) {
            CHECK(fieldError(editor, expected.field).contains(expected.contains));
        }
    }
    for (const QString& field : withoutError) {
        INFO("no error under " << field.toStdString());
        CHECK(fieldError(editor, field).isEmpty());
    }
}
