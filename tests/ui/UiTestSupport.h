#pragma once

#include "core/domain/Initiative.h"
#include "core/domain/Person.h"
#include "core/domain/Ward.h"
#include "tests/support/Builders.h"
#include "ui/Document.h"

#include <QDialog>
#include <QMessageBox>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

class MainWindow;
class RiskCharts;

/// A fresh database in a temporary folder, opened as a Document.
struct TestDocument
{
    TestDocument();
    QString path() const { return dir.filePath(QStringLiteral("test.wijkregie")); }

    QTemporaryDir dir;
    std::unique_ptr<Document> document;
};

/// A new file lindeveen.wijkregie (municipality Lindeveen) in `dir` with the wards WK036301 Noord and WK036302 Zuid;
/// `fill` adds the rest, given the two wards' ids, before the file is closed again. Its path.
QString makeLindeveenFile(const QTemporaryDir& dir,
                          const std::function<void(Document&, qint64 north, qint64 south)>& fill);

/// Inserts `count` wards WK0001xx.. (codes WK0<6 digits>) in one transaction.
void insertWards(Document& document, int count);
void insertPersons(Document& document, int count, std::optional<qint64> wardId = {});

/// Runs `fn` on the next modal widget for which `matches` holds, once it is open (looked for every 10 ms, for about
/// five seconds). The one poller behind the functions below.
void onNextModalWidget(std::function<bool(QWidget*)> matches, std::function<void(QWidget*)> fn);
/// Runs `fn` on the next modal dialog with this object name once it is open.
void onNextModal(const QString& objectName, std::function<void(QDialog*)> fn);
/// Answers the next message box that opens with `button`; its text lands in `text`.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text = nullptr);
/// Answers the next message boxes, one after the other, with these buttons; their texts land in `texts` (when given).
void answerMessageBoxes(QList<QMessageBox::StandardButton> buttons, QStringList* texts = nullptr);
/// Types `text` into the next QInputDialog and accepts it.
void answerNextInputDialog(const QString& text);

/// The child of `parent` with this object name; the test fails when there is none.
template<typename T> T* child(QWidget* parent, const QString& objectName)
{
    T* widget = parent->findChild<T*>(objectName);
    REQUIRE(widget != nullptr);
    return widget;
}
/// Sets a line edit (found by object name) of `parent`.
void setText(QWidget* parent, const QString& objectName, const QString& text);
/// Sets line edits (found by object name) of `parent`: object name, text.
void setTexts(QWidget* parent, const QList<std::pair<QString, QString>>& texts);
/// Picks the item with this data in a combo box (found by object name) of `parent`.
void setComboData(QWidget* parent, const QString& objectName, const QVariant& data);
/// Shows the dashboard of an opened main window and waits, up to `timeoutMs`, until its background charts are built.
RiskCharts* showDashboardCharts(MainWindow& window, int timeoutMs);
/// Shows a window and activates it; the test stops unless it becomes the active window (keyboard focus follows).
void showActive(QWidget* window);
/// Clicks an editor's OK button (object name okButton).
void clickOk(QWidget* dialog);
/// The text of the error label under a field of an editor ("" when hidden).
QString fieldError(QWidget* editor, const QString& field);

/// An error an editor must show under a field: the field's key and a part of the message ("" for any message).
struct ExpectedFieldError
{
    QString field;
    QString contains;
};
/// Clicks an editor's OK on input it must refuse: the editor stays open, each field of `withError` shows its error and
/// each field of `withoutError` none.
void checkOkRefused(QDialog* editor, const QList<ExpectedFieldError>& withError, const QStringList& withoutError = {});
