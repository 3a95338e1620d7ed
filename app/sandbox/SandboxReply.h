#pragma once

#include "SandboxVariations.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

// One answer of the simulated service before fault injection: a status, a body and its type.
struct SandboxReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QString message; // the human sentence of an error; empty on success

    static SandboxReply json(const QJsonDocument &document, int status = 200)
    {
        SandboxReply reply;
        reply.status = status;
        reply.body = document.toJson(QJsonDocument::Compact);
        return reply;
    }
    static SandboxReply error(int status, const QString &message);
    static QByteArray reasonPhrase(int status);

    // The same answer with an error body in the given form; success answers stay as they are.
    SandboxReply withErrorBody(SandboxVariations::ErrorBody form) const;
};
