#include "SandboxWorkspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <numeric>

namespace {

const QStringList &sourceTypes()
{
    static const QStringList types{QStringLiteral("web"),         QStringLiteral("files"),
                                   QStringLiteral("googledrive"), QStringLiteral("zendesk"),
                                   QStringLiteral("notion"),      QStringLiteral("confluence")};
    return types;
}

const QStringList &knowledgeOperations()
{
    static const QStringList ops{QStringLiteral("ADD_ARTICLE_TO_FOLDER"),
                                 QStringLiteral("UPDATE_ARTICLE"), QStringLiteral("DO_NOTHING")};
    return ops;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString joined(const QStringList &ids)
{
    return ids.join(QStringLiteral(", "));
}

bool parseBool(const QUrlQuery &query, const QString &name, std::optional<bool> &out,
               QString &problem)
{
    if (!query.hasQueryItem(name))
        return true;
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
    if (value == QLatin1String("true") || value == QLatin1String("false")) {
        out = value == QLatin1String("true");
        return true;
    }
    problem = name + QStringLiteral(" must be true or false");
    return false;
}

// --sparse: optional fields absent or null in some records.
void thinOut(QJsonObject &record, const QString &id)
{
    struct Optional {
        const char *field;
        bool nullable;
    };
    static constexpr Optional Fields[] = {
        {"title", true},        {"originalUrl", true},       {"error", true},
        {"changed", true},      {"linkedKnowledgeId", true}, {"linkedOperation", true},
        {"linkedReason", true}, {"paragraphs", false},       {"oldParagraphs", false},
    };
    // The choice comes from the record's seeded ID, so a record looks the same on every page
    // and in Get source: about one record in six, and in it each field with an even chance,
    // absent or null.
    const QUuid uuid = QUuid::fromString(id);
    if (uuid.data1 % 6 != 0)
        return;
    for (int i = 0; i < int(std::size(Fields)); ++i) {
        if (!(uuid.data2 >> i & 1))
            continue;
        const QString field = QLatin1String(Fields[i].field);
        if (Fields[i].nullable && (uuid.data1 >> (8 + i) & 1))
            record.insert(field, QJsonValue::Null);
        else
            record.remove(field);
    }
}

} // namespace

bool SandboxWorkspace::OrderKey::operator<(const OrderKey &other) const
{
    // List-sources order: updatedAt desc, externalId desc, id desc (a total order).
    if (updatedAt != other.updatedAt)
        return updatedAt > other.updatedAt;
    if (externalId != other.externalId)
        return externalId > other.externalId;
    return id > other.id;
}

bool SandboxWorkspace::Transition::operator>(const Transition &other) const
{
    if (due != other.due)
        return due > other.due;
    return sequence > other.sequence;
}

SandboxWorkspace::SandboxWorkspace(int sourceCount, quint32 seed, const SandboxOptions &options,
                                   qint64 anchorMs)
    : m_options(options)
    , m_generator(seed, anchorMs)
    , m_providers(seed)
    , m_answerOrder(seed ^ 0x0dd0a0e5u)
    , m_sources(m_generator.generate(sourceCount, options.variations.extraTypes))
{
    m_indexById.reserve(sourceCount);
    for (int i = 0; i < int(m_sources.size()); ++i) {
        m_indexById.insert(m_sources[size_t(i)].id, i);
        m_indexByUrl.insert(m_sources[size_t(i)].originalUrl, i);
        m_order.insert(keyOf(i));
    }
    m_liveCount = sourceCount;
}

SandboxWorkspace::OrderKey SandboxWorkspace::keyOf(int index) const
{
    const SandboxSource &s = m_sources[size_t(index)];
    return {s.updatedAt, s.externalId, s.id, index};
}

int SandboxWorkspace::sourceCount() const
{
    return m_liveCount;
}

bool SandboxWorkspace::containsSource(const QString &id) const
{
    return m_indexById.contains(id);
}

bool SandboxWorkspace::containsJob(const QString &id) const
{
    return m_jobs.contains(id);
}

QStringList SandboxWorkspace::unknownIds(const QStringList &ids) const
{
    QStringList unknown;
    for (const QString &id : ids) {
        if (!m_indexById.contains(id))
            unknown.append(id);
    }
    return unknown;
}

QStringList SandboxWorkspace::rawFileIds(const QStringList &ids) const
{
    QStringList files;
    for (const QString &id : ids) {
        const auto it = m_indexById.constFind(id);
        if (it != m_indexById.constEnd() && m_sources[size_t(*it)].source == QLatin1String("files"))
            files.append(id);
    }
    return files;
}

void SandboxWorkspace::touch(int index, qint64 atMs)
{
    m_order.erase(keyOf(index));
    m_sources[size_t(index)].updatedAt = atMs;
    m_order.insert(keyOf(index));
}

void SandboxWorkspace::statusChanged(int index, qint64 atMs)
{
    // --keep-updated-at: only content changes move updatedAt.
    if (!m_options.variations.keepUpdatedAt)
        touch(index, atMs);
}

void SandboxWorkspace::schedule(qint64 due, Step step, int sourceIndex, const QString &jobId)
{
    m_transitions.push({due, m_sequence++, step, sourceIndex, jobId});
}

QString SandboxWorkspace::scheduleRun(qint64 nowMs, int sourceIndex, const QString &jobId)
{
    const bool job = !jobId.isEmpty();
    const QString &transient = m_options.variations.transientStatus;
    if (!transient.isEmpty())
        schedule(nowMs + qint64(m_options.pendingMs * m_options.variations.transientShare),
                 job ? Step::JobPending : Step::SourcePending, sourceIndex, jobId);
    schedule(nowMs + m_options.pendingMs, job ? Step::JobStarts : Step::SourceStarts, sourceIndex,
             jobId);
    schedule(nowMs + m_options.pendingMs + m_options.runningMs,
             job ? Step::JobEnds : Step::SourceEnds, sourceIndex, jobId);
    return transient.isEmpty() ? QStringLiteral("PENDING") : transient;
}

void SandboxWorkspace::advance(qint64 nowMs)
{
    while (!m_transitions.empty() && m_transitions.top().due <= nowMs) {
        const Transition t = m_transitions.top();
        m_transitions.pop();
        if (t.jobId.isEmpty()) {
            SandboxSource &s = m_sources[size_t(t.sourceIndex)];
            if (s.deleted)
                continue;
            if (t.step == Step::SourceEnds) {
                finishRun(t.sourceIndex, t.due);
                continue;
            }
            s.linkedJobStatus = t.step == Step::SourcePending ? QStringLiteral("PENDING")
                                                              : QStringLiteral("IN_PROGRESS");
            statusChanged(t.sourceIndex, t.due);
            continue;
        }
        auto job = m_jobs.find(t.jobId);
        if (job == m_jobs.end())
            continue;
        if (t.step == Step::JobForgotten) {
            m_jobs.erase(job);
        } else if (t.step == Step::JobPending) {
            job->status = QStringLiteral("PENDING");
        } else if (t.step == Step::JobStarts) {
            job->status = QStringLiteral("IN_PROGRESS");
            job->startedAt = t.due;
        } else {
            finishJob(*job, t.due);
        }
    }
}

void SandboxWorkspace::startRun(int index, qint64 nowMs)
{
    SandboxSource &s = m_sources[size_t(index)];
    if (s.running)
        return; // sandbox-spec.md: a running source stays in its current run.
    s.running = true;
    s.linkedJobId = m_generator.newUuid();
    s.linkedJobStatus = scheduleRun(nowMs, index);
    statusChanged(index, nowMs);
}

void SandboxWorkspace::finishRun(int index, qint64 atMs)
{
    SandboxSource &s = m_sources[size_t(index)];
    s.running = false;
    bool contentChanged = false;
    if (s.brokenUpstream) {
        s.linkedJobStatus = QStringLiteral("FAILED");
        s.success = false;
        s.error = QStringLiteral("Could not fetch the source: the upstream server answered 404.");
    } else {
        s.linkedJobStatus = QStringLiteral("COMPLETED");
        s.success = true;
        s.error.clear();
        if (s.paragraphs.isEmpty()) {
            s.paragraphs = m_generator.paragraphs(3, 12);
            contentChanged = true;
        } else if (s.upstreamChangePending) {
            s.oldParagraphs = s.paragraphs;
            s.paragraphs = m_generator.revise(s.paragraphs);
            s.changed = s.isLinked();
            ++s.contentVersion;
            contentChanged = true;
        }
        s.upstreamChangePending = false;
    }
    if (contentChanged)
        touch(index, atMs);
    else
        statusChanged(index, atMs);
}

QString SandboxWorkspace::queueJob(int sourceIndex, const QStringList &ops, qint64 nowMs)
{
    const QStringList allowed = ops.isEmpty() ? knowledgeOperations() : ops;
    SandboxJob job;
    job.id = m_generator.newUuid();
    job.status = scheduleRun(nowMs, -1, job.id);
    job.createdAt = nowMs;
    job.willFail = m_generator.draw(m_options.jobFailRate);

    QString preferred = QStringLiteral("ADD_ARTICLE_TO_FOLDER");
    if (sourceIndex >= 0) {
        const SandboxSource &s = m_sources[size_t(sourceIndex)];
        job.documentId = s.id;
        if (s.isLinked())
            preferred = s.changed ? QStringLiteral("UPDATE_ARTICLE") : QStringLiteral("DO_NOTHING");
    }
    job.operation = allowed.contains(preferred) ? preferred : allowed.constFirst();

    m_jobs.insert(job.id, job);
    return job.id;
}

void SandboxWorkspace::finishJob(SandboxJob &job, qint64 atMs)
{
    job.completedAt = atMs;
    // Finished jobs are kept a while for Check knowledge jobs, then forgotten (404 from then).
    schedule(atMs + m_options.jobRetentionMs, Step::JobForgotten, -1, job.id);
    if (job.willFail) {
        job.status = QStringLiteral("FAILED");
        return;
    }
    job.status = QStringLiteral("COMPLETED");
    const auto sourceIt = m_indexById.constFind(job.documentId);
    SandboxSource *source =
        sourceIt == m_indexById.constEnd() ? nullptr : &m_sources[size_t(*sourceIt)];
    if (job.operation == QLatin1String("UPDATE_ARTICLE"))
        job.hcArticleId =
            source && source->isLinked() ? source->linkedKnowledgeId : m_generator.newUuid();
    else if (job.operation == QLatin1String("ADD_ARTICLE_TO_FOLDER"))
        job.hcArticleId = m_generator.newUuid();
    if (!source)
        return;
    source->changed = false;
    source->linkedOperation = job.operation;
    if (!job.hcArticleId.isEmpty())
        source->linkedKnowledgeId = job.hcArticleId;
    statusChanged(*sourceIt, atMs);
}

QStringList SandboxWorkspace::listedTypes() const
{
    if (!m_options.variations.extraTypes)
        return sourceTypes();
    return sourceTypes() + SandboxContentGenerator::extraSourceTypes();
}

QJsonArray SandboxWorkspace::inAnswerOrder(const QJsonArray &items)
{
    if (!m_options.variations.shuffleAnswers || items.size() < 2)
        return items;
    std::vector<int> order(size_t(items.size()), 0);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), m_answerOrder);
    // A shuffle that happens to keep the request's order would prove nothing to a client.
    if (std::is_sorted(order.begin(), order.end()))
        std::rotate(order.begin(), order.begin() + 1, order.end());
    QJsonArray shuffled;
    for (const int i : order)
        shuffled.append(items.at(i));
    return shuffled;
}

