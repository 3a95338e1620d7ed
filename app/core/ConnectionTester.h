#pragma once

#include "ApiError.h"

#include <QObject>

class FiniClient;

// "Test connection": reads one page, then checks whether the key may write by asking for a
// refresh of no sources: Fini answers 403 to a key without the write scope and 400 (empty
// list) to one with it. It is a check, not a guarantee.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    struct Result {
        bool canRead = false;
        std::optional<bool> canWrite; // unknown when the check was inconclusive
        ApiError error;               // why reading failed, if it did
        QString summary() const;
    };

    explicit ConnectionTester(FiniClient *client, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const ConnectionTester::Result &result);

private:
    FiniClient *m_client;
};
