#include "ConnectionTester.h"

#include "FiniClient.h"

QString ConnectionTester::Result::summary() const
{
    if (!canRead)
        return error.summary();
    if (!canWrite)
        return tr("Connected: this key can read the sources. Whether it can change them could "
                  "not be checked.");
    return *canWrite ? tr("Connected: this key can read and change sources.")
                     : tr("Connected, read only: this key can read the sources but not refresh "
                          "them or generate knowledge.");
}

ConnectionTester::ConnectionTester(FiniClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ConnectionTester::start()
{
    SourceQuery one;
    one.limit = 1;
    m_client->listSources(one, this, [this](const ApiResult<SourcePage> &page) {
        Result result;
        if (!page.ok()) {
            result.error = page.error();
            Q_EMIT finished(result);
            return;
        }
        result.canRead = true;
        // The probe goes to the route directly: the batching client would not send an empty
        // list at all.
        auto *probe = new ApiCall(m_client,
                                  {ApiOperation::RefreshSources,
                                   "POST",
                                   QStringLiteral("/v2/documents/public/refresh"),
                                   {},
                                   QByteArrayLiteral("{\"documentIds\":[]}"),
                                   RetryPolicy::Mode::RetryOnceOnServerError},
                                  [](const QJsonDocument &, QString *) { return std::any(); });
        connect(probe, &ApiCall::finished, this,
                [this, result](const std::any &, const ApiError &error) mutable {
                    if (error.httpStatus() == 403)
                        result.canWrite = false;
                    else if (error.httpStatus() == 400 || !error.isError())
                        result.canWrite = true;
                    Q_EMIT finished(result);
                });
        probe->start();
    });
}
