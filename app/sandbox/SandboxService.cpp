#include "SandboxService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

#include <cmath>

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;
constexpr int OtherWorkspaceSources = 50;
constexpr int MaxIdsPerRequest = 100;
// Counted routes; every other path (e.g. thousands of unknown ones) shares one "other" row.
constexpr qsizetype MaxStatsRoutes = 64;

struct KeyGrant {
    const char *key;
    int workspace; // 0 demo, 1 other, -1 revoked
    bool write;
};

// sandbox-spec.md, "Workspaces and keys".
constexpr KeyGrant Keys[] = {{"fini_demo_write", 0, true},
                             {"fini_demo_read", 0, false},
                             {"fini_other_write", 1, true},
                             {"fini_demo_revoked", -1, false}};

QStringList segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

SandboxReply malformedBody()
{
    return SandboxReply::error(400, QStringLiteral("The request body must be a JSON object"));
}

// Reads a required list of 1..100 ID strings; returns the error reply when it is not one.
std::optional<SandboxReply> readIds(const QJsonObject &body, const QString &field, QStringList &ids)
{
    const QJsonValue value = body.value(field);
    if (!value.isArray())
        return SandboxReply::error(400, field + QStringLiteral(" must be an array of strings"));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return SandboxReply::error(400, field + QStringLiteral(" must be an array of strings"));
        ids.append(item.toString());
    }
    if (ids.isEmpty())
        return SandboxReply::error(400, field + QStringLiteral(" must not be empty"));
    if (ids.size() > MaxIdsPerRequest)
        return SandboxReply::error(400, field + QStringLiteral(" takes at most 100 ids"));
    return std::nullopt;
}

// Register provider resources: 1..100 objects, each with the four fields fini-api.md requires.
std::optional<SandboxReply> checkResources(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return SandboxReply::error(400, QStringLiteral("resources must be a non-empty array"));
    if (value.toArray().size() > MaxIdsPerRequest)
        return SandboxReply::error(400, QStringLiteral("resources takes at most 100 items"));
    QStringList problems;
    int position = 0;
    for (const QJsonValue &item : value.toArray()) {
        ++position;
        const QJsonObject resource = item.toObject();
        QStringList missing;
        for (const char *field : {"originalUrl", "title", "externalId", "mimeType"}) {
            if (resource.value(QLatin1String(field)).toString().trimmed().isEmpty())
                missing.append(QLatin1String(field));
        }
        if (missing.isEmpty())
            continue;
        const QString externalId = resource.value(QLatin1String("externalId")).toString();
        problems.append((externalId.isEmpty() ? QStringLiteral("Resource %1").arg(position)
                                              : QStringLiteral("Resource ") + externalId)
                        + QStringLiteral(" lacks ") + missing.join(QStringLiteral(", "))
                        + QLatin1Char('.'));
    }
    if (problems.isEmpty())
        return std::nullopt;
    return SandboxReply::error(400, problems.join(QLatin1Char(' ')));
}

