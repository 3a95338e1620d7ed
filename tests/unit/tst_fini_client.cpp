#include "FiniClient.h"
#include "FiniSandbox.h"
#include "HttpProbe.h"
#include "OddServer.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QtTest>

// FiniClient against the real fini-sandbox over loopback, and against OddServer for answers
// the sandbox never gives.
class FiniClientTest : public QObject
{
    Q_OBJECT

private:
    static SandboxOptions options()
    {
        SandboxOptions o;
        o.sources = 300;
        o.seed = 11;
        o.pendingMs = 50;
        o.runningMs = 100;
        o.jobFailRate = 0.0;
        return o;
    }

    static FiniClientConfig config(const QUrl &url, const QString &key = FiniSandbox::writeKey())
    {
        FiniClientConfig c;
        c.baseUrl = url;
        c.apiKey = key;
        c.timeoutMs = 2000;
        c.retry.baseDelayMs = 5;
        c.retry.maxDelayMs = 20;
        return c;
    }

    template<typename T>
    static std::optional<ApiResult<T>>
    run(const std::function<void(QObject *, ApiCallback<T>)> &start)
    {
        QObject context;
        std::optional<ApiResult<T>> result;
        start(&context, [&result](const ApiResult<T> &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result;
    }

    template<typename T>
    static BatchOutcome<T> runBatch(const std::function<void(QObject *, BatchCallback<T>)> &start)
    {
        QObject context;
        std::optional<BatchOutcome<T>> result;
        start(&context, [&result](const BatchOutcome<T> &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result.value_or(BatchOutcome<T>{});
    }

    static ApiResult<SourcePage> list(FiniClient &client, const SourceQuery &query = {})
    {
        return *run<SourcePage>([&](QObject *ctx, ApiCallback<SourcePage> done) {
            client.listSources(query, ctx, done);
        });
    }

    static int answers(const FiniSandbox &sandbox, const QString &route, const QString &status)
    {
        return HttpProbe(sandbox.url())
            .get(QStringLiteral("/_sandbox/stats"), QString())
            .json.object()
            .value(QLatin1String("requests"))
            .toObject()
            .value(route)
            .toObject()
            .value(status)
            .toInt();
    }

    static QStringList idsWhere(FiniClient &client, const QString &source, int limit)
    {
        SourceQuery query;
        query.source = source;
        query.limit = limit;
        QStringList ids;
        const auto page = list(client, query);
        for (const Source &s : page.value().sources)
            ids.append(s.id);
        return ids;
    }

private Q_SLOTS:
    void listReturnsTypedPagesWithFilters()
    {
        FiniSandbox sandbox(options());
        QVERIFY(sandbox.start());
        FiniClient client(config(sandbox.url()));
        SourceQuery query;
        query.limit = 20;
        query.source = QStringLiteral("notion");
        const auto page = list(client, query);
        QVERIFY(page.ok());
        QCOMPARE(page.value().sources.size(), 20);
        QVERIFY(page.value().hasMore);
        for (const Source &s : page.value().sources) {
            QCOMPARE(s.source, QStringLiteral("notion"));
            QVERIFY(s.updatedAt > 0);
            QVERIFY(!s.paragraphs.isEmpty() || !s.success);
        }
        query.cursor = page.value().sources.last().id;
        const auto next = list(client, query);
        QVERIFY(next.ok());
        QVERIFY(next.value().sources.first().updatedAt <= page.value().sources.last().updatedAt);
    }

    void everyRequestCarriesKeyAgentAndJson()
    {
        OddServer server;
        server.enqueue(200, R"({"documents":[],"hasMore":false})");
        FiniClient client(config(server.url(), QStringLiteral("fini_secret_123")));
        QVERIFY(list(client).ok());
        // Header names are case-insensitive (Qt 6.8 sends them in lower case).
        const QByteArray request = server.lastRequest().toLower();
        QVERIFY(request.contains("authorization: bearer fini_secret_123"));
        QVERIFY(request.contains(QByteArray("user-agent: sourcedesk/" SOURCEDESK_VERSION)));
        QVERIFY(request.contains("accept: application/json"));
    }

    void getSourceAndItsErrorKinds()
    {
        FiniSandbox sandbox(options());
        QVERIFY(sandbox.start());
        FiniClient client(config(sandbox.url()));
        const QString id = idsWhere(client, QStringLiteral("web"), 1).first();
        const auto get = [&](FiniClient &c, const QString &sourceId) {
            return *run<Source>(
                [&](QObject *ctx, ApiCallback<Source> done) { c.getSource(sourceId, ctx, done); });
        };
        QCOMPARE(get(client, id).value().id, id);
        QCOMPARE(get(client, QStringLiteral("00000000-0000-4000-8000-000000000000")).error().kind(),
                 ApiError::Kind::NotFound);
        QCOMPARE(get(client, QStringLiteral("nope")).error().kind(), ApiError::Kind::BadRequest);
        FiniClient other(config(sandbox.url(), FiniSandbox::otherWorkspaceKey()));
        const auto foreign = get(other, id);
        QCOMPARE(foreign.error().kind(), ApiError::Kind::Forbidden);
        QCOMPARE(foreign.error().httpStatus(), 403);
        QVERIFY(foreign.error().serverMessage().contains(id));
    }

    void unauthorizedIsReportedWithoutRetry()
    {
        FiniSandbox sandbox(options());
        QVERIFY(sandbox.start());
        FiniClient client(config(sandbox.url(), FiniSandbox::revokedKey()));
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::Unauthorized);
        QVERIFY(!result.error().summary().isEmpty());
        QCOMPARE(
            answers(sandbox, QStringLiteral("GET /v2/documents/public"), QStringLiteral("401")), 1);
    }

    void refreshChunksAndIsolatesRejectedIds()
    {
        FiniSandbox sandbox(options());
        QVERIFY(sandbox.start());
        FiniClient client(config(sandbox.url()));
        QStringList ids = idsWhere(client, QStringLiteral("web"), 100)
                          + idsWhere(client, QStringLiteral("zendesk"), 60);
        const QString file = idsWhere(client, QStringLiteral("files"), 1).first();
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-0000000000aa");
        ids.insert(130, file);
        ids.insert(10, unknown);
        ids.append(ids.first()); // duplicates are sent once
        const auto outcome = runBatch<QString>(
            [&](QObject *ctx, BatchCallback<QString> done) { client.refresh(ids, ctx, done); });
        QCOMPARE(outcome.acceptedIds.size(), 160);
        QCOMPARE(outcome.rejected.size(), 2);
        QStringList rejected{outcome.rejected.at(0).id, outcome.rejected.at(1).id};
        rejected.sort();
        QStringList expected{file, unknown};
        expected.sort();
        QCOMPARE(rejected, expected);
        for (const IdRejection &r : outcome.rejected)
            QCOMPARE(r.error.kind(), ApiError::Kind::BadRequest);
        // 162 IDs: two chunks refused, each split by the named IDs and sent again.
        const QString route = QStringLiteral("POST /v2/documents/public/refresh");
        QCOMPARE(answers(sandbox, route, QStringLiteral("400")), 2);
        QCOMPARE(answers(sandbox, route, QStringLiteral("200")), 2);
    }

    void refreshWithReadKeyRejectsEverySource()
    {
        FiniSandbox sandbox(options());
        QVERIFY(sandbox.start());
        FiniClient reader(config(sandbox.url(), FiniSandbox::readKey()));
        const QStringList ids = idsWhere(reader, QStringLiteral("web"), 30);
        const auto outcome = runBatch<QString>(
            [&](QObject *ctx, BatchCallback<QString> done) { reader.refresh(ids, ctx, done); });
        QVERIFY(outcome.acceptedIds.isEmpty());
        QCOMPARE(outcome.rejected.size(), 30);
        QCOMPARE(outcome.rejected.first().error.kind(), ApiError::Kind::Forbidden);
        QVERIFY(outcome.rejected.first().error.summary().contains(QStringLiteral("write scope")));
    }

    void bulkGenerateThenCheckJobsUntilFinal()
    {
        FiniSandbox sandbox(options());
        QVERIFY(sandbox.start());
        FiniClient client(config(sandbox.url()));
        const QStringList ids = idsWhere(client, QStringLiteral("confluence"), 12);
        GenerateOptions generate;
        generate.restrictedOps = {QStringLiteral("UPDATE_ARTICLE"), QStringLiteral("DO_NOTHING")};
        const auto queued =
            runBatch<GeneratedJob>([&](QObject *ctx, BatchCallback<GeneratedJob> done) {
                client.bulkGenerate(ids, generate, ctx, done);
            });
        QCOMPARE(queued.acceptedIds, ids);
        QStringList jobIds;
        for (const GeneratedJob &job : queued.items)
            jobIds.append(job.backgroundJobId);
        jobIds.append(QStringLiteral("not-a-job"));
        const auto check = [&] {
            return runBatch<KnowledgeJob>([&](QObject *ctx, BatchCallback<KnowledgeJob> done) {
                client.checkJobs(jobIds, ctx, done);
            });
        };
        const auto first = check();
        QCOMPARE(first.items.size(), 12);
        QCOMPARE(first.rejected.size(), 1);
        QCOMPARE(first.rejected.first().id, QStringLiteral("not-a-job"));
        QCOMPARE(first.rejected.first().error.kind(), ApiError::Kind::NotFound);
        const auto allFinal = [&] {
            const auto jobs = check().items;
            return std::all_of(jobs.cbegin(), jobs.cend(),
                               [](const KnowledgeJob &j) { return j.isFinal(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFinal(), 5000);
    }

    void deleteAndIngest()
    {
        FiniSandbox sandbox(options());
        QVERIFY(sandbox.start());
        FiniClient client(config(sandbox.url()));
        const QStringList ids = idsWhere(client, QStringLiteral("googledrive"), 3);
        const auto deleted =
            runBatch<DeletedSource>([&](QObject *ctx, BatchCallback<DeletedSource> done) {
                client.deleteSources(ids, false, ctx, done);
            });
        QCOMPARE(deleted.acceptedIds, ids);
        QCOMPARE(deleted.items.first().id, ids.first());

        IngestRequest ingest;
        ingest.toAdd = {QStringLiteral("https://help.acme.test/articles/new-one")};
        const auto added = run<IngestResult>([&](QObject *ctx, ApiCallback<IngestResult> done) {
            client.ingest(ingest, ctx, done);
        });
        QVERIFY(added->ok());
        QCOMPARE(added->value().addedDocumentIds.size(), 1);
    }

    void readsRetryServerErrorsAndSucceed()
    {
        OddServer server;
        server.enqueue(503, "busy");
        server.enqueue(502, "");
        server.enqueue(200, R"({"documents":[{"id":"a"}],"hasMore":false})");
        FiniClient client(config(server.url()));
        const auto result = list(client);
        QVERIFY(result.ok());
        QCOMPARE(result.value().sources.size(), 1);
        QCOMPARE(server.requestCount(), 3);
    }

    void readsGiveUpAfterTheCap()
    {
        SandboxOptions o = options();
        o.failRate = 1.0;
        FiniSandbox sandbox(o);
        QVERIFY(sandbox.start());
        FiniClient client(config(sandbox.url()));
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::ServerError);
        QCOMPARE(result.error().httpStatus(), 500);
        QCOMPARE(result.error().attempts(), 5);
        QCOMPARE(
            answers(sandbox, QStringLiteral("GET /v2/documents/public"), QStringLiteral("500")), 5);
    }

    void refreshRetriesOnceOn500()
    {
        OddServer server;
        server.enqueue(500, R"({"message":"queue down"})");
        server.enqueue(200, R"(["a"])");
        FiniClient client(config(server.url()));
        auto outcome = runBatch<QString>([&](QObject *ctx, BatchCallback<QString> done) {
            client.refresh({QStringLiteral("a")}, ctx, done);
        });
        QCOMPARE(outcome.acceptedIds, QStringList{QStringLiteral("a")});
        QCOMPARE(server.requestCount(), 2);

        server.enqueue(500, R"({"message":"queue down"})");
        server.enqueue(500, R"({"message":"still down"})");
        server.enqueue(200, R"(["a"])");
        outcome = runBatch<QString>([&](QObject *ctx, BatchCallback<QString> done) {
            client.refresh({QStringLiteral("a")}, ctx, done);
        });
        QCOMPARE(outcome.rejected.size(), 1);
        QCOMPARE(outcome.rejected.first().error.kind(), ApiError::Kind::ServerError);
        QCOMPARE(outcome.rejected.first().error.serverMessage(), QStringLiteral("still down"));
        QCOMPARE(server.requestCount(), 4);
    }

    void bulkGenerateIsNeverRetriedBlindly()
    {
        OddServer server;
        server.enqueue(500, "");
        server.enqueue(200, R"({"jobs":[{"documentId":"a","backgroundJobId":"j"}]})");
        FiniClient client(config(server.url()));
        const auto outcome =
            runBatch<GeneratedJob>([&](QObject *ctx, BatchCallback<GeneratedJob> done) {
                client.bulkGenerate({QStringLiteral("a")}, {}, ctx, done);
            });
        QCOMPARE(outcome.rejected.size(), 1);
        QCOMPARE(server.requestCount(), 1);
    }

    void rateLimitWaitsForRetryAfter()
    {
        OddServer server;
        server.enqueue(429, R"({"message":"slow down"})", "Retry-After: 0\r\n");
        server.enqueue(200, R"({"jobs":[{"documentId":"a","backgroundJobId":"j"}]})");
        FiniClient client(config(server.url()));
        QSignalSpy retries(&client, &FiniClient::retryScheduled);
        const auto outcome =
            runBatch<GeneratedJob>([&](QObject *ctx, BatchCallback<GeneratedJob> done) {
                client.bulkGenerate({QStringLiteral("a")}, {}, ctx, done);
            });
        QCOMPARE(outcome.acceptedIds, QStringList{QStringLiteral("a")});
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().first().value<ApiError>().kind(), ApiError::Kind::RateLimited);
    }

    void rateLimitFromTheSandboxIsReportedWhenItPersists()
    {
        SandboxOptions o = options();
        o.rateLimitPerMinute = 1;
        FiniSandbox sandbox(o);
        QVERIFY(sandbox.start());
        FiniClientConfig c = config(sandbox.url());
        c.retry.maxRateLimitWaits = 0;
        FiniClient client(c);
        QVERIFY(list(client).ok());
        const auto limited = list(client);
        QCOMPARE(limited.error().kind(), ApiError::Kind::RateLimited);
        QVERIFY(limited.error().retryAfterSeconds().value_or(0) >= 1);
    }

    void transportFaultsBecomeTheirKinds()
    {
        // Only the stall waits for the timeout; the others must not meet it on a slow machine.
        const auto failWith = [this](SandboxOptions o, int timeoutMs = 10000) {
            FiniSandbox sandbox(o);
            if (!sandbox.start())
                return ApiError::Kind::None;
            FiniClientConfig c = config(sandbox.url());
            c.timeoutMs = timeoutMs;
            c.retry.maxRetries = 1;
            FiniClient client(c);
            return list(client).error().kind();
        };
        SandboxOptions stall = options();
        stall.stallRate = 1.0;
        QCOMPARE(failWith(stall, 200), ApiError::Kind::Timeout);
        SandboxOptions reset = options();
        reset.resetRate = 1.0;
        QCOMPARE(failWith(reset), ApiError::Kind::Network);
        SandboxOptions malformed = options();
        malformed.malformedRate = 1.0;
        QCOMPARE(failWith(malformed), ApiError::Kind::MalformedResponse);
    }

    void connectionRefusedIsANetworkError()
    {
        quint16 port = 0;
        {
            OddServer closed;
            port = closed.serverPort();
        }
        FiniClientConfig c = config(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        c.retry.maxRetries = 0;
        FiniClient client(c);
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::Network);
        QVERIFY(!result.error().transportMessage().isEmpty());
    }

    void plainHttpIsRefusedExceptToThisComputer()
    {
        QVERIFY(FiniClient::isAllowedBaseUrl(QUrl(QStringLiteral("https://api-prod.usefini.com"))));
        QVERIFY(FiniClient::isAllowedBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
        QVERIFY(FiniClient::isAllowedBaseUrl(QUrl(QStringLiteral("http://[::1]:8080"))));
        QVERIFY(FiniClient::isAllowedBaseUrl(QUrl(QStringLiteral("http://localhost"))));
        QVERIFY(!FiniClient::isAllowedBaseUrl(QUrl(QStringLiteral("http://api-prod.usefini.com"))));
        QVERIFY(!FiniClient::isAllowedBaseUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))));
        FiniClient client(config(QUrl(QStringLiteral("http://api-prod.usefini.com"))));
        QCOMPARE(list(client).error().kind(), ApiError::Kind::InsecureUrl);
    }

    void tlsFailuresAreErrorsThatNameTheCertificate()
    {
        QTemporaryDir dir;
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                       QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=sourcedesk-test-server"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        FiniClient client(
            config(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()))));
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::Tls);
        QCOMPARE(result.error().attempts(), 1); // never retried, never ignored
        QVERIFY(
            result.error().transportMessage().contains(QStringLiteral("sourcedesk-test-server")));
        QVERIFY(result.error().transportMessage().contains(QStringLiteral("SHA-256")));
        QVERIFY(result.error().summary().contains(QStringLiteral("could not be verified")));
    }

    void redirectsToAnotherHostAreNotFollowed()
    {
        OddServer elsewhere;
        elsewhere.enqueue(200, R"({"documents":[],"hasMore":false})");
        OddServer server;
        server.enqueue(302, "",
                       "Location: " + elsewhere.url().toString().toUtf8()
                           + "/v2/documents/public\r\n");
        // Another port is another origin: the key must not follow the redirect there.
        FiniClient client(config(server.url()));
        const auto result = list(client);
        QVERIFY(!result.ok());
        QCOMPARE(elsewhere.requestCount(), 0); // the key never went to the other host
    }

    void plainTextErrorBodiesReachTheUser()
    {
        OddServer server;
        server.enqueue(400, "limit is weird");
        FiniClient client(config(server.url()));
        const auto result = list(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::BadRequest);
        QCOMPARE(result.error().serverMessage(), QStringLiteral("limit is weird"));
        QVERIFY(result.error().technicalDetails().contains(QStringLiteral("limit is weird")));
    }

    void oddButValidPagesAreRead()
    {
        OddServer server;
        server.enqueue(200, R"({"documents":[],"hasMore":true,"extra":1})");
        server.enqueue(200, R"({"documents":[{"id":"a","title":null,"linkedJobStatus":"NEW"}]})");
        FiniClient client(config(server.url()));
        const auto empty = list(client);
        QVERIFY(empty.ok());
        QVERIFY(empty.value().hasMore);
        const auto odd = list(client);
        QCOMPARE(odd.value().sources.first().linkedJobStatus, QStringLiteral("NEW"));
    }

    void cancelReportsCancelledAndStopsTheRequest()
    {
        SandboxOptions o = options();
        o.latencyMs = 3000;
        FiniSandbox sandbox(o);
        QVERIFY(sandbox.start());
        FiniClient client(config(sandbox.url()));
        QObject context;
        std::optional<ApiResult<SourcePage>> result;
        ApiTask *task =
            client.listSources({}, &context, [&](const ApiResult<SourcePage> &r) { result = r; });
        task->cancel();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind(), ApiError::Kind::Cancelled);
    }

    void noCallbackAfterItsContextIsGone()
    {
        FiniSandbox sandbox(options());
        QVERIFY(sandbox.start());
        FiniClient client(config(sandbox.url()));
        bool called = false;
        auto *context = new QObject;
        client.listSources({}, context, [&](const ApiResult<SourcePage> &) { called = true; });
        delete context;
        // A second call on the same client proves the first one's answer has arrived.
        QVERIFY(list(client).ok());
        QVERIFY(!called);
    }

    void theKeyNeverReachesTheLog()
    {
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                      const QString &message) { logged.append(message); });
        QLoggingCategory::setFilterRules(QStringLiteral("sourcedesk.*=true"));
        OddServer server;
        server.enqueue(500, "x");
        server.enqueue(401, R"({"message":"bad key"})");
        FiniClient client(config(server.url(), QStringLiteral("fini_top_secret")));
        const auto result = list(client);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(result.error().kind(), ApiError::Kind::Unauthorized);
        QVERIFY(!logged.isEmpty());
        for (const QString &line : std::as_const(logged)) {
            QVERIFY2(!line.contains(QStringLiteral("fini_top_secret")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("Authorization")), qPrintable(line));
        }
        QVERIFY(!result.error().technicalDetails().contains(QStringLiteral("fini_top_secret")));
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, FiniClientTest)
#include "tst_fini_client.moc"