QJsonValue SandboxWorkspace::isoTime(qint64 ms) const
{
    if (ms <= 0)
        return QJsonValue::Null;
    // The sandbox keeps milliseconds either way; --plain-timestamps only drops them on the wire.
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(m_options.variations.plainTimestamps
                      ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")
                      : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QJsonObject SandboxWorkspace::toJson(const SandboxSource &s) const
{
    QJsonObject o{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("originalUrl"), s.originalUrl},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("storageUrl"), s.storageUrl},
        {QStringLiteral("source"), s.source},
        {QStringLiteral("externalId"), s.externalId},
        {QStringLiteral("english"), s.english},
        {QStringLiteral("baser"), s.baser},
        {QStringLiteral("paragraphs"), QJsonArray::fromStringList(s.paragraphs)},
        {QStringLiteral("oldParagraphs"), QJsonArray::fromStringList(s.oldParagraphs)},
        {QStringLiteral("success"), s.success},
        {QStringLiteral("error"), s.error},
        {QStringLiteral("createdAt"), isoTime(s.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(s.updatedAt)},
        {QStringLiteral("mimeType"), s.mimeType},
        {QStringLiteral("type"), s.type},
        {QStringLiteral("linkedJobId"), orNull(s.linkedJobId)},
        {QStringLiteral("linkedKnowledgeId"), orNull(s.linkedKnowledgeId)},
        {QStringLiteral("linkedOperation"), orNull(s.linkedOperation)},
        {QStringLiteral("linkedReason"), orNull(s.linkedReason)},
        {QStringLiteral("linkedJobStatus"), s.linkedJobStatus},
        {QStringLiteral("changed"), s.changed},
    };
    if (m_options.variations.sparse)
        thinOut(o, s.id);
    return o;
}

QJsonObject SandboxWorkspace::toJson(const SandboxJob &job) const
{
    QJsonObject o{{QStringLiteral("id"), job.id},
                  {QStringLiteral("jobStatus"), job.status},
                  {QStringLiteral("hcArticleId"), orNull(job.hcArticleId)}};
    if (job.createdAt > 0)
        o.insert(QStringLiteral("createdAt"), isoTime(job.createdAt));
    if (job.startedAt > 0)
        o.insert(QStringLiteral("startedAt"), isoTime(job.startedAt));
    if (job.completedAt > 0)
        o.insert(QStringLiteral("completedAt"), isoTime(job.completedAt));
    return o;
}

SandboxReply SandboxWorkspace::list(const QUrlQuery &query) const
{
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    const auto has = [&query](const char *name) {
        return query.hasQueryItem(QString::fromLatin1(name));
    };

    int limit = 50;
    if (has("limit")) {
        // sandbox-spec.md clamps any integer, also one past 64 bits, to 1..100.
        static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
        const QString asked = value("limit").trimmed();
        if (!integer.match(asked).hasMatch())
            return SandboxReply::error(400, QStringLiteral("limit must be an integer"));
        bool ok = false;
        const qlonglong number = asked.toLongLong(&ok);
        limit = ok ? int(std::clamp<qlonglong>(number, 1, 100))
                   : (asked.startsWith(QLatin1Char('-')) ? 1 : 100);
    }
    if (m_options.variations.pageCap > 0)
        limit = std::min(limit, m_options.variations.pageCap);
    const QString direction = has("direction") ? value("direction") : QStringLiteral("next");
    if (direction != QLatin1String("next") && direction != QLatin1String("previous"))
        return SandboxReply::error(400, QStringLiteral("direction must be next or previous"));
    const QString source = value("source");
    if (has("source") && !listedTypes().contains(source))
        return SandboxReply::error(400, QStringLiteral("source must be one of ")
                                            + joined(listedTypes()));
    const QString operation = value("linkedOperation");
    if (has("linkedOperation") && !knowledgeOperations().contains(operation)
        && operation != QLatin1String("CREATE_SUBFOLDER_AND_ARTICLE"))
        return SandboxReply::error(400, QStringLiteral("linkedOperation must be one of ")
                                            + joined(knowledgeOperations()));
    std::optional<bool> english;
    std::optional<bool> changed;
    QString problem;
    if (!parseBool(query, QStringLiteral("english"), english, problem)
        || !parseBool(query, QStringLiteral("changed"), changed, problem))
        return SandboxReply::error(400, problem);

    const QString idFilter = value("id");
    const QString title = value("title");
    const QString url = value("url");
    const QString knowledgeId = value("linkedKnowledgeId");
    const auto matches = [&](const SandboxSource &s) {
        if (!source.isEmpty() && s.source != source)
            return false;
        if (english && s.english != *english)
            return false;
        if (changed && (*changed ? !(s.changed && s.isLinked()) : s.changed))
            return false;
        if (!idFilter.isEmpty() && s.id != idFilter)
            return false;
        if (!knowledgeId.isEmpty() && s.linkedKnowledgeId != knowledgeId)
            return false;
        if (!operation.isEmpty() && s.linkedOperation != operation)
            return false;
        if (!title.isEmpty() && !s.title.contains(title, Qt::CaseInsensitive))
            return false;
        return url.isEmpty() || s.originalUrl.contains(url, Qt::CaseInsensitive);
    };

    QJsonArray documents;
    bool hasMore = false;
    const auto collect = [&](auto it, auto end) {
        for (; it != end; ++it) {
            const SandboxSource &s = m_sources[size_t(it->index)];
            if (!matches(s))
                continue;
            if (documents.size() == limit) {
                hasMore = true;
                return;
            }
            documents.append(toJson(s));
        }
    };

    const QString cursor = value("cursor");
    const auto found = m_indexById.constFind(cursor);
    const bool unknownCursor = !cursor.isEmpty() && found == m_indexById.constEnd();
    if (unknownCursor
        && m_options.variations.unknownCursor == SandboxVariations::UnknownCursor::Refuse)
        return SandboxReply::error(400, QStringLiteral("Unknown cursor: ") + cursor);
    if (cursor.isEmpty()
        || (unknownCursor
            && m_options.variations.unknownCursor == SandboxVariations::UnknownCursor::Top)) {
        collect(m_order.begin(), m_order.end());
    } else if (!unknownCursor) { // an unknown cursor left: an empty last page
        const auto at = m_order.find(keyOf(*found));
        if (direction == QLatin1String("next")) {
            collect(std::next(at), m_order.end());
        } else {
            collect(std::make_reverse_iterator(at), m_order.rend());
            QJsonArray newestFirst;
            for (qsizetype i = documents.size() - 1; i >= 0; --i)
                newestFirst.append(documents.at(i));
            documents = newestFirst;
        }
    }
    return SandboxReply::json(QJsonDocument(QJsonObject{{QStringLiteral("documents"), documents},
                                                        {QStringLiteral("hasMore"), hasMore}}));
}

SandboxReply SandboxWorkspace::get(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.constEnd())
        return SandboxReply::error(404, QStringLiteral("No source with id ") + id
                                            + QStringLiteral(" in this workspace"));
    return SandboxReply::json(QJsonDocument(toJson(m_sources[size_t(*it)])));
}