std::optional<SandboxReply> readOps(const QJsonObject &body, QStringList &ops)
{
    static const QStringList known{QStringLiteral("ADD_ARTICLE_TO_FOLDER"),
                                   QStringLiteral("UPDATE_ARTICLE"), QStringLiteral("DO_NOTHING")};
    const QJsonValue value = body.value(QStringLiteral("restrictedOps"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        return SandboxReply::error(400, QStringLiteral("restrictedOps must be an array"));
    for (const QJsonValue &item : value.toArray()) {
        if (!known.contains(item.toString()))
            return SandboxReply::error(400, QStringLiteral("Unknown restrictedOps value: ")
                                                + item.toVariant().toString());
        ops.append(item.toString());
    }
    return std::nullopt;
}

} // namespace

SandboxService::SandboxService(const SandboxOptions &options)
    : m_options(options)
{
    reset();
}

void SandboxService::reset()
{
    // Anchored to the start of the day so that one seed gives one workspace all day long.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 anchor = now - now % DayMs;
    m_demo =
        std::make_unique<SandboxWorkspace>(m_options.sources, m_options.seed, m_options, anchor);
    m_other = std::make_unique<SandboxWorkspace>(OtherWorkspaceSources,
                                                 m_options.seed ^ 0x0afe0afeu, m_options, anchor);
    QStringList connected = SandboxProviders::names();
    for (const QString &provider : m_options.disconnectedProviders)
        connected.removeAll(provider);
    m_demo->providers().setConnected(connected);
}

int SandboxService::sourceCount() const
{
    return m_demo->sourceCount();
}

bool SandboxService::isFiniRoute(const QString &path)
{
    return path.startsWith(QLatin1String("/v2/"));
}

QString SandboxService::routeName(const QByteArray &method, const QString &path)
{
    QStringList parts = segments(path);
    if (parts.size() == 4 && parts.at(1) == QLatin1String("documents")
        && parts.at(3) != QLatin1String("refresh"))
        parts[3] = QStringLiteral(":id");
    return QString::fromLatin1(method) + QLatin1Char(' ') + QLatin1Char('/')
           + parts.join(QLatin1Char('/'));
}

void SandboxService::countAnswer(const QString &route, const QString &outcome)
{
    if (!m_answers.contains(route) && m_answers.size() >= MaxStatsRoutes) {
        ++m_answers[QStringLiteral("other")][outcome];
        return;
    }
    ++m_answers[route][outcome];
}

std::optional<SandboxReply> SandboxService::authenticate(const Request &request, Scope scope,
                                                         Caller &caller)
{
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!request.authorization.startsWith(prefix))
        return SandboxReply::error(401, QStringLiteral("Missing or malformed API key"));
    const QByteArray key = request.authorization.mid(prefix.size()).trimmed();
    if (!key.startsWith("fini_"))
        return SandboxReply::error(401, QStringLiteral("Missing or malformed API key"));
    for (const KeyGrant &grant : Keys) {
        if (key != grant.key)
            continue;
        if (grant.workspace < 0)
            return SandboxReply::error(401, QStringLiteral("This API key has been revoked"));
        if (scope == Scope::Write && !grant.write)
            return SandboxReply::error(403, QStringLiteral("API key does not have the required "
                                                           "scope for this operation"));
        caller.workspace = grant.workspace == 0 ? m_demo.get() : m_other.get();
        caller.other = grant.workspace == 0 ? m_other.get() : m_demo.get();
        return std::nullopt;
    }
    return SandboxReply::error(401, QStringLiteral("Invalid API key"));
}

SandboxReply SandboxService::handle(const Request &request, qint64 nowMs)
{
    m_demo->advance(nowMs);
    m_other->advance(nowMs);
    if (request.path.startsWith(QLatin1String("/_sandbox/"))) {
        // sandbox-spec.md: loopback only, also when the sandbox listens on every address.
        if (!request.fromLoopback)
            return SandboxReply::error(403, QStringLiteral("Sandbox routes answer only requests "
                                                           "from this computer"));
        return handleSandbox(request);
    }
    return handleFini(request, nowMs);
}

