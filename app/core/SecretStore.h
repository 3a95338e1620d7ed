#pragma once

#include <QObject>

#include <functional>

// Where API keys live: the OS keychain in the app, a fake in tests. Calls are asynchronous
// because a keychain may ask the user to unlock it.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,
        NoBackend, // no keychain service on this computer
        Locked,    // the keychain is locked or the user refused access
        Failed,    // anything else; the message says what
    };

    struct Result {
        Status status = Status::Ok;
        QString secret;
        QString message;
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &reference, QObject *context, Callback done) = 0;
    virtual void write(const QString &reference, const QString &secret, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &reference, QObject *context, Callback done) = 0;

    static QString describe(Status status);
};
