#pragma once

#include "ApiError.h"
#include "ApiTask.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <any>
#include <functional>

class FiniClient;
class QNetworkReply;

// One logical request to Fini with its retries: sends, classifies what came back into an
// ApiError, waits and retries as the RetryPolicy allows, and decodes the JSON answer on a
// worker thread. Emits `finished` exactly once.
class ApiCall : public ApiTask
{
    Q_OBJECT

public:
    // Turns the parsed answer into the call's value; sets `problem` when the shape is wrong.
    using Decoder = std::function<std::any(const QJsonDocument &document, QString *problem)>;

    struct Spec {
        ApiOperation operation = ApiOperation::ListSources;
        QByteArray verb = "GET";
        QString path;
        QUrlQuery query;
        QByteArray body;
        RetryPolicy::Mode retry = RetryPolicy::Mode::Read;
    };

    ApiCall(FiniClient *client, Spec spec, Decoder decoder);
    ~ApiCall() override;

    void start();
    void cancel() override;

Q_SIGNALS:
    void finished(const std::any &value, const ApiError &error);

private:
    void attempt();
    void onReplyFinished();
    ApiError classify(QNetworkReply *reply, const QByteArray &body) const;
    void decodeOffThread(const QByteArray &body);
    void onDecoded(const std::any &value, const QString &problem);
    void fail(ApiError error);
    void finish(const std::any &value, ApiError error);
    void abortReply();
    // Ends the attempt in flight for a reason of ours; classify() reports it.
    enum class Stop { None, Idle, Deadline, TooLarge };
    void stopAttempt(Stop why);

    FiniClient *m_client;
    Spec m_spec;
    Decoder m_decoder;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_deadlineTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QString m_tlsProblem;
    int m_attempts = 0;
    int m_rateLimitWaits = 0;
    Stop m_stop = Stop::None;
    bool m_done = false;
};