SandboxReply SandboxWorkspace::refresh(const QStringList &ids, qint64 nowMs)
{
    const QStringList unknown = unknownIds(ids);
    if (!unknown.isEmpty())
        return SandboxReply::error(400, QStringLiteral("Unknown document ids: ") + joined(unknown));
    const QStringList files = rawFileIds(ids);
    if (!files.isEmpty())
        return SandboxReply::error(
            400, QStringLiteral("Raw file sources cannot be refreshed; delete and re-upload them: ")
                     + joined(files));
    QStringList accepted;
    for (const QString &id : ids) {
        if (accepted.contains(id))
            continue;
        accepted.append(id);
        startRun(m_indexById.value(id), nowMs);
    }
    return SandboxReply::json(QJsonDocument(inAnswerOrder(QJsonArray::fromStringList(accepted))));
}

SandboxReply SandboxWorkspace::ingest(const QJsonObject &body, qint64 nowMs)
{
    const QString source = body.value(QStringLiteral("source")).toString(QStringLiteral("web"));
    if (source == QLatin1String("files"))
        return SandboxReply::error(400, QStringLiteral("Uploaded files cannot be ingested "
                                                       "through the API"));
    if (!sourceTypes().contains(source))
        return SandboxReply::error(400, QStringLiteral("source must be one of web, googledrive, "
                                                       "notion, zendesk, confluence"));
    QStringList toAdd;
    QStringList toRefresh;
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("documentIdsToAdd"), &toAdd},
          std::pair{QStringLiteral("documentIdsToRefresh"), &toRefresh}}) {
        const QJsonValue v = body.value(name);
        if (v.isUndefined())
            continue;
        if (!v.isArray())
            return SandboxReply::error(400, name + QStringLiteral(" must be an array of strings"));
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return SandboxReply::error(400,
                                           name + QStringLiteral(" must be an array of strings"));
            target->append(item.toString());
        }
    }
    if (toAdd.isEmpty() && toRefresh.isEmpty())
        return SandboxReply::error(400, QStringLiteral("documentIdsToAdd or documentIdsToRefresh "
                                                       "must name at least one item"));
    if (toAdd.size() + toRefresh.size() > 100)
        return SandboxReply::error(400, QStringLiteral("At most 100 items per request"));

    QStringList added;
    QStringList updated;
    if (source == QLatin1String("web")) {
        QStringList invalid;
        for (const QString &entry : toAdd + toRefresh) {
            const QUrl url(entry, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("http")
                    && url.scheme() != QLatin1String("https")))
                invalid.append(entry);
        }
        if (!invalid.isEmpty())
            return SandboxReply::error(400, QStringLiteral("Web sources take http(s) URLs; not "
                                                           "valid: ")
                                                + joined(invalid));
        for (const QString &url : toAdd + toRefresh) {
            int index = m_indexByUrl.value(url, -1);
            if (index >= 0 && m_sources[size_t(index)].deleted)
                index = -1;
            if (index >= 0) {
                updated.append(m_sources[size_t(index)].id);
            } else {
                m_sources.push_back(m_generator.webSourceForUrl(url, nowMs));
                index = int(m_sources.size()) - 1;
                m_indexById.insert(m_sources.back().id, index);
                m_indexByUrl.insert(url, index);
                m_order.insert(keyOf(index));
                ++m_liveCount;
                added.append(m_sources.back().id);
            }
            startRun(index, nowMs);
        }
    } else {
        const QStringList unknown = unknownIds(toAdd + toRefresh);
        if (!unknown.isEmpty())
            return SandboxReply::error(400,
                                       QStringLiteral("Unknown document ids: ") + joined(unknown));
        for (const QString &id : toAdd + toRefresh) {
            const int index = m_indexById.value(id);
            if (m_sources[size_t(index)].source != source)
                return SandboxReply::error(400, QStringLiteral("Document ") + id
                                                    + QStringLiteral(" is not a ") + source
                                                    + QStringLiteral(" source"));
        }
        for (const QString &id : toAdd + toRefresh) {
            (toAdd.contains(id) ? added : updated).append(id);
            const int index = m_indexById.value(id);
            SandboxSource &s = m_sources[size_t(index)];
            if (std::exchange(s.unlisted, false)) {
                ++m_liveCount;
                touch(index, nowMs); // listed from now on
            }
            startRun(index, nowMs);
        }
    }
    return SandboxReply::json(QJsonDocument(
        QJsonObject{{QStringLiteral("addedDocumentIds"), QJsonArray::fromStringList(added)},
                    {QStringLiteral("updatedDocumentIds"), QJsonArray::fromStringList(updated)}}));
}

