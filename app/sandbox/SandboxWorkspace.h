#pragma once

#include "SandboxContentGenerator.h"
#include "SandboxOptions.h"
#include "SandboxProviders.h"
#include "SandboxRecords.h"
#include "SandboxReply.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <queue>

#include <set>
#include <vector>

// One simulated Fini workspace: its sources in List-sources order, its knowledge jobs, and
// the state machines that move both forward in time. Callers pass the current time, so the
// machines advance lazily on each request and need no timers.
class SandboxWorkspace
{
public:
    SandboxWorkspace(int sourceCount, quint32 seed, const SandboxOptions &options, qint64 anchorMs);

    void advance(qint64 nowMs);

    bool containsSource(const QString &id) const;
    bool containsJob(const QString &id) const;
    int sourceCount() const;

    SandboxReply list(const QUrlQuery &query) const;
    SandboxReply get(const QString &id) const;
    SandboxReply refresh(const QStringList &ids, qint64 nowMs);
    SandboxReply ingest(const QJsonObject &body, qint64 nowMs);
    SandboxReply remove(const QStringList &ids, bool deleteArticles);
    // Deep-crawl links: the site of each seed holds this workspace's web pages on that host
    // and DiscoveredPerSite pages more; at most `limit` URLs come back.
    static constexpr int DiscoveredPerSite = 40;
    SandboxReply crawlLinks(const QStringList &links, int limit) const;
    // List and register provider resources (the provider is known and connected).
    SandboxReply providerResources(const QString &provider) const;
    SandboxReply registerResources(const QString &provider, const QJsonArray &resources,
                                   qint64 nowMs);
    SandboxProviders &providers() { return m_providers; }
    SandboxReply bulkGenerate(const QStringList &ids, const QStringList &ops, qint64 nowMs);
    SandboxReply generate(const QString &documentId, const QStringList &ops, qint64 nowMs);
    SandboxReply jobStatus(const QStringList &jobIds);
    int markUpstreamChanged(const QStringList &ids, double fraction);

    // The IDs of `ids` that this workspace lacks, in request order.
    QStringList unknownIds(const QStringList &ids) const;

private:
    struct OrderKey {
        qint64 updatedAt;
        QString externalId;
        QString id;
        int index;
        bool operator<(const OrderKey &other) const;
    };
    enum class Step {
        SourcePending,
        SourceStarts,
        SourceEnds,
        JobPending,
        JobStarts,
        JobEnds,
        JobForgotten
    };
    struct Transition {
        qint64 due;
        quint64 sequence;
        Step step;
        int sourceIndex;
        QString jobId;
        bool operator>(const Transition &other) const;
    };

    OrderKey keyOf(int index) const;
    void touch(int index, qint64 atMs);
    void statusChanged(int index, qint64 atMs);
    QString scheduleRun(qint64 nowMs, int sourceIndex, const QString &jobId = {});
    void startRun(int index, qint64 nowMs);
    void finishRun(int index, qint64 atMs);
    QString queueJob(int sourceIndex, const QStringList &ops, qint64 nowMs);
    void finishJob(SandboxJob &job, qint64 atMs);
    void schedule(qint64 due, Step step, int sourceIndex, const QString &jobId = {});
    QStringList rawFileIds(const QStringList &ids) const;
    QStringList listedTypes() const;
    QJsonArray inAnswerOrder(const QJsonArray &items);
    QJsonValue isoTime(qint64 ms) const;
    QJsonObject toJson(const SandboxSource &source) const;
    QJsonObject toJson(const SandboxJob &job) const;

    int registeredIndex(const QString &provider, const QString &externalId) const;

    SandboxOptions m_options;
    SandboxContentGenerator m_generator;
    SandboxProviders m_providers;
    QHash<QString, int> m_indexByResource; // "provider/externalId" of registered resources
    QRandomGenerator m_answerOrder;
    std::vector<SandboxSource> m_sources;
    QHash<QString, int> m_indexById;
    QHash<QString, int> m_indexByUrl;
    std::set<OrderKey> m_order;
    QHash<QString, SandboxJob> m_jobs;
    std::priority_queue<Transition, std::vector<Transition>, std::greater<>> m_transitions;
    quint64 m_sequence = 0;
    int m_liveCount = 0;
};
