#include "FiniSandbox.h"
#include "HttpProbe.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

// Drives fini-sandbox over HTTP the way any client would, route by route, against
// fini-api.md and sandbox-spec.md.
class SandboxContractTest : public QObject
{
    Q_OBJECT

private:
    static constexpr int Sources = 400;

    SandboxOptions fastOptions() const
    {
        SandboxOptions options;
        options.sources = Sources;
        options.seed = 7;
        options.pendingMs = 100;
        options.runningMs = 200;
        options.jobFailRate = 0.0;
        return options;
    }

    static QString write() { return FiniSandbox::writeKey(); }
    static QJsonDocument ids(const char *field, const QStringList &list, QJsonObject extra = {})
    {
        extra.insert(QLatin1String(field), QJsonArray::fromStringList(list));
        return QJsonDocument(extra);
    }
    static QStringList idsOf(const HttpProbe::Answer &answer)
    {
        QStringList result;
        for (const QJsonValue &v : answer.json.object().value(QLatin1String("documents")).toArray())
            result.append(v.toObject().value(QLatin1String("id")).toString());
        return result;
    }
    static QJsonObject firstDocument(const HttpProbe::Answer &answer)
    {
        return answer.json.object().value(QLatin1String("documents")).toArray().first().toObject();
    }
    static void expectError(const HttpProbe::Answer &answer, int status)
    {
        QCOMPARE(answer.status, status);
        const QJsonObject body = answer.json.object();
        QCOMPARE(body.value(QLatin1String("statusCode")).toInt(), status);
        QVERIFY(!body.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(!body.value(QLatin1String("error")).toString().isEmpty());
    }
    QString firstIdOf(HttpProbe &probe, const QString &filter)
    {
        return idsOf(probe.get(QStringLiteral("/v2/documents/public?limit=1&") + filter, write()))
            .value(0);
    }
    QJsonObject fetch(HttpProbe &probe, const QString &id)
    {
        return probe.get(QStringLiteral("/v2/documents/public/") + id, write()).json.object();
    }

private Q_SLOTS:
    void listHasTheDocumentedShapeAndDefaults()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const auto answer = probe.get(QStringLiteral("/v2/documents/public"), write());
        QCOMPARE(answer.status, 200);
        QCOMPARE(idsOf(answer).size(), 50);
        QVERIFY(answer.json.object().value(QLatin1String("hasMore")).toBool());
        const QJsonObject doc = firstDocument(answer);
        for (const char *field : {"id",
                                  "originalUrl",
                                  "title",
                                  "storageUrl",
                                  "source",
                                  "externalId",
                                  "english",
                                  "baser",
                                  "paragraphs",
                                  "oldParagraphs",
                                  "success",
                                  "error",
                                  "createdAt",
                                  "updatedAt",
                                  "mimeType",
                                  "type",
                                  "linkedJobId",
                                  "linkedKnowledgeId",
                                  "linkedOperation",
                                  "linkedReason",
                                  "linkedJobStatus",
                                  "changed"})
            QVERIFY2(doc.contains(QLatin1String(field)), field);
        QVERIFY(QDateTime::fromString(doc.value(QLatin1String("updatedAt")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(doc.value(QLatin1String("updatedAt")).toString().endsWith(QLatin1Char('Z')));
    }

    void limitIsClampedAndValidated()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        QCOMPARE(
            idsOf(probe.get(QStringLiteral("/v2/documents/public?limit=1000"), write())).size(),
            100);
        QCOMPARE(idsOf(probe.get(QStringLiteral("/v2/documents/public?limit=0"), write())).size(),
                 1);
        expectError(probe.get(QStringLiteral("/v2/documents/public?limit=ten"), write()), 400);
        expectError(
            probe.get(QStringLiteral("/v2/documents/public?direction=up&cursor=x"), write()), 400);
        expectError(probe.get(QStringLiteral("/v2/documents/public?cursor=nope"), write()), 400);
    }

    void walkingForwardVisitsEverySourceOnceInOrder()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        QSet<QString> seen;
        QString cursor;
        QString previousUpdatedAt;
        int pages = 0;
        for (;;) {
            const auto answer = probe.get(
                QStringLiteral("/v2/documents/public?limit=70")
                    + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                write());
            QCOMPARE(answer.status, 200);
            ++pages;
            const QJsonArray docs =
                answer.json.object().value(QLatin1String("documents")).toArray();
            for (const QJsonValue &v : docs) {
                const QString updatedAt = v.toObject().value(QLatin1String("updatedAt")).toString();
                if (!previousUpdatedAt.isEmpty())
                    QVERIFY(updatedAt <= previousUpdatedAt);
                previousUpdatedAt = updatedAt;
                QVERIFY(!seen.contains(v.toObject().value(QLatin1String("id")).toString()));
                seen.insert(v.toObject().value(QLatin1String("id")).toString());
            }
            if (!answer.json.object().value(QLatin1String("hasMore")).toBool())
                break;
            cursor = docs.last().toObject().value(QLatin1String("id")).toString();
        }
        QCOMPARE(seen.size(), Sources);
        QCOMPARE(pages, (Sources + 69) / 70);
    }

    void previousDirectionReturnsNewerRecordsInDescendingOrder()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QStringList first =
            idsOf(probe.get(QStringLiteral("/v2/documents/public?limit=30"), write()));
        const auto back = probe.get(QStringLiteral("/v2/documents/public?limit=10&direction="
                                                   "previous&cursor=")
                                        + first.at(20),
                                    write());
        QCOMPARE(idsOf(back), first.mid(10, 10));
        QVERIFY(back.json.object().value(QLatin1String("hasMore")).toBool());
        const auto top = probe.get(QStringLiteral("/v2/documents/public?limit=10&direction="
                                                  "previous&cursor=")
                                       + first.at(5),
                                   write());
        QCOMPARE(idsOf(top), first.mid(0, 5));
        QVERIFY(!top.json.object().value(QLatin1String("hasMore")).toBool());
    }