SandboxReply SandboxService::handleFini(const Request &request, qint64 nowMs)
{
    const QStringList parts = segments(request.path);
    const QByteArray &method = request.method;
    const auto notFound = [&request] {
        return SandboxReply::error(404, QStringLiteral("Cannot ")
                                            + QString::fromLatin1(request.method) + QLatin1Char(' ')
                                            + request.path);
    };
    if (parts.size() < 3 || parts.at(0) != QLatin1String("v2")
        || parts.at(2) != QLatin1String("public"))
        return notFound();

    const bool documents = parts.at(1) == QLatin1String("documents");
    const bool knowledge = parts.at(1) == QLatin1String("knowledge");
    const QString tail = parts.mid(3).join(QLatin1Char('/'));

    enum class Route {
        List,
        Get,
        Ingest,
        Delete,
        Refresh,
        Crawl,
        Resources,
        Register,
        Generate,
        Bulk,
        Jobs
    };
    const bool resources =
        documents && parts.size() == 5 && parts.at(3) == QLatin1String("resources");
    Route route;
    Scope scope = Scope::Write;
    if (documents && tail.isEmpty() && method == "GET") {
        route = Route::List;
        scope = Scope::Read;
    } else if (documents && tail.isEmpty() && method == "POST") {
        route = Route::Ingest;
    } else if (documents && tail.isEmpty() && method == "DELETE") {
        route = Route::Delete;
    } else if (documents && tail == QLatin1String("refresh") && method == "POST") {
        route = Route::Refresh;
    } else if (documents && tail == QLatin1String("deep-crawl/links") && method == "POST") {
        route = Route::Crawl;
    } else if (resources && method == "GET") {
        route = Route::Resources;
        scope = Scope::Read;
    } else if (resources && method == "POST") {
        route = Route::Register;
    } else if (documents && parts.size() == 4 && tail != QLatin1String("refresh")
               && method == "GET") {
        route = Route::Get;
        scope = Scope::Read;
    } else if (knowledge && tail.isEmpty() && method == "POST") {
        route = Route::Generate;
    } else if (knowledge && tail == QLatin1String("bulk") && method == "POST") {
        route = Route::Bulk;
    } else if (knowledge && tail == QLatin1String("jobs/status") && method == "POST") {
        route = Route::Jobs;
        scope = Scope::Read;
    } else {
        return notFound();
    }

    Caller caller;
    if (auto denied = authenticate(request, scope, caller))
        return *denied;
    SandboxWorkspace &ws = *caller.workspace;

    const auto foreignIds = [&caller](const QStringList &ids) {
        QStringList foreign;
        for (const QString &id : ids) {
            if (!caller.workspace->containsSource(id) && caller.other->containsSource(id))
                foreign.append(id);
        }
        return foreign;
    };
    const auto forbidden = [](const QStringList &foreign) {
        return SandboxReply::error(403, QStringLiteral("These ids belong to another workspace: ")
                                            + foreign.join(QStringLiteral(", ")));
    };

    if (route == Route::List)
        return ws.list(request.query);
    if (route == Route::Resources || route == Route::Register) {
        const QString provider = parts.at(4);
        if (!SandboxProviders::names().contains(provider))
            return SandboxReply::error(400, QStringLiteral("Unsupported provider: ") + provider
                                                + QStringLiteral(". The public API lists and "
                                                                 "registers notion, zendesk and "
                                                                 "confluence resources."));
        if (!ws.providers().isConnected(provider))
            return SandboxReply::error(400, QStringLiteral("The ") + provider
                                                + QStringLiteral(" integration is not connected "
                                                                 "to this workspace. Connect it "
                                                                 "in the dashboard first."));
        if (route == Route::Resources)
            return ws.providerResources(provider);
        const std::optional<QJsonObject> body = jsonObject(request.body);
        if (!body)
            return malformedBody();
        if (auto bad = checkResources(body->value(QStringLiteral("resources"))))
            return *bad;
        return ws.registerResources(provider, body->value(QStringLiteral("resources")).toArray(),
                                    nowMs);
    }
    if (route == Route::Get) {
        const QString id = parts.at(3);
        if (QUuid::fromString(id).isNull())
            return SandboxReply::error(400, QStringLiteral("id must be a UUID: ") + id);
        if (!ws.containsSource(id) && caller.other->containsSource(id))
            return forbidden({id});
        return ws.get(id);
    }

    const std::optional<QJsonObject> body = jsonObject(request.body);
    if (!body)
        return malformedBody();

    if (route == Route::Crawl) {
        const QJsonValue links = body->value(QStringLiteral("links"));
        if (!links.isArray() || links.toArray().isEmpty())
            return SandboxReply::error(400, QStringLiteral("links must be a non-empty array of "
                                                           "URLs"));
        QStringList seeds;
        QStringList invalid;
        for (const QJsonValue &link : links.toArray()) {
            const QUrl url(link.toString(), QUrl::StrictMode);
            if (!link.isString() || !url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("http")
                    && url.scheme() != QLatin1String("https")))
                invalid.append(link.toString());
            else
                seeds.append(link.toString());
        }
        if (!invalid.isEmpty())
            return SandboxReply::error(400, QStringLiteral("Not a valid URL: ")
                                                + invalid.join(QStringLiteral(", ")));
        const QJsonValue limit = body->value(QStringLiteral("limit"));
        if (!limit.isUndefined()
            && (!limit.isDouble() || limit.toDouble() < 1
                || limit.toDouble() != std::floor(limit.toDouble())))
            return SandboxReply::error(400, QStringLiteral("limit must be a positive integer"));
        return ws.crawlLinks(seeds, limit.isUndefined() ? 250 : limit.toInt());
    }
    if (route == Route::Ingest) {
        QStringList ids;
        for (const char *field : {"documentIdsToAdd", "documentIdsToRefresh"}) {
            for (const QJsonValue &v : body->value(QLatin1String(field)).toArray())
                ids.append(v.toString());
        }
        const QStringList foreign = foreignIds(ids);
        if (!foreign.isEmpty())
            return forbidden(foreign);
        return ws.ingest(*body, nowMs);
    }
    if (route == Route::Generate) {
        const QString candidate = body->value(QStringLiteral("candidateKnowledge")).toString();
        const QString origin = body->value(QStringLiteral("origin")).toString();
        if (candidate.trimmed().isEmpty())
            return SandboxReply::error(400, QStringLiteral("candidateKnowledge is required"));
        if (origin != QLatin1String("generated") && origin != QLatin1String("sources")
            && origin != QLatin1String("inbox"))
            return SandboxReply::error(400, QStringLiteral("origin must be generated, sources "
                                                           "or inbox"));
        const QString documentId = body->value(QStringLiteral("documentId")).toString();
        if (origin == QLatin1String("sources") && documentId.isEmpty())
            return SandboxReply::error(400, QStringLiteral("documentId is required when origin "
                                                           "is sources"));
        if (origin == QLatin1String("inbox")
            && body->value(QStringLiteral("hcEventId")).toString().isEmpty())
            return SandboxReply::error(400, QStringLiteral("hcEventId is required when origin "
                                                           "is inbox"));
        QStringList ops;
        if (auto bad = readOps(*body, ops))
            return *bad;
        const QString linked = origin == QLatin1String("sources") ? documentId : QString();
        if (!linked.isEmpty() && !foreignIds({linked}).isEmpty())
            return forbidden({linked});
        return ws.generate(linked, ops, nowMs);
    }

    QStringList ids;
    const QString field =
        route == Route::Jobs ? QStringLiteral("jobIds") : QStringLiteral("documentIds");
    if (auto bad = readIds(*body, field, ids))
        return *bad;
    if (route == Route::Jobs)
        return ws.jobStatus(ids);
    const QStringList foreign = foreignIds(ids);
    if (!foreign.isEmpty())
        return forbidden(foreign);
    if (route == Route::Refresh)
        return ws.refresh(ids, nowMs);
    if (route == Route::Delete)
        return ws.remove(ids, body->value(QStringLiteral("deleteArticles")).toBool(false));

    if (body->value(QStringLiteral("origin")).toString() != QLatin1String("sources"))
        return SandboxReply::error(400, QStringLiteral("origin must be \"sources\""));
    QStringList ops;
    if (auto bad = readOps(*body, ops))
        return *bad;
    return ws.bulkGenerate(ids, ops, nowMs);
}

