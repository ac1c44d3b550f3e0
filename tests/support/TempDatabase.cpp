#include "TempDatabase.h"

#include <QCryptographicHash>
#include <QFile>

TempDatabase::TempDatabase()
{
    if (onServer()) {
        server = std::make_unique<TestServerDatabase>();
        Database::connectServer(server->url())->createServerSchema();
        db = Database::open(server->url());
        db->setMunicipality(QStringLiteral("Testgemeente"));
        return;
    }
    db = Database::create(path(), QStringLiteral("Testgemeente"));
}

bool TempDatabase::onServer()
{
    return qEnvironmentVariable("WIJKREGIE_TEST_ENGINE") == QLatin1String("postgresql");
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(bytes);
    }
}
