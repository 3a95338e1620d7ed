#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

// One answer of the simulated service before fault injection: a status and a JSON body.
struct SandboxReply {
    int status = 200;
    QByteArray body;

    static SandboxReply json(const QJsonDocument &document, int status = 200)
    {
        return {status, document.toJson(QJsonDocument::Compact)};
    }
    static SandboxReply error(int status, const QString &message);
    static QByteArray reasonPhrase(int status);
};
