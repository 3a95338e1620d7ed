#include "KeychainSecretStore.h"
#include "TestMain.h"

#include <QtTest>

// A real round trip through the OS keychain (Secret Service here). Run through
// run_keychain_test.sh, which gives it a throw-away, unlocked gnome-keyring.
class KeychainTest : public QObject
{
    Q_OBJECT

private:
    SecretStore::Result call(const std::function<void(SecretStore::Callback)> &operation)
    {
        std::optional<SecretStore::Result> result;
        operation([&result](const SecretStore::Result &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(SecretStore::Result{SecretStore::Status::Failed, {}, {}});
    }

private Q_SLOTS:
    void keyRoundTrip()
    {
        KeychainSecretStore store(QStringLiteral("com.sourcedesk.Sourcedesk.test"));
        const QString reference = QStringLiteral("workspace-test");
        const auto written = call([&](auto done) {
            store.write(reference, QStringLiteral("fini_keychain_test_key"), this, done);
        });
        QCOMPARE(written.status, SecretStore::Status::Ok);
        const auto read = call([&](auto done) { store.read(reference, this, done); });
        QCOMPARE(read.status, SecretStore::Status::Ok);
        QCOMPARE(read.secret, QStringLiteral("fini_keychain_test_key"));
        QCOMPARE(call([&](auto done) { store.remove(reference, this, done); }).status,
                 SecretStore::Status::Ok);
        QCOMPARE(call([&](auto done) { store.read(reference, this, done); }).status,
                 SecretStore::Status::NotFound);
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, KeychainTest)
#include "tst_keychain.moc"
