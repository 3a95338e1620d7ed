#include "ConnectionTester.h"
#include "FiniClient.h"
#include "FiniSandbox.h"
#include "MemorySecretStore.h"
#include "TestMain.h"
#include "WorkspaceStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class WorkspacesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<FiniSandbox> m_sandbox;

    ConnectionTester::Result test(const QString &key)
    {
        FiniClientConfig config;
        config.baseUrl = m_sandbox->url();
        config.apiKey = key;
        FiniClient client(config);
        ConnectionTester tester(&client);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000); }();
        return finished.first().first().value<ConnectionTester::Result>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        SandboxOptions options;
        options.sources = 20;
        m_sandbox = std::make_unique<FiniSandbox>(options);
        QVERIFY(m_sandbox->start());
    }

    void workspacesAreSavedWithoutTheirKey()
    {
        WorkspaceStore store;
        const WorkspaceConfig acme =
            store.save({{}, QStringLiteral("Acme support"), WorkspaceStore::defaultBaseUrl(), {}});
        QVERIFY(!acme.id.isEmpty());
        QVERIFY(!acme.keyReference.isEmpty());
        const WorkspaceConfig eu = store.save(
            {{}, QStringLiteral("Acme EU"), QUrl(QStringLiteral("https://eu.example.test")), {}});
        store.setLastUsed(eu.id);

        MemorySecretStore secrets;
        bool written = false;
        secrets.write(
            acme.keyReference, QStringLiteral("fini_secret_acme"), this,
            [&](const SecretStore::Result &r) { written = r.status == SecretStore::Status::Ok; });
        QTRY_VERIFY(written);

        WorkspaceStore reopened;
        QCOMPARE(reopened.workspaces().size(), 2);
        QCOMPARE(*reopened.find(acme.id), acme);
        QCOMPARE(reopened.lastUsed(), eu.id);
        WorkspaceConfig renamed = acme;
        renamed.name = QStringLiteral("Acme");
        reopened.save(renamed);
        QCOMPARE(WorkspaceStore().find(acme.id)->name, QStringLiteral("Acme"));
        reopened.remove(eu.id);
        QCOMPARE(WorkspaceStore().workspaces().size(), 1);
        QVERIFY(WorkspaceStore().lastUsed().isEmpty());

        // No file Sourcedesk wrote holds the key.
        QDirIterator files(m_settings.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("fini_secret_acme"));
        }
    }

    void pastedKeysAreCleaned()
    {
        QCOMPARE(WorkspaceStore::cleanKey(QStringLiteral("  Bearer fini_abc \n")),
                 QStringLiteral("fini_abc"));
        QCOMPARE(WorkspaceStore::cleanKey(QStringLiteral("fini_abc")), QStringLiteral("fini_abc"));
    }

    void connectionTestTellsWhatTheKeyCanDo()
    {
        const auto writer = test(FiniSandbox::writeKey());
        QVERIFY(writer.canRead);
        QCOMPARE(writer.canWrite, std::optional<bool>(true));
        QVERIFY(writer.summary().contains(QStringLiteral("read and change")));

        const auto reader = test(FiniSandbox::readKey());
        QVERIFY(reader.canRead);
        QCOMPARE(reader.canWrite, std::optional<bool>(false));
        QVERIFY(reader.summary().contains(QStringLiteral("read only")));

        const auto revoked = test(FiniSandbox::revokedKey());
        QVERIFY(!revoked.canRead);
        QCOMPARE(revoked.error.kind(), ApiError::Kind::Unauthorized);
        QVERIFY(revoked.summary().contains(QStringLiteral("API key")));
    }

    void failingSecretStoreSaysWhy()
    {
        MemorySecretStore secrets;
        secrets.failWith = SecretStore::Status::Locked;
        std::optional<SecretStore::Result> result;
        secrets.read(QStringLiteral("x"), this, [&](const SecretStore::Result &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->status, SecretStore::Status::Locked);
        QVERIFY(result->message.contains(QStringLiteral("locked")));
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, WorkspacesTest)
#include "tst_workspaces.moc"
