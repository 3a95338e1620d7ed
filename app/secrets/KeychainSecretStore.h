#pragma once

#include "SecretStore.h"

// API keys in the OS keychain through QtKeychain: Keychain on macOS, Credential Manager on
// Windows, Secret Service or KWallet on Linux. One entry per workspace under the
// application's id. A failure other than "not found" is tried once more after a short delay;
// nothing is ever stored in plain text instead, and nothing is deleted because of an error.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &reference, QObject *context, Callback done) override;
    void write(const QString &reference, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QString &reference, QObject *context, Callback done) override;

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &reference, const QString &secret, QObject *context,
             Callback done, bool retried);

    QString m_service;
};
