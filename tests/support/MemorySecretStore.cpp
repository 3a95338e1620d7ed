#include "MemorySecretStore.h"

#include <QTimer>

void MemorySecretStore::answer(QObject *context, Callback done, Result result)
{
    if (failWith != Status::Ok)
        result = {failWith, {}, describe(failWith)};
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

void MemorySecretStore::read(const QString &reference, QObject *context, Callback done)
{
    const auto it = secrets.constFind(reference);
    answer(context, std::move(done),
           it == secrets.constEnd() ? Result{Status::NotFound, {}, {}}
                                    : Result{Status::Ok, *it, {}});
}

void MemorySecretStore::write(const QString &reference, const QString &secret, QObject *context,
                              Callback done)
{
    if (failWith == Status::Ok)
        secrets.insert(reference, secret);
    answer(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &reference, QObject *context, Callback done)
{
    if (failWith == Status::Ok)
        secrets.remove(reference);
    answer(context, std::move(done), {});
}
