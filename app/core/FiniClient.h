#pragma once

#include "ApiCall.h"
#include "ApiResult.h"
#include "BatchOutcome.h"
#include "KnowledgeTypes.h"
#include "ProviderResource.h"
#include "RetryPolicy.h"
#include "Source.h"
#include "SourceOperations.h"
#include "SourceQuery.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

struct FiniClientConfig {
    QUrl baseUrl = QUrl(QStringLiteral("https://api-prod.usefini.com"));
    QString apiKey;
    // No byte for this long ends an attempt...
    int timeoutMs = 30000;
    // ...and so does no complete answer this long after it was sent, however slowly bytes come.
    int requestDeadlineMs = 120000;
    // A page of 100 sources is well under 1 MB; an answer past this is not read any further.
    qint64 maxResponseBytes = 32LL * 1024 * 1024;
    RetryPolicy::Settings retry;
    int chunkSize = 100;
    int maxInFlight = 4; // below 1 counts as 1
};

// The typed, asynchronous client of Fini's public API. It owns the one
// QNetworkAccessManager, builds every request in one place and hands each answer to a
// callback that runs only while its context object lives.
class FiniClient : public QObject
{
    Q_OBJECT

public:
    explicit FiniClient(const FiniClientConfig &config, QObject *parent = nullptr);

    const FiniClientConfig &config() const { return m_config; }
    // A new key applies to the requests sent from now on.
    void setApiKey(const QString &key) { m_config.apiKey = key; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    QNetworkAccessManager *network() { return &m_network; }

    // https anywhere; plain http only to this computer (the sandbox).
    static bool isAllowedBaseUrl(const QUrl &url);
    static QString userAgent();
    QNetworkRequest buildRequest(const QString &path, const QUrlQuery &query = {}) const;

    ApiTask *listSources(const SourceQuery &query, QObject *context, ApiCallback<SourcePage> done);
    ApiTask *getSource(const QString &id, QObject *context, ApiCallback<Source> done);
    ApiTask *ingest(const IngestRequest &request, QObject *context, ApiCallback<IngestResult> done);
    // Ingest for any number of items of one `source`, in chunks: URLs for `web`, source IDs
    // otherwise; `toRefresh` are items the workspace has already. An answer accepts its chunk
    // (Fini names the sources it queued, not the URLs); an item Fini refuses is reported on its
    // own.
    ApiTask *ingestInChunks(const QString &source, const QStringList &toAdd,
                            const QStringList &toRefresh, QObject *context,
                            BatchCallback<IngestResult> done);
    // List provider resources: what a connected provider offers, in its own tree.
    ApiTask *listResources(const QString &provider, QObject *context,
                           ApiCallback<QList<ProviderResource>> done);
    // Register provider resources, in chunks (rejections by external ID). The answer names the
    // new and the known sources like Ingest's; nothing is queued yet.
    ApiTask *registerResources(const QString &provider, const QList<ProviderResource> &resources,
                               QObject *context, BatchCallback<IngestResult> done);
    // Deep-crawl links: the pages Fini finds from `links`, at most `limit`. Nothing is added.
    ApiTask *crawlLinks(const QStringList &links, int limit, QObject *context,
                        ApiCallback<QStringList> done);
    // `eachChunk` hears the accepted and rejected IDs of each answer as it arrives.
    ApiTask *refresh(const QStringList &ids, QObject *context, BatchCallback<QString> done,
                     BatchCallback<QString> eachChunk = {});
    ApiTask *deleteSources(const QStringList &ids, bool deleteArticles, QObject *context,
                           BatchCallback<DeletedSource> done);
    ApiTask *bulkGenerate(const QStringList &ids, const GenerateOptions &options, QObject *context,
                          BatchCallback<GeneratedJob> done);
    ApiTask *checkJobs(const QStringList &jobIds, QObject *context,
                       BatchCallback<KnowledgeJob> done);

Q_SIGNALS:
    // A call failed and will be tried again after `delayMs` (for a visible countdown).
    void retryScheduled(const ApiError &error, int delayMs);

private:
    template<typename T>
    ApiTask *single(ApiCall::Spec spec,
                    std::function<std::optional<T>(const QJsonDocument &, QString *)> decode,
                    QObject *context, ApiCallback<T> done);

    FiniClientConfig m_config;
    RetryPolicy m_retryPolicy;
    QNetworkAccessManager m_network;
};
