#include "KeychainSecretStore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

constexpr int RetryDelayMs = 700;

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::Locked;
    default:
        // Without a D-Bus session QtKeychain reports OtherError, never NoBackendAvailable.
        return SecretStore::Status::Failed;
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::read(const QString &reference, QObject *context, Callback done)
{
    run(Operation::Read, reference, {}, context, std::move(done), false);
}

void KeychainSecretStore::write(const QString &reference, const QString &secret, QObject *context,
                                Callback done)
{
    run(Operation::Write, reference, secret, context, std::move(done), false);
}

void KeychainSecretStore::remove(const QString &reference, QObject *context, Callback done)
{
    run(Operation::Remove, reference, {}, context, std::move(done), false);
}

void KeychainSecretStore::run(Operation operation, const QString &reference, const QString &secret,
                              QObject *context, Callback done, bool retried)
{
    QKeychain::Job *job = nullptr;
    if (operation == Operation::Read) {
        job = new QKeychain::ReadPasswordJob(m_service, this);
    } else if (operation == Operation::Write) {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setTextData(secret);
        job = writeJob;
    } else {
        job = new QKeychain::DeletePasswordJob(m_service, this);
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(reference);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, reference, secret, guard, done, retried](QKeychain::Job *finished) {
                Result result;
                result.status = statusOf(finished->error());
                result.message =
                    finished->error() == QKeychain::NoError
                        ? QString()
                        : describe(result.status) + QLatin1Char(' ') + finished->errorString();
                if (operation == Operation::Read && result.status == Status::Ok)
                    result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                const bool transient =
                    result.status != Status::Ok && result.status != Status::NotFound;
                if (transient && !retried) {
                    // A keychain that is starting or being unlocked often answers the second time.
                    QTimer::singleShot(RetryDelayMs, this,
                                       [this, operation, reference, secret, guard, done] {
                                           if (guard)
                                               run(operation, reference, secret, guard, done, true);
                                       });
                    return;
                }
                if (guard)
                    done(result);
            });
    job->start();
}