SandboxReply SandboxService::handleSandbox(const Request &request)
{
    const QString name = request.path.mid(QStringLiteral("/_sandbox/").size());
    if (name == QLatin1String("stats") && request.method == "GET")
        return stats();
    if (name == QLatin1String("reset") && request.method == "POST") {
        reset();
        m_answers.clear();
        return SandboxReply::json(QJsonDocument(QJsonObject{{QStringLiteral("reset"), true}}));
    }
    if (name == QLatin1String("providers") && request.method == "POST") {
        // Which providers the demo workspace has connected, until the next reset.
        const std::optional<QJsonObject> body = jsonObject(request.body);
        if (!body || !body->value(QStringLiteral("connected")).isArray())
            return SandboxReply::error(400, QStringLiteral("Give connected: an array of provider "
                                                           "names"));
        QStringList connected;
        for (const QJsonValue &v : body->value(QStringLiteral("connected")).toArray())
            connected.append(v.toString());
        m_demo->providers().setConnected(connected);
        return SandboxReply::json(QJsonDocument(
            QJsonObject{{QStringLiteral("connected"), QJsonArray::fromStringList(connected)}}));
    }
    if (name == QLatin1String("upstream-change") && request.method == "POST") {
        const std::optional<QJsonObject> body = jsonObject(request.body);
        if (!body)
            return malformedBody();
        QStringList ids;
        for (const QJsonValue &v : body->value(QStringLiteral("ids")).toArray())
            ids.append(v.toString());
        const double fraction = body->value(QStringLiteral("fraction")).toDouble(0.0);
        if (ids.isEmpty() && fraction <= 0.0)
            return SandboxReply::error(400, QStringLiteral("Give ids or a fraction above 0"));
        const int marked = m_demo->markUpstreamChanged(ids, fraction);
        return SandboxReply::json(QJsonDocument(QJsonObject{{QStringLiteral("marked"), marked}}));
    }
    return SandboxReply::error(404, QStringLiteral("Cannot ") + QString::fromLatin1(request.method)
                                        + QLatin1Char(' ') + request.path);
}

SandboxReply SandboxService::stats() const
{
    QJsonObject routes;
    qint64 total = 0;
    for (auto route = m_answers.cbegin(); route != m_answers.cend(); ++route) {
        QJsonObject outcomes;
        for (auto it = route->cbegin(); it != route->cend(); ++it) {
            outcomes.insert(it.key(), it.value());
            total += it.value();
        }
        routes.insert(route.key(), outcomes);
    }
    return SandboxReply::json(QJsonDocument(
        QJsonObject{{QStringLiteral("requests"), routes}, {QStringLiteral("total"), total}}));
}