SandboxReply SandboxWorkspace::remove(const QStringList &ids, bool deleteArticles)
{
    const QStringList unknown = unknownIds(ids);
    if (!unknown.isEmpty())
        return SandboxReply::error(400, QStringLiteral("Unknown document ids: ") + joined(unknown));
    QJsonArray documents;
    QJsonArray articles;
    for (const QString &id : ids) {
        const auto it = m_indexById.constFind(id);
        if (it == m_indexById.constEnd())
            continue; // a duplicate in the request
        const int index = *it;
        SandboxSource &s = m_sources[size_t(index)];
        documents.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("originalUrl"), s.originalUrl}});
        if (deleteArticles && s.isLinked())
            articles.append(QJsonObject{{QStringLiteral("id"), s.linkedKnowledgeId},
                                        {QStringLiteral("title"), s.title},
                                        {QStringLiteral("parentFolderId"), QJsonValue::Null}});
        m_order.erase(keyOf(index));
        m_indexById.erase(it);
        m_indexByUrl.remove(s.originalUrl);
        m_indexByResource.remove(s.source + QLatin1Char('/') + s.externalId);
        s.deleted = true;
        if (!s.unlisted)
            --m_liveCount;
    }
    return SandboxReply::json(
        QJsonDocument(QJsonObject{{QStringLiteral("deletedDocuments"), documents},
                                  {QStringLiteral("deletedArticles"), articles}}));
}

