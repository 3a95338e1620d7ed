#include "FiniSandbox.h"
#include "HttpProbe.h"
#include "SandboxCommandLine.h"
#include "TestMain.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
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

    // fastOptions() with the variation preset of that name.
    SandboxOptions varied(const QString &preset) const
    {
        SandboxOptions options = fastOptions();
        for (const SandboxVariations::Preset &candidate : SandboxVariations::presets()) {
            if (candidate.name == preset)
                options.variations = candidate.variations;
        }
        return options;
    }
    // varied(), with a pending time long enough to see the transient half of it on a busy
    // machine.
    SandboxOptions variedSlowly(const QString &preset) const
    {
        SandboxOptions options = varied(preset);
        options.pendingMs = 1000;
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
        QVERIFY(answer.contentType.startsWith("application/json"));
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
    static QString text(const QJsonValue &record, const char *field)
    {
        return record.toObject().value(QLatin1String(field)).toString();
    }
    static QStringList textsOf(const QJsonArray &records, const char *field)
    {
        QStringList result;
        for (const QJsonValue &record : records)
            result.append(text(record, field));
        return result;
    }
    static QStringList strings(const QJsonArray &array)
    {
        QStringList result;
        for (const QJsonValue &value : array)
            result.append(value.toString());
        return result;
    }
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    struct Walk {
        QJsonArray documents;
        QList<qsizetype> pageSizes;
    };
    // Every page of List sources from the top, following hasMore and the last record's id.
    static Walk walk(HttpProbe &probe, const QString &query)
    {
        Walk result;
        QString cursor;
        for (;;) {
            const auto page = probe.get(
                QStringLiteral("/v2/documents/public?") + query
                    + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                write());
            const QJsonArray documents =
                page.json.object().value(QLatin1String("documents")).toArray();
            result.pageSizes.append(documents.size());
            for (const QJsonValue &document : documents)
                result.documents.append(document);
            if (page.status != 200 || documents.isEmpty()
                || !page.json.object().value(QLatin1String("hasMore")).toBool())
                return result;
            cursor = text(documents.last(), "id");
        }
    }
    static void expectEachSourceOnce(const QJsonArray &documents)
    {
        const QStringList ids = textsOf(documents, "id");
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QCOMPARE(ids.size(), Sources);
    }
    QString queueJob(HttpProbe &probe, const QString &documentId)
    {
        return text(probe
                        .post(QStringLiteral("/v2/knowledge/public/bulk"), write(),
                              ids("documentIds", {documentId},
                                  {{QStringLiteral("origin"), QStringLiteral("sources")}}))
                        .json.object()
                        .value(QLatin1String("jobs"))
                        .toArray()
                        .first(),
                    "backgroundJobId");
    }
    QJsonArray jobs(HttpProbe &probe, const QStringList &jobIds)
    {
        return probe
            .post(QStringLiteral("/v2/knowledge/public/jobs/status"), write(),
                  ids("jobIds", jobIds))
            .json.object()
            .value(QLatin1String("jobs"))
            .toArray();
    }
    // Rows of a variation test: its preset alone, and every variation at once.
    static void presetAndAll(const char *preset)
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow(preset) << QString::fromLatin1(preset);
        QTest::newRow("all") << QStringLiteral("all");
    }
    static bool isFinal(const QString &status)
    {
        return status == QLatin1String("COMPLETED") || status == QLatin1String("FAILED");
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

    // fini-api.md leaves open what a cursor at a deleted source does: each reading, by switch.
    void unknownCursorIsAnsweredAsTheVariationSays()
    {
        SandboxOptions options = fastOptions();
        const QString unknown = QStringLiteral("/v2/documents/public?limit=5&cursor=nope");
        options.variations.unknownCursor = SandboxVariations::UnknownCursor::Empty;
        FiniSandbox empty(options);
        QVERIFY(empty.start());
        const HttpProbe::Answer emptyAnswer = HttpProbe(empty.url()).get(unknown, write());
        QCOMPARE(emptyAnswer.status, 200);
        QCOMPARE(idsOf(emptyAnswer).size(), 0);
        QCOMPARE(emptyAnswer.json.object().value(QLatin1String("hasMore")).toBool(true), false);

        options.variations.unknownCursor = SandboxVariations::UnknownCursor::Top;
        FiniSandbox top(options);
        QVERIFY(top.start());
        HttpProbe probe(top.url());
        QCOMPARE(idsOf(probe.get(unknown, write())),
                 idsOf(probe.get(QStringLiteral("/v2/documents/public?limit=5"), write())));
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
        for (const auto &[type, percent] : expected)
            QCOMPARE(walk(probe, QStringLiteral("limit=100&source=") + type).documents.size(),
                     Sources * percent / 100);
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

    void crawlLinksDiscoversWithinTheLimit()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QString path = QStringLiteral("/v2/documents/public/deep-crawl/links");
        const QString site = QStringLiteral("https://docs.elsewhere.test");
        const auto found = probe.post(path, write(), ids("links", {site}));
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json.object().value(QLatin1String("data")).toArray().size(), 40);
        QVERIFY(!found.json.object().value(QLatin1String("message")).toString().isEmpty());
        const auto limited = probe.post(
            path, write(), ids("links", {site}, QJsonObject{{QStringLiteral("limit"), 3}}));
        QCOMPARE(limited.json.object().value(QLatin1String("data")).toArray().size(), 3);
        expectError(probe.post(path, write(), ids("links", {})), 400);
        expectError(probe.post(path, write(), ids("links", {QStringLiteral("docs.elsewhere")})),
                    400);
        expectError(probe.post(path, write(),
                               ids("links", {site}, QJsonObject{{QStringLiteral("limit"), 0}})),
                    400);
        expectError(probe.post(path, FiniSandbox::readKey(), ids("links", {site})), 403);
        expectError(probe.post(path, FiniSandbox::revokedKey(), ids("links", {site})), 401);
    }

    void providerResourcesAreListedAndRegistered()
    {
        SandboxOptions options = fastOptions();
        options.disconnectedProviders = {QStringLiteral("confluence")};
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const auto path = [](const char *provider) -> QString {
            return QStringLiteral("/v2/documents/public/resources/") + QLatin1String(provider);
        };
        // Notion: flat, with the documented keys.
        const auto notion = probe.get(path("notion"), FiniSandbox::readKey());
        QVERIFY2(notion.status == 200, notion.body.constData());
        QVERIFY(notion.json.isArray());
        QCOMPARE(notion.json.array().size(), 30);
        const QJsonObject page = notion.json.array().first().toObject();
        for (const char *key : {"externalId", "title", "originalUrl", "mimeType", "object"})
            QVERIFY2(!text(page, key).isEmpty(), key);
        QVERIFY(page.value(QLatin1String("iconLink")).isNull());
        // Zendesk: categories → sections → articles.
        const QJsonArray zendesk = probe.get(path("zendesk"), write()).json.array();
        QCOMPARE(zendesk.size(), 3);
        const QJsonObject section = zendesk.first()
                                        .toObject()
                                        .value(QLatin1String("sections"))
                                        .toArray()
                                        .first()
                                        .toObject();
        QCOMPARE(text(section, "type"), QStringLiteral("section"));
        QCOMPARE(section.value(QLatin1String("articles")).toArray().size(), 4);
        // Errors: unsupported or not connected (400), keys (401, 403 for a read key on POST),
        // bodies (400).
        expectError(probe.get(path("confluence"), write()), 400);
        expectError(probe.get(path("googledrive"), write()), 400);
        expectError(probe.get(path("notion"), FiniSandbox::revokedKey()), 401);
        const QJsonObject resource{{QStringLiteral("externalId"), text(page, "externalId")},
                                   {QStringLiteral("title"), text(page, "title")},
                                   {QStringLiteral("originalUrl"), text(page, "originalUrl")},
                                   {QStringLiteral("mimeType"), text(page, "mimeType")},
                                   {QStringLiteral("object"), text(page, "object")}};
        const QJsonDocument body(QJsonObject{{QStringLiteral("resources"), QJsonArray{resource}}});
        expectError(probe.post(path("notion"), FiniSandbox::readKey(), body), 403);
        expectError(probe.post(path("confluence"), write(), body), 400);
        expectError(probe.send("POST", path("notion"), write(), "not json"), 400);
        expectError(
            probe.post(path("notion"), write(),
                       QJsonDocument(QJsonObject{{QStringLiteral("resources"), QJsonArray()}})),
            400);
        QJsonObject incomplete = resource;
        incomplete.remove(QStringLiteral("mimeType"));
        const auto refused = probe.post(
            path("notion"), write(),
            QJsonDocument(QJsonObject{{QStringLiteral("resources"), QJsonArray{incomplete}}}));
        expectError(refused, 400);
        QVERIFY(refused.json.object()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(text(page, "externalId")));

        // Registering creates the record and queues nothing; it is listed once ingestion is
        // queued, and a second registration names it as updated.
        const auto registered = probe.post(path("notion"), write(), body);
        QCOMPARE(registered.status, 200);
        const QStringList added =
            strings(registered.json.object().value(QLatin1String("addedDocumentIds")).toArray());
        QCOMPARE(added.size(), 1);
        QVERIFY(registered.json.object()
                    .value(QLatin1String("updatedDocumentIds"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(
            idsOf(probe.get(QStringLiteral("/v2/documents/public?id=") + added.first(), write()))
                .size(),
            0);
        const auto again = probe.post(path("notion"), write(), body);
        QCOMPARE(strings(again.json.object().value(QLatin1String("updatedDocumentIds")).toArray()),
                 added);
        QCOMPARE(probe
                     .post(QStringLiteral("/v2/documents/public"), write(),
                           ids("documentIdsToAdd", added,
                               {{QStringLiteral("source"), QStringLiteral("notion")}}))
                     .status,
                 200);
        QCOMPARE(
            idsOf(probe.get(QStringLiteral("/v2/documents/public?id=") + added.first(), write())),
            added);
        QCOMPARE(text(fetch(probe, added.first()), "source"), QStringLiteral("notion"));
        // Once read, Fini no longer offers it.
        QTRY_COMPARE(probe.get(path("notion"), write()).json.array().size(), 29);

        // The other key names of the variation.
        options.variations.otherResourceKeys = true;
        FiniSandbox other(options);
        QVERIFY(other.start());
        const QJsonObject category =
            HttpProbe(other.url()).get(path("zendesk"), write()).json.array().first().toObject();
        QVERIFY(category.contains(QLatin1String("name")));
        QVERIFY(category.value(QLatin1String("id")).isDouble());
        QVERIFY(category.value(QLatin1String("children")).isArray());
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

    // Legal variations (sandbox-spec.md, last section): each switch really changes what a
    // client sees, and the presets and the command line agree.

    void presetsNameEachVariationOnce()
    {
        QStringList names;
        const SandboxVariations none;
        for (const SandboxVariations::Preset &preset : SandboxVariations::presets()) {
            names.append(preset.name);
            QVERIFY2(preset.variations != none, qPrintable(preset.name));
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("page-cap-20"), QStringLiteral("error-body-text"),
                              QStringLiteral("error-body-html"), QStringLiteral("keep-updated-at"),
                              QStringLiteral("transient-status"), QStringLiteral("extra-types"),
                              QStringLiteral("shuffle-answers"), QStringLiteral("plain-timestamps"),
                              QStringLiteral("sparse"), QStringLiteral("unknown-cursor-empty"),
                              QStringLiteral("unknown-cursor-top"),
                              QStringLiteral("other-resource-keys"), QStringLiteral("all")}));
        const SandboxVariations all = SandboxVariations::all();
        QCOMPARE(SandboxVariations::presets().constLast().variations, all);
        QCOMPARE(all.pageCap, 20);
        QCOMPARE(all.errorBody, SandboxVariations::ErrorBody::Text);
        QCOMPARE(all.transientStatus, QStringLiteral("QUEUED"));
        QVERIFY(all.keepUpdatedAt && all.extraTypes && all.shuffleAnswers && all.plainTimestamps
                && all.sparse && all.otherResourceKeys);
        QCOMPARE(all.unknownCursor, SandboxVariations::UnknownCursor::Empty);
    }

    void commandLineGivesTheVariations_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<SandboxVariations>("expected");
        QTest::newRow("none") << QStringList{} << SandboxVariations{};
        for (const SandboxVariations::Preset &preset : SandboxVariations::presets())
            QTest::newRow(qPrintable(preset.name)) << preset.arguments() << preset.variations;
        QTest::newRow("--all-variations")
            << QStringList{QStringLiteral("--all-variations")} << SandboxVariations::all();
        SandboxVariations html = SandboxVariations::all();
        html.errorBody = SandboxVariations::ErrorBody::Html;
        QTest::newRow("--all-variations, one overridden")
            << QStringList{QStringLiteral("--error-body"), QStringLiteral("html"),
                           QStringLiteral("--all-variations")}
            << html;
    }

    void commandLineGivesTheVariations()
    {
        QFETCH(QStringList, arguments);
        QFETCH(SandboxVariations, expected);
        QCommandLineParser parser;
        SandboxCommandLine::addOptions(parser);
        QVERIFY(parser.parse(QStringList{QStringLiteral("fini-sandbox")} + arguments));
        const SandboxCommandLine::Parsed parsed = SandboxCommandLine::read(parser);
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.options.variations, expected);
        QCOMPARE(parsed.options.variations.arguments(), expected.arguments());
        for (const QString &argument : arguments) {
            if (argument.startsWith(QLatin1String("--")))
                QVERIFY2(parser.helpText().contains(argument), qPrintable(argument));
        }
    }

    void commandLineRejectsBadVariationValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("error body")
            << QStringList{QStringLiteral("--error-body"), QStringLiteral("xml")};
        QTest::newRow("documented status")
            << QStringList{QStringLiteral("--transient-status"), QStringLiteral("PENDING")};
        QTest::newRow("page cap") << QStringList{QStringLiteral("--page-cap"),
                                                 QStringLiteral("101")};
        QTest::newRow("disconnected provider")
            << QStringList{QStringLiteral("--disconnected"), QStringLiteral("notion,drive")};
    }

    void commandLineRejectsBadVariationValues()
    {
        QFETCH(QStringList, arguments);
        QCommandLineParser parser;
        SandboxCommandLine::addOptions(parser);
        QVERIFY(parser.parse(QStringList{QStringLiteral("fini-sandbox")} + arguments));
        QVERIFY(!SandboxCommandLine::read(parser).error.isEmpty());
    }

    void pageCapHoldsWhateverLimitAsks_data() { presetAndAll("page-cap-20"); }

    void pageCapHoldsWhateverLimitAsks()
    {
        QFETCH(QString, preset);
        FiniSandbox sandbox(varied(preset));
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const auto capped = probe.get(QStringLiteral("/v2/documents/public?limit=100"), write());
        QCOMPARE(idsOf(capped).size(), 20);
        QVERIFY(capped.json.object().value(QLatin1String("hasMore")).toBool());
        QCOMPARE(idsOf(probe.get(QStringLiteral("/v2/documents/public"), write())).size(), 20);
        QCOMPARE(idsOf(probe.get(QStringLiteral("/v2/documents/public?limit=7"), write())).size(),
                 7);

        const Walk all = walk(probe, QStringLiteral("limit=100"));
        expectEachSourceOnce(all.documents);
        QCOMPARE(all.pageSizes, QList<qsizetype>(Sources / 20, 20));
        const auto back = probe.get(QStringLiteral("/v2/documents/public?limit=100&direction="
                                                   "previous&cursor=")
                                        + text(all.documents.at(50), "id"),
                                    write());
        QCOMPARE(idsOf(back), textsOf(all.documents, "id").mid(30, 20));
        QVERIFY(back.json.object().value(QLatin1String("hasMore")).toBool());
    }

    void errorBodiesTakeTheChosenForm_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("text") << QStringLiteral("error-body-text") << QByteArray("text/plain");
        QTest::newRow("html") << QStringLiteral("error-body-html") << QByteArray("text/html");
        QTest::newRow("all") << QStringLiteral("all") << QByteArray("text/plain");
    }

    void errorBodiesTakeTheChosenForm()
    {
        QFETCH(QString, preset);
        QFETCH(QByteArray, contentType);
        const bool html = contentType == "text/html";
        SandboxOptions options = varied(preset);
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const auto expect = [&](const HttpProbe::Answer &answer, int status, const char *reason,
                                const QString &sentence) {
            QCOMPARE(answer.status, status);
            QVERIFY2(answer.contentType.startsWith(contentType), answer.contentType.constData());
            QVERIFY(answer.json.isNull());
            const QString body = QString::fromUtf8(answer.body);
            if (html)
                QCOMPARE(body, QStringLiteral("<html><body><h1>") + QString::number(status)
                                   + QLatin1Char(' ') + QLatin1String(reason)
                                   + QStringLiteral("</h1><p>") + sentence
                                   + QStringLiteral("</p></body></html>"));
            else
                QCOMPARE(body, sentence);
        };
        const QString path = QStringLiteral("/v2/documents/public/refresh");
        const QString a = QStringLiteral("00000000-0000-4000-8000-00000000000a");
        const QString b = QStringLiteral("00000000-0000-4000-8000-00000000000b");
        expect(probe.post(path, write(), ids("documentIds", {a, b})), 400, "Bad Request",
               QStringLiteral("Unknown document ids: ") + a + QStringLiteral(", ") + b);
        const QString file = firstIdOf(probe, QStringLiteral("source=files"));
        const auto files = probe.post(path, write(), ids("documentIds", {file}));
        QCOMPARE(files.status, 400);
        QVERIFY(files.contentType.startsWith(contentType));
        QVERIFY(files.body.contains(file.toUtf8()));
        expect(probe.get(QStringLiteral("/v2/documents/public"), QString()), 401, "Unauthorized",
               QStringLiteral("Missing or malformed API key"));
        expect(probe.get(QStringLiteral("/v2/nothing/public"), write()), 404, "Not Found",
               QStringLiteral("Cannot GET /v2/nothing/public"));

        options.failRate = 1.0;
        sandbox.setFaults(options);
        expect(probe.get(QStringLiteral("/v2/documents/public"), write()), 500,
               "Internal Server Error", QStringLiteral("Internal server error, please retry"));
    }

    void keepUpdatedAtMovesOnlyForContent()
    {
        FiniSandbox sandbox(varied(QStringLiteral("keep-updated-at")));
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QJsonArray chosen =
            probe.get(QStringLiteral("/v2/documents/public?limit=12&source=web"), write())
                .json.object()
                .value(QLatin1String("documents"))
                .toArray();
        const QStringList refreshed = textsOf(chosen, "id");
        QCOMPARE(refreshed.size(), 12);
        probe.post(QStringLiteral("/_sandbox/upstream-change"), QString(),
                   ids("ids", refreshed.mid(0, 4)));
        const QStringList topBefore =
            idsOf(probe.get(QStringLiteral("/v2/documents/public?limit=100"), write()));

        QCOMPARE(probe
                     .post(QStringLiteral("/v2/documents/public/refresh"), write(),
                           ids("documentIds", refreshed))
                     .status,
                 200);
        const QJsonObject pending = fetch(probe, refreshed.at(6));
        QCOMPARE(pending.value(QLatin1String("linkedJobStatus")).toString(),
                 QStringLiteral("PENDING"));
        QCOMPARE(pending.value(QLatin1String("updatedAt")).toString(),
                 text(chosen.at(6), "updatedAt"));
        // Nobody moved, so the order a client pages through stays as it was.
        QCOMPARE(idsOf(probe.get(QStringLiteral("/v2/documents/public?limit=100"), write())),
                 topBefore);

        const auto allFinal = [&] {
            for (const QString &id : refreshed) {
                if (!isFinal(fetch(probe, id).value(QLatin1String("linkedJobStatus")).toString()))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFinal(), 5000);
        int moved = 0;
        int kept = 0;
        for (int i = 0; i < refreshed.size(); ++i) {
            const QJsonObject before = chosen.at(i).toObject();
            const QJsonObject after = fetch(probe, refreshed.at(i));
            const QString was = before.value(QLatin1String("updatedAt")).toString();
            const QString now = after.value(QLatin1String("updatedAt")).toString();
            if (after.value(QLatin1String("paragraphs"))
                == before.value(QLatin1String("paragraphs"))) {
                QCOMPARE(now, was);
                ++kept;
            } else {
                QVERIFY(now > was);
                ++moved;
            }
        }
        QVERIFY(moved > 0);
        QVERIFY(kept > 0);

        // A knowledge job's end does not move it either.
        const QString source = refreshed.at(6);
        const QString settled = fetch(probe, source).value(QLatin1String("updatedAt")).toString();
        const QString job = queueJob(probe, source);
        QTRY_COMPARE_WITH_TIMEOUT(text(jobs(probe, {job}).first(), "jobStatus"),
                                  QStringLiteral("COMPLETED"), 3000);
        QCOMPARE(fetch(probe, source).value(QLatin1String("updatedAt")).toString(), settled);
    }

    void transientStatusComesBeforePending()
    {
        FiniSandbox sandbox(variedSlowly(QStringLiteral("transient-status")));
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QString source = firstIdOf(probe, QStringLiteral("source=web"));
        const QString path = QStringLiteral("/v2/documents/public/refresh");
        QCOMPARE(probe.post(path, write(), ids("documentIds", {source})).status, 200);
        const QString job = queueJob(probe, firstIdOf(probe, QStringLiteral("source=notion")));
        const QString runId = fetch(probe, source).value(QLatin1String("linkedJobId")).toString();
        // A source in the transient status is already in a run and stays in it.
        QCOMPARE(probe.post(path, write(), ids("documentIds", {source})).status, 200);
        QCOMPARE(fetch(probe, source).value(QLatin1String("linkedJobId")).toString(), runId);

        QStringList sourceSeen;
        QStringList jobSeen;
        const auto note = [](QStringList &seen, const QString &status) {
            if (seen.isEmpty() || seen.constLast() != status)
                seen.append(status);
        };
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 6000
               && !(isFinal(sourceSeen.value(sourceSeen.size() - 1))
                    && isFinal(jobSeen.value(jobSeen.size() - 1)))) {
            note(sourceSeen,
                 fetch(probe, source).value(QLatin1String("linkedJobStatus")).toString());
            note(jobSeen, text(jobs(probe, {job}).first(), "jobStatus"));
            QTest::qWait(20);
        }
        const QStringList expected{QStringLiteral("QUEUED"), QStringLiteral("PENDING"),
                                   QStringLiteral("IN_PROGRESS")};
        QCOMPARE(sourceSeen.mid(0, 3), expected);
        QCOMPARE(sourceSeen.size(), 4);
        QVERIFY(isFinal(sourceSeen.constLast()));
        QCOMPARE(jobSeen, expected + QStringList{QStringLiteral("COMPLETED")});
    }

    void extraTypesLieDeepAndFilter()
    {
        FiniSandbox sandbox(varied(QStringLiteral("extra-types")));
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        QCOMPARE(sandbox.sourceCount(), Sources);
        const Walk all = walk(probe, QStringLiteral("limit=50"));
        expectEachSourceOnce(all.documents);
        const QStringList known{QStringLiteral("web"),         QStringLiteral("files"),
                                QStringLiteral("googledrive"), QStringLiteral("zendesk"),
                                QStringLiteral("notion"),      QStringLiteral("confluence")};
        const QStringList types = textsOf(all.documents, "source");
        QList<int> positions;
        QSet<QString> extra;
        for (int i = 0; i < types.size(); ++i) {
            if (!known.contains(types.at(i))) {
                positions.append(i);
                extra.insert(types.at(i));
            }
        }
        QCOMPARE(positions.size(), Sources * 2 / 100);
        // The oldest records: never on the first pages a client loads.
        QVERIFY(positions.first() >= Sources - positions.size());
        QVERIFY(extra.size() >= 2);

        int filtered = 0;
        for (const QString &type : extra) {
            const QStringList got = textsOf(
                walk(probe, QStringLiteral("limit=100&source=") + type).documents, "source");
            QVERIFY(!got.isEmpty());
            QCOMPARE(got, QStringList(got.size(), type));
            filtered += got.size();
        }
        QCOMPARE(filtered, positions.size());
        expectError(probe.get(QStringLiteral("/v2/documents/public?source=dropbox"), write()), 400);

        // Refreshed like a web source.
        const QString id = text(all.documents.at(positions.first()), "id");
        const auto refreshed = probe.post(QStringLiteral("/v2/documents/public/refresh"), write(),
                                          ids("documentIds", {id}));
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(fetch(probe, id).value(QLatin1String("linkedJobStatus")).toString(),
                 QStringLiteral("PENDING"));
    }

    void shuffledAnswersAreCompleteInAnotherOrder_data() { presetAndAll("shuffle-answers"); }

    void shuffledAnswersAreCompleteInAnotherOrder()
    {
        QFETCH(QString, preset);
        FiniSandbox sandbox(varied(preset));
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QStringList asked =
            idsOf(probe.get(QStringLiteral("/v2/documents/public?limit=10&source=web"), write()));
        QCOMPARE(asked.size(), 10);

        const QStringList refreshed =
            strings(probe
                        .post(QStringLiteral("/v2/documents/public/refresh"), write(),
                              ids("documentIds", asked))
                        .json.array());
        QVERIFY(refreshed != asked);
        QCOMPARE(sorted(refreshed), sorted(asked));

        const QJsonArray queued =
            probe
                .post(QStringLiteral("/v2/knowledge/public/bulk"), write(),
                      ids("documentIds", asked,
                          {{QStringLiteral("origin"), QStringLiteral("sources")}}))
                .json.object()
                .value(QLatin1String("jobs"))
                .toArray();
        QVERIFY(textsOf(queued, "documentId") != asked);
        QCOMPARE(sorted(textsOf(queued, "documentId")), sorted(asked));

        const QStringList jobIds = sorted(textsOf(queued, "backgroundJobId"));
        const QStringList answered = textsOf(jobs(probe, jobIds), "id");
        QVERIFY(answered != jobIds);
        QCOMPARE(sorted(answered), jobIds);
    }

    void plainTimestampsHaveNoMilliseconds_data() { presetAndAll("plain-timestamps"); }

    void plainTimestampsHaveNoMilliseconds()
    {
        QFETCH(QString, preset);
        FiniSandbox sandbox(varied(preset));
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QRegularExpression plain(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
        const Walk all = walk(probe, QStringLiteral("limit=100"));
        expectEachSourceOnce(all.documents);
        QString previous = QStringLiteral("9");
        for (const QJsonValue &document : all.documents) {
            const QString updatedAt = text(document, "updatedAt");
            QVERIFY2(plain.match(updatedAt).hasMatch(), qPrintable(updatedAt));
            QVERIFY2(plain.match(text(document, "createdAt")).hasMatch(),
                     qPrintable(text(document, "createdAt")));
            QVERIFY(QDateTime::fromString(updatedAt, Qt::ISODate).isValid());
            QVERIFY(updatedAt <= previous);
            previous = updatedAt;
        }
        const QString job = queueJob(probe, text(all.documents.first(), "id"));
        const QString createdAt = text(jobs(probe, {job}).first(), "createdAt");
        QVERIFY2(plain.match(createdAt).hasMatch(), qPrintable(createdAt));
    }

    void sparseRecordsLackOptionalFields_data() { presetAndAll("sparse"); }

    void sparseRecordsLackOptionalFields()
    {
        QFETCH(QString, preset);
        FiniSandbox sandbox(varied(preset));
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const Walk all = walk(probe, QStringLiteral("limit=100"));
        expectEachSourceOnce(all.documents);
        const QStringList optional{QStringLiteral("title"),
                                   QStringLiteral("originalUrl"),
                                   QStringLiteral("error"),
                                   QStringLiteral("changed"),
                                   QStringLiteral("linkedKnowledgeId"),
                                   QStringLiteral("linkedOperation"),
                                   QStringLiteral("linkedReason"),
                                   QStringLiteral("paragraphs"),
                                   QStringLiteral("oldParagraphs")};
        // These three are null in whole records too, so only their absence proves anything.
        const QStringList nullAnyway{QStringLiteral("linkedKnowledgeId"),
                                     QStringLiteral("linkedOperation"),
                                     QStringLiteral("linkedReason")};
        QHash<QString, int> absent;
        QHash<QString, int> nulls;
        int complete = 0;
        QJsonObject sparse;
        for (const QJsonValue &value : all.documents) {
            const QJsonObject document = value.toObject();
            bool whole = true;
            for (const QString &field : optional) {
                if (!document.contains(field)) {
                    ++absent[field];
                    whole = false;
                    sparse = document;
                } else if (document.value(field).isNull() && !nullAnyway.contains(field)) {
                    ++nulls[field];
                    whole = false;
                }
            }
            complete += whole ? 1 : 0;
        }
        for (const QString &field : optional)
            QVERIFY2(absent.value(field) + nulls.value(field) > 0, qPrintable(field));
        QVERIFY(nulls.value(QStringLiteral("title")) > 0);
        QVERIFY(absent.value(QStringLiteral("title")) > 0);
        // Most records stay whole, and a record has the same shape wherever it is read.
        QVERIFY(complete > Sources / 2);
        QCOMPARE(fetch(probe, sparse.value(QLatin1String("id")).toString()), sparse);
    }

    void allVariationsHoldTogether()
    {
        // What the "all" rows above leave out: the transient status, a kept updatedAt and the
        // extra types, at once.
        FiniSandbox sandbox(variedSlowly(QStringLiteral("all")));
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const Walk before = walk(probe, QStringLiteral("limit=100"));
        expectEachSourceOnce(before.documents);
        const QStringList types = textsOf(before.documents, "source");
        const int extra = Sources * 2 / 100;
        QVERIFY(types.mid(Sources - extra).contains(QStringLiteral("intercom")));
        QVERIFY(!types.mid(0, Sources - extra).contains(QStringLiteral("intercom")));

        const QStringList asked =
            idsOf(probe.get(QStringLiteral("/v2/documents/public?limit=5&source=web"), write()));
        QCOMPARE(probe
                     .post(QStringLiteral("/v2/documents/public/refresh"), write(),
                           ids("documentIds", asked))
                     .status,
                 200);
        QCOMPARE(fetch(probe, asked.first()).value(QLatin1String("linkedJobStatus")).toString(),
                 QStringLiteral("QUEUED"));
        QCOMPARE(textsOf(walk(probe, QStringLiteral("limit=100")).documents, "id"),
                 textsOf(before.documents, "id"));
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, SandboxContractTest)
#include "tst_sandbox_contract.moc"
