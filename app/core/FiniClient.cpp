#include "FiniClient.h"

#include "BatchCall.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkProxyFactory>

namespace {

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray idsBody(const char *field, const QStringList &ids, QJsonObject extra = {})
{
    extra.insert(QLatin1String(field), QJsonArray::fromStringList(ids));
    return jsonBody(extra);
}

QString noProblem(QString *problem, const QString &text)
{
    *problem = text;
    return text;
}

template<typename T>
std::optional<QList<T>> decodeArray(const QJsonArray &array,
                                    std::optional<T> (*fromJson)(const QJsonObject &))
{
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (auto item = fromJson(value.toObject()))
            items.append(*item);
    }
    return items;
}

// Ingest and Register provider resources answer alike: the sources added and updated.
std::optional<QList<IngestResult>> decodeIngestResult(const QJsonDocument &doc, QString *problem)
{
    auto result = IngestResult::fromJson(doc.object(), problem);
    if (!result)
        return std::nullopt;
    return QList<IngestResult>{*result};
}

} // namespace

FiniClient::FiniClient(const FiniClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_retryPolicy(config.retry)
{
    // Proxy settings come from the system, as users expect of a desktop app.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

bool FiniClient::isAllowedBaseUrl(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return !url.host().isEmpty();
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    return QHostAddress(url.host()).isLoopback();
}

QString FiniClient::userAgent()
{
    return QStringLiteral("Sourcedesk/" SOURCEDESK_VERSION);
}

QNetworkRequest FiniClient::buildRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

template<typename T>
ApiTask *
FiniClient::single(ApiCall::Spec spec,
                   std::function<std::optional<T>(const QJsonDocument &, QString *)> decode,
                   QObject *context, ApiCallback<T> done)
{
    auto *call = new ApiCall(this, std::move(spec),
                             [decode](const QJsonDocument &doc, QString *problem) -> std::any {
                                 return decode(doc, problem);
                             });
    connect(call, &ApiCall::finished, context,
            [done](const std::any &value, const ApiError &error) {
                if (error.isError())
                    done(ApiResult<T>(error));
                else
                    done(ApiResult<T>(*std::any_cast<std::optional<T>>(value)));
            });
    call->start();
    return call;
}

ApiTask *FiniClient::listSources(const SourceQuery &query, QObject *context,
                                 ApiCallback<SourcePage> done)
{
    ApiCall::Spec spec{ApiOperation::ListSources, "GET", QStringLiteral("/v2/documents/public"),
                       query.toUrlQuery(),        {},    RetryPolicy::Mode::Read};
    return single<SourcePage>(
        std::move(spec),
        [](const QJsonDocument &doc, QString *problem) -> std::optional<SourcePage> {
            return SourcePage::fromJson(doc.object(), problem);
        },
        context, std::move(done));
}

ApiTask *FiniClient::getSource(const QString &id, QObject *context, ApiCallback<Source> done)
{
    ApiCall::Spec spec{ApiOperation::GetSource,
                       "GET",
                       QStringLiteral("/v2/documents/public/")
                           + QString::fromUtf8(QUrl::toPercentEncoding(id)),
                       {},
                       {},
                       RetryPolicy::Mode::Read};
    return single<Source>(
        std::move(spec),
        [](const QJsonDocument &doc, QString *problem) -> std::optional<Source> {
            auto source = Source::fromJson(doc.object());
            if (!source)
                noProblem(problem, tr("the answer is not a source"));
            return source;
        },
        context, std::move(done));
}

ApiTask *FiniClient::ingest(const IngestRequest &request, QObject *context,
                            ApiCallback<IngestResult> done)
{
    ApiCall::Spec spec{ApiOperation::IngestSources,
                       "POST",
                       QStringLiteral("/v2/documents/public"),
                       {},
                       jsonBody(request.toJson()),
                       RetryPolicy::Mode::NoBlindRetry};
    return single<IngestResult>(
        std::move(spec),
        [](const QJsonDocument &doc, QString *problem) -> std::optional<IngestResult> {
            return IngestResult::fromJson(doc.object(), problem);
        },
        context, std::move(done));
}

ApiTask *FiniClient::crawlLinks(const QStringList &links, int limit, QObject *context,
                                ApiCallback<QStringList> done)
{
    // Only discovers: asking again after a lost answer changes nothing at Fini.
    ApiCall::Spec spec{ApiOperation::CrawlLinks,
                       "POST",
                       QStringLiteral("/v2/documents/public/deep-crawl/links"),
                       {},
                       idsBody("links", links, QJsonObject{{QStringLiteral("limit"), limit}}),
                       RetryPolicy::Mode::Read};
    return single<QStringList>(
        std::move(spec),
        [](const QJsonDocument &doc, QString *problem) -> std::optional<QStringList> {
            const QJsonValue data = doc.object().value(QLatin1String("data"));
            if (!data.isArray()) {
                noProblem(problem, tr("the answer does not list the pages found"));
                return std::nullopt;
            }
            QStringList urls;
            for (const QJsonValue &value : data.toArray()) {
                if (value.isString())
                    urls.append(value.toString());
            }
            return urls;
        },
        context, std::move(done));
}

ApiTask *FiniClient::ingestInChunks(const QString &source, const QStringList &toAdd,
                                    const QStringList &toRefresh, QObject *context,
                                    BatchCallback<IngestResult> done)
{
    const QSet<QString> refreshed(toRefresh.cbegin(), toRefresh.cend());
    auto *batch = new BatchCall<IngestResult>(
        this, toAdd + toRefresh,
        [source, refreshed](const QStringList &chunk) {
            IngestRequest request;
            request.source = source;
            for (const QString &item : chunk)
                (refreshed.contains(item) ? request.toRefresh : request.toAdd).append(item);
            return ApiCall::Spec{ApiOperation::IngestSources,
                                 "POST",
                                 QStringLiteral("/v2/documents/public"),
                                 {},
                                 jsonBody(request.toJson()),
                                 RetryPolicy::Mode::NoBlindRetry};
        },
        &decodeIngestResult, {}, 400, context, std::move(done));
    batch->start();
    return batch;
}

ApiTask *FiniClient::listResources(const QString &provider, QObject *context,
                                   ApiCallback<QList<ProviderResource>> done)
{
    ApiCall::Spec spec{ApiOperation::ListResources,
                       "GET",
                       QStringLiteral("/v2/documents/public/resources/")
                           + QString::fromUtf8(QUrl::toPercentEncoding(provider)),
                       {},
                       {},
                       RetryPolicy::Mode::Read};
    return single<QList<ProviderResource>>(
        std::move(spec),
        [provider](const QJsonDocument &doc,
                   QString *problem) -> std::optional<QList<ProviderResource>> {
            return ProviderResource::listFromJson(provider, doc, problem);
        },
        context, std::move(done));
}

ApiTask *FiniClient::registerResources(const QString &provider,
                                       const QList<ProviderResource> &resources, QObject *context,
                                       BatchCallback<IngestResult> done)
{
    QHash<QString, QJsonObject> byId;
    QStringList ids;
    for (const ProviderResource &resource : resources) {
        ids.append(resource.externalId);
        byId.insert(resource.externalId, resource.toRegisterJson());
    }
    const QString path = QStringLiteral("/v2/documents/public/resources/")
                         + QString::fromUtf8(QUrl::toPercentEncoding(provider));
    auto *batch = new BatchCall<IngestResult>(
        this, ids,
        [path, byId](const QStringList &chunk) {
            QJsonArray items;
            for (const QString &id : chunk)
                items.append(byId.value(id));
            // Registering again only updates the records: a lost answer may be asked again.
            return ApiCall::Spec{ApiOperation::RegisterResources,
                                 "POST",
                                 path,
                                 {},
                                 jsonBody(QJsonObject{{QStringLiteral("resources"), items}}),
                                 RetryPolicy::Mode::RetryOnceOnServerError};
        },
        &decodeIngestResult, {}, 400, context, std::move(done));
    batch->start();
    return batch;
}

ApiTask *FiniClient::refresh(const QStringList &ids, QObject *context, BatchCallback<QString> done,
                             BatchCallback<QString> eachChunk)
{
    auto *batch = new BatchCall<QString>(
        this, ids,
        [](const QStringList &chunk) {
            return ApiCall::Spec{ApiOperation::RefreshSources,
                                 "POST",
                                 QStringLiteral("/v2/documents/public/refresh"),
                                 {},
                                 idsBody("documentIds", chunk),
                                 RetryPolicy::Mode::RetryOnceOnServerError};
        },
        [](const QJsonDocument &doc, QString *problem) -> std::optional<QList<QString>> {
            if (!doc.isArray()) {
                noProblem(problem, tr("the answer is not a list of source IDs"));
                return std::nullopt;
            }
            QStringList accepted;
            for (const QJsonValue &value : doc.array()) {
                if (value.isString())
                    accepted.append(value.toString());
            }
            return accepted;
        },
        [](const QString &id) { return id; }, 400, context, std::move(done), std::move(eachChunk));
    batch->start();
    return batch;
}

ApiTask *FiniClient::deleteSources(const QStringList &ids, bool deleteArticles, QObject *context,
                                   BatchCallback<DeletedSource> done)
{
    auto *batch = new BatchCall<DeletedSource>(
        this, ids,
        [deleteArticles](const QStringList &chunk) {
            return ApiCall::Spec{
                ApiOperation::DeleteSources,
                "DELETE",
                QStringLiteral("/v2/documents/public"),
                {},
                idsBody("documentIds", chunk,
                        QJsonObject{{QStringLiteral("deleteArticles"), deleteArticles}}),
                RetryPolicy::Mode::OnceOnServerErrorOnly};
        },
        [](const QJsonDocument &doc, QString *problem) -> std::optional<QList<DeletedSource>> {
            const QJsonValue deleted = doc.object().value(QLatin1String("deletedDocuments"));
            if (!deleted.isArray()) {
                noProblem(problem, tr("the answer does not list the deleted sources"));
                return std::nullopt;
            }
            QList<DeletedSource> items;
            for (const QJsonValue &value : deleted.toArray()) {
                const QJsonObject o = value.toObject();
                items.append({o.value(QLatin1String("id")).toString(),
                              o.value(QLatin1String("title")).toString(),
                              o.value(QLatin1String("originalUrl")).toString()});
            }
            return items;
        },
        [](const DeletedSource &item) { return item.id; }, 400, context, std::move(done));
    batch->start();
    return batch;
}

ApiTask *FiniClient::bulkGenerate(const QStringList &ids, const GenerateOptions &options,
                                  QObject *context, BatchCallback<GeneratedJob> done)
{
    const QJsonObject base = options.toJson();
    auto *batch = new BatchCall<GeneratedJob>(
        this, ids,
        [base](const QStringList &chunk) {
            return ApiCall::Spec{ApiOperation::BulkGenerate,
                                 "POST",
                                 QStringLiteral("/v2/knowledge/public/bulk"),
                                 {},
                                 idsBody("documentIds", chunk, base),
                                 RetryPolicy::Mode::NoBlindRetry};
        },
        [](const QJsonDocument &doc, QString *problem) -> std::optional<QList<GeneratedJob>> {
            const QJsonValue jobs = doc.object().value(QLatin1String("jobs"));
            if (!jobs.isArray()) {
                noProblem(problem, tr("the answer does not list the queued jobs"));
                return std::nullopt;
            }
            return decodeArray<GeneratedJob>(jobs.toArray(), &GeneratedJob::fromJson);
        },
        [](const GeneratedJob &job) { return job.documentId; }, 400, context, std::move(done));
    batch->start();
    return batch;
}

ApiTask *FiniClient::checkJobs(const QStringList &jobIds, QObject *context,
                               BatchCallback<KnowledgeJob> done)
{
    auto *batch = new BatchCall<KnowledgeJob>(
        this, jobIds,
        [](const QStringList &chunk) {
            return ApiCall::Spec{ApiOperation::CheckJobs,
                                 "POST",
                                 QStringLiteral("/v2/knowledge/public/jobs/status"),
                                 {},
                                 idsBody("jobIds", chunk),
                                 RetryPolicy::Mode::Read};
        },
        [](const QJsonDocument &doc, QString *problem) -> std::optional<QList<KnowledgeJob>> {
            const QJsonValue jobs = doc.object().value(QLatin1String("jobs"));
            if (!jobs.isArray()) {
                noProblem(problem, tr("the answer does not list the jobs"));
                return std::nullopt;
            }
            return decodeArray<KnowledgeJob>(jobs.toArray(), &KnowledgeJob::fromJson);
        },
        [](const KnowledgeJob &job) { return job.id; }, 404, context, std::move(done));
    batch->start();
    return batch;
}