SandboxReply SandboxWorkspace::crawlLinks(const QStringList &links, int limit) const
{
    QStringList found;
    QSet<QString> seen;
    const auto add = [&](const QString &url) {
        if (found.size() < limit && !seen.contains(url)) {
            seen.insert(url);
            found.append(url);
        }
    };
    for (const QString &link : links) {
        const QUrl seed(link);
        for (const SandboxSource &source : m_sources) {
            if (!source.deleted && source.source == QLatin1String("web")
                && QUrl(source.originalUrl).host() == seed.host())
                add(source.originalUrl);
        }
        for (int page = 1; page <= DiscoveredPerSite; ++page)
            add(seed.resolved(QUrl(QStringLiteral("/articles/discovered-%1").arg(page)))
                    .toString());
    }
    return SandboxReply::json(QJsonDocument(
        QJsonObject{{QStringLiteral("data"), QJsonArray::fromStringList(found)},
                    {QStringLiteral("message"), QStringLiteral("Links crawled successfully")}}));
}

int SandboxWorkspace::registeredIndex(const QString &provider, const QString &externalId) const
{
    return m_indexByResource.value(provider + QLatin1Char('/') + externalId, -1);
}

SandboxReply SandboxWorkspace::providerResources(const QString &provider) const
{
    // fini-api.md: resources imported successfully are left out.
    const auto imported = [this, &provider](const QString &externalId) {
        const int index = registeredIndex(provider, externalId);
        if (index < 0)
            return false;
        const SandboxSource &s = m_sources[size_t(index)];
        return !s.unlisted && s.success && s.linkedJobStatus == QLatin1String("COMPLETED");
    };
    return SandboxReply::json(QJsonDocument(
        m_providers.toJson(provider, imported, m_options.variations.otherResourceKeys)));
}

