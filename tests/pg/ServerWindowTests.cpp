// The window on a team database (a real PostgreSQL server): opened by its address, its lists filled, a colleague's
// change shown without a refresh by hand (LISTEN/NOTIFY), and a save that meets a colleague's change refused.
#include "core/storage/Publish.h"
#include "core/storage/TeamRoles.h"
#include "tests/support/TestServer.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/LazyTableModel.h"
#include "ui/common/ListView.h"
#include "ui/persons/PersonEditor.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// A file with two wards and a resident, published to a new server database.
struct PublishedTeam
{
    PublishedTeam()
    {
        TestDocument file;
        Document& d = *file.document;
        const qint64 noord = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
        d.wards().insert(Build::ward(u"WK036302"_s, u"Zuid"_s));
        personId = d.persons().insert(Build::person(u"Fatima"_s, u"El Amrani"_s, noord));
        Publish::toServer(d.database(), server.url());
    }
    TestServerDatabase server;
    qint64 personId = 0;
};

/// Lets the event loop deliver the server's notifications until `done` or 15 s have passed.
template<typename F> bool waitFor(F done)
{
    QDeadlineTimer deadline(15000);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return done();
}

} // namespace

TEST_CASE("the window opens a team database by its address, shows its lists, and offers no file backup", "[pg][window]")
{
    PublishedTeam team;
    MainWindow window;
    REQUIRE(window.openFile(team.server.url()));
    CHECK(window.view(MainWindow::Wards)->model()->rowCount() == 2);
    CHECK(window.view(MainWindow::Persons)->model()->rowCount() == 1);
    const QString database = QUrl(team.server.url()).path().mid(1);
    CHECK(window.windowTitle().contains(database));
    CHECK_FALSE(window.findChild<QAction*>(u"backupAction"_s)->isEnabled());
    CHECK(window.findChild<QAction*>(u"reportAction"_s)->isEnabled());
    window.closeFile();
}

TEST_CASE("a colleague's change on the server refreshes the open lists (LISTEN/NOTIFY)", "[pg][window]")
{
    PublishedTeam team;
    MainWindow window;
    REQUIRE(window.openFile(team.server.url()));
    QAbstractItemModel* wards = window.view(MainWindow::Wards)->model();
    QAbstractItemModel* persons = window.view(MainWindow::Persons)->model();
    REQUIRE(wards->rowCount() == 2);

    auto colleague = Database::open(team.server.url());
    WardRepository(*colleague).insert(Build::ward(u"WK036303"_s, u"Oost"_s));
    CHECK(waitFor([&] { return wards->rowCount() == 3; }));
    PersonRepository(*colleague).remove(team.personId);
    CHECK(waitFor([&] { return persons->rowCount() == 0; }));
    window.closeFile();
}

TEST_CASE("two wijkregisseurs on the team database: the second save of one resident is refused, naming the "
          "colleague, and keeps what was typed",
          "[pg][window][conflict]")
{
    PublishedTeam team;
    auto mine = std::make_unique<Document>(Database::open(team.server.url()));
    auto theirs = std::make_unique<Document>(Database::open(team.server.url()));
    PersonEditor myEditor(*mine, team.personId);
    {
        PersonEditor theirEditor(*theirs, team.personId);
        theirEditor.findChild<QLineEdit*>(u"phoneLineEdit"_s)->setText(u"0612345678"_s);
        theirEditor.findChild<QPushButton*>(u"okButton"_s)->click();
        REQUIRE(theirEditor.result() == QDialog::Accepted);
    }
    myEditor.findChild<QLineEdit*>(u"emailLineEdit"_s)->setText(u"fatima@example.org"_s);
    myEditor.findChild<QPushButton*>(u"okButton"_s)->click();
    CHECK(myEditor.result() != QDialog::Accepted);
    const QString message = myEditor.findChild<QLabel*>(u"generalErrorLabel"_s)->text();
    INFO(message.toStdString());
    CHECK(message.contains(QUrl(team.server.url()).userName()));
    CHECK(myEditor.findChild<QLineEdit*>(u"emailLineEdit"_s)->text() == u"fatima@example.org"_s);
    const Person stored = *mine->persons().find(team.personId);
    CHECK(stored.phone == u"0612345678"_s);
    CHECK(stored.email.isEmpty());
}

TEST_CASE("the window on the team database says what the user's role lets them do, and shows other wards' residents "
          "as a pseudonym",
          "[pg][window][team]")
{
    PublishedTeam team;
    const QString anna = team.server.name() + u"_anna"_s;
    const QString ben = team.server.name() + u"_ben"_s;
    {
        auto owner = Database::open(team.server.url());
        TeamRoles::addUser(owner->connection(), anna, TeamRoles::Role::Wijkregisseur);
        TeamRoles::addUser(owner->connection(), ben, TeamRoles::Role::Beleidsmedewerker);
        TeamRoles::assignWard(owner->connection(), anna, u"WK036302"_s);
    }
    const auto messageOf = [](MainWindow& window) {
        const QLabel* bar = window.findChild<QLabel*>(u"messageBarLabel"_s);
        REQUIRE(bar);
        CHECK(bar->isVisibleTo(&window));
        return bar->text();
    };
    {
        MainWindow window;
        REQUIRE(window.openFile(team.server.urlFor(anna)));
        CHECK(messageOf(window).contains(u"wijkregisseur of WK036302"_s));
        // Fatima lives in Noord, which is not Anna's ward.
        QAbstractItemModel* persons = window.view(MainWindow::Persons)->model();
        REQUIRE(persons->rowCount() == 1);
        QStringList row;
        for (int c = 0; c < persons->columnCount(); ++c) {
            row << persons->index(0, c).data().toString();
        }
        CHECK_FALSE(row.join(u'|').contains(u"Fatima"_s));
        CHECK(row.join(u'|').contains(u"P-"_s + QString::number(team.personId)));
        window.closeFile();
    }
    {
        MainWindow window;
        REQUIRE(window.openFile(team.server.urlFor(ben)));
        CHECK(messageOf(window).contains(u"beleidsmedewerker"_s));
        window.closeFile();
    }
}