    void filtersNarrowTheList_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("source") << "source=notion"
                                << "source"
                                << "notion";
        QTest::newRow("english") << "english=false"
                                 << "english"
                                 << "false";
        QTest::newRow("operation") << "linkedOperation=UPDATE_ARTICLE"
                                   << "linkedOperation"
                                   << "UPDATE_ARTICLE";
        QTest::newRow("title, any case") << "title=PASSWORD"
                                         << "title"
                                         << "password";
        QTest::newRow("url") << "url=zendesk.com"
                             << "originalUrl"
                             << "zendesk.com";
        QTest::newRow("unchanged") << "changed=false"
                                   << "changed"
                                   << "false";
    }

    void filtersNarrowTheList()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const auto answer =
            probe.get(QStringLiteral("/v2/documents/public?limit=100&") + query, write());
        QCOMPARE(answer.status, 200);
        const QJsonArray docs = answer.json.object().value(QLatin1String("documents")).toArray();
        QVERIFY(!docs.isEmpty());
        for (const QJsonValue &v : docs) {
            const QJsonValue value = v.toObject().value(field);
            const QString text =
                value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                               : value.toString();
            QVERIFY2(text.contains(expected, Qt::CaseInsensitive), qPrintable(text));
        }
        const QString id = docs.first().toObject().value(QLatin1String("id")).toString();
        QCOMPARE(idsOf(probe.get(QStringLiteral("/v2/documents/public?id=") + id, write())),
                 QStringList{id});
    }

    void unknownFilterValuesAreRejected()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        expectError(probe.get(QStringLiteral("/v2/documents/public?source=dropbox"), write()), 400);
        expectError(probe.get(QStringLiteral("/v2/documents/public?changed=yes"), write()), 400);
        expectError(probe.get(QStringLiteral("/v2/documents/public?linkedOperation=X"), write()),
                    400);
    }

    void workspaceHasTheSpecifiedTypeMix()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QList<QPair<QString, int>> expected{
            {QStringLiteral("web"), 40},        {QStringLiteral("zendesk"), 20},
            {QStringLiteral("notion"), 15},     {QStringLiteral("confluence"), 10},
            {QStringLiteral("googledrive"), 8}, {QStringLiteral("files"), 7}};
        for (const auto &[type, percent] : expected) {
            int count = 0;
            QString cursor;
            for (;;) {
                const auto page = probe.get(
                    QStringLiteral("/v2/documents/public?limit=100&source=") + type
                        + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                    write());
                const QStringList got = idsOf(page);
                count += got.size();
                if (!page.json.object().value(QLatin1String("hasMore")).toBool())
                    break;
                cursor = got.last();
            }
            QCOMPARE(count, Sources * percent / 100);
        }
    }

    void authenticationAndScopes()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QString list = QStringLiteral("/v2/documents/public");
        expectError(probe.get(list, QString()), 401);
        expectError(probe.get(list, FiniSandbox::revokedKey()), 401);
        expectError(probe.get(list, QStringLiteral("fini_unknown")), 401);
        expectError(probe.get(list, QStringLiteral("sk_live_123")), 401);
        QCOMPARE(probe.get(list, FiniSandbox::readKey()).status, 200);
        const QString id = firstIdOf(probe, QStringLiteral("source=web"));
        expectError(probe.post(QStringLiteral("/v2/documents/public/refresh"),
                               FiniSandbox::readKey(), ids("documentIds", {id})),
                    403);
        // Check knowledge jobs is a read route even though it is a POST.
        expectError(probe.post(QStringLiteral("/v2/knowledge/public/jobs/status"),
                               FiniSandbox::readKey(), ids("jobIds", {id})),
                    404);
    }

    void getSourceStatuses()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QString id = firstIdOf(probe, QString());
        const auto ok = probe.get(QStringLiteral("/v2/documents/public/") + id, write());
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.object().value(QLatin1String("id")).toString(), id);
        expectError(probe.get(QStringLiteral("/v2/documents/public/not-a-uuid"), write()), 400);
        expectError(probe.get(QStringLiteral("/v2/documents/public/"
                                             "00000000-0000-4000-8000-000000000000"),
                              write()),
                    404);
        expectError(probe.get(QStringLiteral("/v2/documents/public/") + id,
                              FiniSandbox::otherWorkspaceKey()),
                    403);
    }

    void refreshValidatesAllOrNothing()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QString web = firstIdOf(probe, QStringLiteral("source=web"));
        const QString file = firstIdOf(probe, QStringLiteral("source=files"));
        const QString path = QStringLiteral("/v2/documents/public/refresh");

        const auto ok = probe.post(path, write(), ids("documentIds", {web, web}));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.array().size(), 1);
        QCOMPARE(ok.json.array().first().toString(), web);

        const auto files = probe.post(path, write(), ids("documentIds", {web, file}));
        expectError(files, 400);
        QVERIFY(files.json.object().value(QLatin1String("message")).toString().contains(file));
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000001");
        const auto missing = probe.post(path, write(), ids("documentIds", {unknown}));
        expectError(missing, 400);
        QVERIFY(missing.json.object().value(QLatin1String("message")).toString().contains(unknown));
        expectError(probe.post(path, write(), ids("documentIds", {})), 400);
        expectError(probe.post(path, write(), QJsonDocument(QJsonObject{})), 400);
        expectError(probe.send("POST", path, write(), "{not json"), 400);
        QStringList tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(web);
        expectError(probe.post(path, write(), ids("documentIds", tooMany)), 400);
        expectError(probe.post(path, FiniSandbox::otherWorkspaceKey(), ids("documentIds", {web})),
                    403);
    }

    void refreshRunsThroughTheStateMachineAndDetectsChanges()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QString id = firstIdOf(probe, QStringLiteral("source=zendesk&changed=false"
                                                           "&linkedOperation=UPDATE_ARTICLE"));
        const QJsonObject before = fetch(probe, id);
        QVERIFY(probe.post(QStringLiteral("/_sandbox/upstream-change"), QString(), ids("ids", {id}))
                    .json.object()
                    .value(QLatin1String("marked"))
                    .toInt()
                >= 0);
        QCOMPARE(probe
                     .post(QStringLiteral("/v2/documents/public/refresh"), write(),
                           ids("documentIds", {id}))
                     .status,
                 200);
        QCOMPARE(fetch(probe, id).value(QLatin1String("linkedJobStatus")).toString(),
                 QStringLiteral("PENDING"));
        // A refreshed source moves to the top of the updatedAt order.
        QCOMPARE(firstIdOf(probe, QString()), id);
        QTRY_COMPARE_WITH_TIMEOUT(
            fetch(probe, id).value(QLatin1String("linkedJobStatus")).toString(),
            QStringLiteral("IN_PROGRESS"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(
            fetch(probe, id).value(QLatin1String("linkedJobStatus")).toString(),
            QStringLiteral("COMPLETED"), 3000);
        const QJsonObject after = fetch(probe, id);
        QVERIFY(after.value(QLatin1String("changed")).toBool());
        QCOMPARE(after.value(QLatin1String("oldParagraphs")).toArray(),
                 before.value(QLatin1String("paragraphs")).toArray());
        QVERIFY(after.value(QLatin1String("paragraphs"))
                != before.value(QLatin1String("paragraphs")));
        QVERIFY(after.value(QLatin1String("updatedAt")).toString()
                > before.value(QLatin1String("updatedAt")).toString());
        QVERIFY(
            idsOf(probe.get(QStringLiteral("/v2/documents/public?changed=true&limit=100"), write()))
                .contains(id));
    }

    void bulkGenerateQueuesJobsThatFinish()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QString linked = firstIdOf(probe, QStringLiteral("linkedOperation=UPDATE_ARTICLE"));
        const QString path = QStringLiteral("/v2/knowledge/public/bulk");
        const QJsonObject options{{QStringLiteral("origin"), QStringLiteral("sources")},
                                  {QStringLiteral("isDraft"), true}};
        const auto queued = probe.post(path, write(), ids("documentIds", {linked}, options));
        QCOMPARE(queued.status, 200);
        const QJsonObject job =
            queued.json.object().value(QLatin1String("jobs")).toArray().first().toObject();
        QCOMPARE(job.value(QLatin1String("documentId")).toString(), linked);
        const QString jobId = job.value(QLatin1String("backgroundJobId")).toString();
        QVERIFY(!jobId.isEmpty());

        const auto status = [&] {
            return probe
                .post(QStringLiteral("/v2/knowledge/public/jobs/status"), write(),
                      ids("jobIds", {jobId}))
                .json.object()
                .value(QLatin1String("jobs"))
                .toArray()
                .first()
                .toObject();
        };
        QCOMPARE(status().value(QLatin1String("jobStatus")).toString(), QStringLiteral("PENDING"));
        QVERIFY(!status().contains(QLatin1String("startedAt")));
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QLatin1String("jobStatus")).toString(),
                                  QStringLiteral("COMPLETED"), 3000);
        QVERIFY(status().contains(QLatin1String("completedAt")));
        // Unchanged linked content: the pipeline chose to do nothing, so no article.
        QVERIFY(status().value(QLatin1String("hcArticleId")).isNull());

        expectError(probe.post(path, write(), ids("documentIds", {linked})), 400);
        expectError(
            probe.post(path, write(),
                       ids("documentIds", {linked},
                           QJsonObject{{QStringLiteral("origin"), QStringLiteral("sources")},
                                       {QStringLiteral("restrictedOps"),
                                        QJsonArray{QStringLiteral("PUBLISH")}}})),
            400);
        expectError(probe.post(path, FiniSandbox::otherWorkspaceKey(),
                               ids("documentIds", {linked}, options)),
                    403);
        expectError(probe.post(QStringLiteral("/v2/knowledge/public/jobs/status"), write(),
                               ids("jobIds", {jobId, QStringLiteral("nope")})),
                    404);
        expectError(probe.post(QStringLiteral("/v2/knowledge/public/jobs/status"), write(),
                               ids("jobIds", {})),
                    400);
    }

    void generateSingleValidatesItsBody()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QString path = QStringLiteral("/v2/knowledge/public");
        const auto ok = probe.post(
            path, write(),
            QJsonDocument(QJsonObject{{QStringLiteral("candidateKnowledge"), QStringLiteral("x")},
                                      {QStringLiteral("origin"), QStringLiteral("generated")}}));
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.json.object().value(QLatin1String("backgroundJobId")).toString().isEmpty());
        expectError(probe.post(path, write(),
                               QJsonDocument(QJsonObject{
                                   {QStringLiteral("origin"), QStringLiteral("generated")}})),
                    400);
        expectError(probe.post(path, write(),
                               QJsonDocument(QJsonObject{
                                   {QStringLiteral("candidateKnowledge"), QStringLiteral("x")},
                                   {QStringLiteral("origin"), QStringLiteral("sources")}})),
                    400);
        expectError(probe.post(path, FiniSandbox::readKey(),
                               QJsonDocument(QJsonObject{
                                   {QStringLiteral("candidateKnowledge"), QStringLiteral("x")},
                                   {QStringLiteral("origin"), QStringLiteral("generated")}})),
                    403);
    }

    void ingestAddsAndRefreshes()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QString path = QStringLiteral("/v2/documents/public");
        const QJsonObject existing =
            probe.get(QStringLiteral("/v2/documents/public?limit=1&source=web"), write())
                .json.object()
                .value(QLatin1String("documents"))
                .toArray()
                .first()
                .toObject();
        const QString newUrl = QStringLiteral("https://help.acme.test/articles/brand-new");
        const auto answer =
            probe.post(path, write(),
                       QJsonDocument(QJsonObject{
                           {QStringLiteral("source"), QStringLiteral("web")},
                           {QStringLiteral("documentIdsToAdd"),
                            QJsonArray{newUrl, existing.value(QLatin1String("originalUrl"))}}}));
        QCOMPARE(answer.status, 200);
        const QJsonArray added =
            answer.json.object().value(QLatin1String("addedDocumentIds")).toArray();
        QCOMPARE(added.size(), 1);
        QCOMPARE(answer.json.object().value(QLatin1String("updatedDocumentIds")).toArray(),
                 QJsonArray{existing.value(QLatin1String("id"))});
        QCOMPARE(fetch(probe, added.first().toString())
                     .value(QLatin1String("linkedJobStatus"))
                     .toString(),
                 QStringLiteral("PENDING"));
        expectError(
            probe.post(path, write(),
                       QJsonDocument(QJsonObject{{QStringLiteral("documentIdsToAdd"),
                                                  QJsonArray{QStringLiteral("not a url")}}})),
            400);
        expectError(
            probe.post(path, write(),
                       QJsonDocument(QJsonObject{
                           {QStringLiteral("source"), QStringLiteral("files")},
                           {QStringLiteral("documentIdsToAdd"), QJsonArray{QStringLiteral("x")}}})),
            400);
        expectError(probe.post(path, FiniSandbox::readKey(),
                               QJsonDocument(QJsonObject{
                                   {QStringLiteral("documentIdsToAdd"), QJsonArray{newUrl}}})),
                    403);
    }

    void deleteRemovesSources()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QString id = firstIdOf(probe, QStringLiteral("linkedOperation=UPDATE_ARTICLE"));
        const QString path = QStringLiteral("/v2/documents/public");
        expectError(probe.send("DELETE", path, FiniSandbox::otherWorkspaceKey(),
                               ids("documentIds", {id}).toJson()),
                    403);
        const auto deleted = probe.send(
            "DELETE", path, write(),
            ids("documentIds", {id}, QJsonObject{{QStringLiteral("deleteArticles"), true}})
                .toJson());
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json.object().value(QLatin1String("deletedDocuments")).toArray().size(),
                 1);
        QCOMPARE(deleted.json.object().value(QLatin1String("deletedArticles")).toArray().size(), 1);
        expectError(probe.get(QStringLiteral("/v2/documents/public/") + id, write()), 404);
        expectError(probe.send("DELETE", path, write(), ids("documentIds", {id}).toJson()), 400);
    }

    void unknownRoutesAndMethodsAre404()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        expectError(probe.get(QStringLiteral("/v2/articles/public"), write()), 404);
        expectError(probe.send("PUT", QStringLiteral("/v2/documents/public"), write()), 404);
        expectError(probe.get(QStringLiteral("/v2/documents/public/refresh"), write()), 404);
    }

    void faultFlagsInjectTheirFault()
    {
        const QString list = QStringLiteral("/v2/documents/public?limit=5");
        {
            SandboxOptions o = fastOptions();
            o.failRate = 1.0;
            FiniSandbox sandbox(o);
            QVERIFY(sandbox.start());
            expectError(HttpProbe(sandbox.url()).get(list, write()), 500);
        }
        {
            SandboxOptions o = fastOptions();
            o.resetRate = 1.0;
            FiniSandbox sandbox(o);
            QVERIFY(sandbox.start());
            QVERIFY(HttpProbe(sandbox.url()).get(list, write()).transportError);
        }
        {
            SandboxOptions o = fastOptions();
            o.malformedRate = 1.0;
            FiniSandbox sandbox(o);
            QVERIFY(sandbox.start());
            const auto answer = HttpProbe(sandbox.url()).get(list, write());
            QCOMPARE(answer.status, 200);
            QVERIFY(answer.json.isNull());
            QVERIFY(!answer.body.isEmpty());
        }
        {
            SandboxOptions o = fastOptions();
            o.stallRate = 1.0;
            FiniSandbox sandbox(o);
            QVERIFY(sandbox.start());
            QVERIFY(HttpProbe(sandbox.url()).send("GET", list, write(), {}, 300).transportError);
        }
        {
            SandboxOptions o = fastOptions();
            o.rateLimitPerMinute = 3;
            FiniSandbox sandbox(o);
            QVERIFY(sandbox.start());
            HttpProbe probe(sandbox.url());
            for (int i = 0; i < 3; ++i)
                QCOMPARE(probe.get(list, write()).status, 200);
            const auto limited = probe.get(list, write());
            expectError(limited, 429);
            QVERIFY(limited.retryAfter.toInt() >= 1 && limited.retryAfter.toInt() <= 60);
            // The limit is per key.
            QCOMPARE(probe.get(list, FiniSandbox::readKey()).status, 200);
        }
        {
            SandboxOptions o = fastOptions();
            o.latencyMs = 150;
            FiniSandbox sandbox(o);
            QVERIFY(sandbox.start());
            QElapsedTimer clock;
            clock.start();
            QCOMPARE(HttpProbe(sandbox.url()).get(list, write()).status, 200);
            QVERIFY(clock.elapsed() >= 150);
        }
    }

    void sandboxRoutesAreNotFaulted()
    {
        SandboxOptions o = fastOptions();
        o.failRate = 1.0;
        FiniSandbox sandbox(o);
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        probe.get(QStringLiteral("/v2/documents/public"), write());
        const auto stats = probe.get(QStringLiteral("/_sandbox/stats"), QString());
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.json.object()
                     .value(QLatin1String("requests"))
                     .toObject()
                     .value(QLatin1String("GET /v2/documents/public"))
                     .toObject()
                     .value(QLatin1String("500"))
                     .toInt(),
                 1);
    }

    void resetRestoresTheSeededWorkspace()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QStringList before =
            idsOf(probe.get(QStringLiteral("/v2/documents/public"), write()));
        const QString id = firstIdOf(probe, QStringLiteral("source=web"));
        probe.send("DELETE", QStringLiteral("/v2/documents/public"), write(),
                   ids("documentIds", {id}).toJson());
        QCOMPARE(
            probe.post(QStringLiteral("/_sandbox/reset"), QString(), QJsonDocument(QJsonObject{}))
                .status,
            200);
        QCOMPARE(idsOf(probe.get(QStringLiteral("/v2/documents/public"), write())), before);
    }

    void sameSeedSameWorkspace()
    {
        FiniSandbox a(fastOptions());
        FiniSandbox b(fastOptions());
        SandboxOptions other = fastOptions();
        other.seed = 8;
        FiniSandbox c(other);
        QVERIFY(a.start() && b.start() && c.start());
        const auto pageA = HttpProbe(a.url()).get(QStringLiteral("/v2/documents/public"), write());
        const auto pageB = HttpProbe(b.url()).get(QStringLiteral("/v2/documents/public"), write());
        const auto pageC = HttpProbe(c.url()).get(QStringLiteral("/v2/documents/public"), write());
        QCOMPARE(pageA.body, pageB.body);
        QVERIFY(idsOf(pageA) != idsOf(pageC));
    }
};

QTEST_GUILESS_MAIN(SandboxContractTest)
#include "tst_sandbox_contract.moc"