SandboxReply SandboxWorkspace::registerResources(const QString &provider,
                                                 const QJsonArray &resources, qint64 nowMs)
{
    QStringList added;
    QStringList updated;
    for (const QJsonValue &value : resources) {
        const QJsonObject resource = value.toObject();
        const auto field = [&resource](const char *name) {
            return resource.value(QLatin1String(name)).toString();
        };
        const QString externalId = field("externalId");
        int index = registeredIndex(provider, externalId);
        if (index < 0) {
            SandboxSource s;
            s.id = m_generator.newUuid();
            s.source = provider;
            s.externalId = externalId;
            s.storageUrl = QStringLiteral("gs://fini-sandbox/documents/") + s.id;
            s.success = false;
            s.unlisted = true;
            s.createdAt = nowMs;
            s.updatedAt = nowMs;
            const SandboxProviders::Node *node = m_providers.find(provider, externalId);
            s.brokenUpstream = node && node->broken;
            m_sources.push_back(s);
            index = int(m_sources.size()) - 1;
            m_indexById.insert(s.id, index);
            m_indexByResource.insert(provider + QLatin1Char('/') + externalId, index);
            added.append(s.id);
        } else {
            updated.append(m_sources[size_t(index)].id);
        }
        // Registering again updates the record's metadata.
        SandboxSource &s = m_sources[size_t(index)];
        m_indexByUrl.remove(s.originalUrl);
        s.title = field("title");
        s.originalUrl = field("originalUrl");
        s.mimeType = field("mimeType");
        s.type = resource.value(QLatin1String("object")).toString(QStringLiteral("page"));
        m_indexByUrl.insert(s.originalUrl, index);
    }
    return SandboxReply::json(QJsonDocument(
        QJsonObject{{QStringLiteral("addedDocumentIds"), QJsonArray::fromStringList(added)},
                    {QStringLiteral("updatedDocumentIds"), QJsonArray::fromStringList(updated)}}));
}

