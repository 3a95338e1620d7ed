#include "HttpProbe.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>

HttpProbe::HttpProbe(const QUrl &base)
    : m_base(base)
{}

HttpProbe::Answer HttpProbe::send(const QByteArray &verb, const QString &pathAndQuery,
                                  const QString &key, const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(timeoutMs + 2000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body);
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.contentType = reply->rawHeader("Content-Type");
    answer.transportError = reply->error() != QNetworkReply::NoError && answer.status == 0;
    reply->deleteLater();
    return answer;
}

HttpProbe::Answer HttpProbe::get(const QString &pathAndQuery, const QString &key)
{
    return send("GET", pathAndQuery, key);
}

HttpProbe::Answer HttpProbe::post(const QString &path, const QString &key,
                                  const QJsonDocument &body)
{
    return send("POST", path, key, body.toJson(QJsonDocument::Compact));
}

int HttpProbe::answers(const QString &route, const QString &status)
{
    return get(QStringLiteral("/_sandbox/stats"), QString())
        .json.object()
        .value(QLatin1String("requests"))
        .toObject()
        .value(route)
        .toObject()
        .value(status)
        .toInt();
}
