#pragma once

#include "SecretStore.h"

#include <QHash>

// The secret store of tests: keys in memory, and a status to fail with on demand.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &reference, QObject *context, Callback done) override;
    void write(const QString &reference, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QString &reference, QObject *context, Callback done) override;

    QHash<QString, QString> secrets;
    Status failWith = Status::Ok;

private:
    void answer(QObject *context, Callback done, Result result);
};