SandboxReply SandboxWorkspace::bulkGenerate(const QStringList &ids, const QStringList &ops,
                                            qint64 nowMs)
{
    const QStringList unknown = unknownIds(ids);
    if (!unknown.isEmpty())
        return SandboxReply::error(400, QStringLiteral("Unknown document ids: ") + joined(unknown));
    QJsonArray jobs;
    for (const QString &id : ids) {
        const QString jobId = queueJob(m_indexById.value(id), ops, nowMs);
        jobs.append(QJsonObject{{QStringLiteral("documentId"), id},
                                {QStringLiteral("backgroundJobId"), jobId}});
    }
    return SandboxReply::json(
        QJsonDocument(QJsonObject{{QStringLiteral("jobs"), inAnswerOrder(jobs)}}));
}

SandboxReply SandboxWorkspace::generate(const QString &documentId, const QStringList &ops,
                                        qint64 nowMs)
{
    if (!documentId.isEmpty() && !m_indexById.contains(documentId))
        return SandboxReply::error(400, QStringLiteral("Unknown document id: ") + documentId);
    const QString jobId = queueJob(m_indexById.value(documentId, -1), ops, nowMs);
    return SandboxReply::json(
        QJsonDocument(QJsonObject{{QStringLiteral("backgroundJobId"), jobId}}));
}

SandboxReply SandboxWorkspace::jobStatus(const QStringList &jobIds)
{
    QStringList unknown;
    for (const QString &id : jobIds) {
        if (!m_jobs.contains(id))
            unknown.append(id);
    }
    if (!unknown.isEmpty())
        return SandboxReply::error(404,
                                   QStringLiteral("Unknown knowledge job ids: ") + joined(unknown));
    QJsonArray jobs;
    for (const QString &id : jobIds)
        jobs.append(toJson(m_jobs.value(id)));
    return SandboxReply::json(
        QJsonDocument(QJsonObject{{QStringLiteral("jobs"), inAnswerOrder(jobs)}}));
}

int SandboxWorkspace::markUpstreamChanged(const QStringList &ids, double fraction)
{
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    int marked = 0;
    for (int i = 0; i < int(m_sources.size()); ++i) {
        SandboxSource &s = m_sources[size_t(i)];
        if (s.deleted || s.source == QLatin1String("files"))
            continue;
        const bool chosen = wanted.isEmpty() ? m_generator.draw(fraction) : wanted.contains(s.id);
        if (chosen && !s.upstreamChangePending) {
            s.upstreamChangePending = true;
            ++marked;
        }
    }
    return marked;
}
