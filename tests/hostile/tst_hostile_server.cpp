#include "CsvWriter.h"
#include "CursorWalker.h"
#include "FiniClient.h"
#include "GenerateWorkflow.h"
#include "OddServer.h"
#include "RefreshWorkflow.h"
#include "SourceTableModel.h"
#include "TestMain.h"
#include "WorkspaceLoader.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

// Fixtures at file scope: moc misreads raw strings inside a Q_OBJECT class.
namespace {
const char *const Busy = R"({"message":"busy"})";
const char *const AcceptedA = R"(["a"])";
const char *const QueuedJob = R"({"jobs":[{"documentId":"a","backgroundJobId":"job-1"}]})";
const char *const UnknownJob = R"({"statusCode":404,"message":"Unknown job IDs: job-1"})";
const char *const EscapeInMessage = "{\"message\":\"bad \x1b[2J\x1b]0;owned\x07 request\"}";

QByteArray isoNow()
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(5)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"))
        .toUtf8();
}

QByteArray sourceJson(const QByteArray &id, const QByteArray &title = "T",
                      const QByteArray &status = "COMPLETED")
{
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"source\":\"web\","
           + "\"linkedJobStatus\":\"" + status + "\",\"success\":true,\"updatedAt\":\"" + isoNow()
           + "\"}";
}

QByteArray page(const QList<QByteArray> &records, bool hasMore)
{
    return "{\"documents\":[" + records.join(',') + "],\"hasMore\":" + (hasMore ? "true" : "false")
           + "}";
}

QByteArray pageOfIds(const QList<QByteArray> &ids, bool hasMore)
{
    QList<QByteArray> records;
    for (const QByteArray &id : ids)
        records.append(sourceJson(id));
    return page(records, hasMore);
}

QByteArray requestLine(const QByteArray &request)
{
    return request.left(request.indexOf("\r\n"));
}
} // namespace

// Sourcedesk against servers that answer badly on purpose (issue 14), each scripted on
// OddServer over loopback: every case ends, within its bound, with an error that says what
// happened, and nothing a server sends can reach a terminal or a spreadsheet as commands.
class HostileServerTest : public QObject
{
    Q_OBJECT

private:
    static ApiResult<SourcePage> listOnce(FiniClient &client)
    {
        QObject context;
        std::optional<ApiResult<SourcePage>> result;
        client.listSources(SourceQuery(), &context,
                           [&](const ApiResult<SourcePage> &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(ApiResult<SourcePage>(ApiError()));
    }

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // The CLI as a process; the wait keeps the event loop turning so that OddServer answers.
    static Run cli(const QStringList &arguments,
                   const QUrl &base = QUrl(QStringLiteral("http://127.0.0.1:9")))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FINI_API_KEY"), QStringLiteral("fini_test_write"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SOURCEDESK_CLI_PATH),
                      arguments + QStringList{QStringLiteral("--base-url"), base.toString()});
        process.closeWriteChannel();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000); }();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static bool hasControlBytes(const QByteArray &text)
    {
        for (const char c : text) {
            const auto byte = static_cast<unsigned char>(c);
            if ((byte < 0x20 && byte != '\n' && byte != '\r') || byte == 0x7f)
                return true;
        }
        return false;
    }

    // A server whose List sources says "more" after every page, with the same last record.
    static void answerEndlessPages(OddServer &server)
    {
        server.setResponder([](const QByteArray &request) {
            if (requestLine(request).startsWith("POST"))
                return OddServer::Answer{OddServer::response(200, AcceptedA)};
            return OddServer::Answer{OddServer::response(200, pageOfIds({"a", "b"}, true))};
        });
    }

private Q_SLOTS:
    // Item 1: a repeated cursor ends every walk: the loader, the refresh's changed walk, the
    // CLI's list and refresh --all.
    void aRepeatedCursorEndsTheLoader()
    {
        OddServer server;
        answerEndlessPages(server);
        FiniClient client(server.clientConfig());
        SourceTableModel model;
        WorkspaceLoader loader(&client, &model);
        std::optional<ApiError> failure;
        connect(&loader, &WorkspaceLoader::failed, this,
                [&](const ApiError &error) { failure = error; });
        loader.start();
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 10000);
        QVERIFY(failure.has_value());
        QCOMPARE(failure->kind(), ApiError::Kind::EndlessPaging);
        QVERIFY(server.requestCount() < 20);
    }

    void aRepeatedCursorEndsTheChangedWalkOfARefresh()
    {
        OddServer server;
        server.setResponder([](const QByteArray &request) {
            const QByteArray line = requestLine(request);
            if (line.startsWith("POST"))
                return OddServer::Answer{OddServer::response(200, AcceptedA)};
            if (line.contains("changed=true"))
                return OddServer::Answer{OddServer::response(200, pageOfIds({"c", "d"}, true))};
            if (line.startsWith("GET /v2/documents/public/a"))
                return OddServer::Answer{OddServer::response(200, sourceJson("a"))};
            return OddServer::Answer{OddServer::response(200, pageOfIds({"a"}, false))};
        });
        FiniClient client(server.clientConfig());
        PollSchedule::Settings polling;
        polling.firstMs = 20;
        polling.maxMs = 50;
        RefreshWorkflow refresh(&client, polling);
        std::optional<RefreshWorkflow::Summary> summary;
        QList<ApiError> problems;
        connect(&refresh, &RefreshWorkflow::finished, this,
                [&](const RefreshWorkflow::Summary &s) { summary = s; });
        connect(&refresh, &RefreshWorkflow::pollProblem, this,
                [&](const ApiError &error) { problems.append(error); });
        SourceRow row;
        row.id = QStringLiteral("a");
        refresh.start({RefreshWorkflow::Target::of(row)});
        QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 15000);
        QCOMPARE(summary->completed, 1);
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [](const ApiError &e) {
            return e.kind() == ApiError::Kind::EndlessPaging;
        }));
    }

    void aRepeatedCursorEndsTheCli_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list") << QStringList{QStringLiteral("list")};
        QTest::newRow("refresh --all")
            << QStringList{QStringLiteral("refresh"), QStringLiteral("--all")};
    }

    void aRepeatedCursorEndsTheCli()
    {
        QFETCH(QStringList, arguments);
        OddServer server;
        answerEndlessPages(server);
        const Run run = cli(arguments, server.url());
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains("without end"), run.err.constData());
        QCOMPARE(server.requestCount(), 2);
    }

    // Item 2: bytes trickling in keep the inactivity timer happy, but not the deadline.
    void aTricklingBodyEndsWithATimeout()
    {
        OddServer server;
        const QByteArray body = pageOfIds({"a"}, false);
        for (int i = 0; i < 2; ++i)
            server.enqueueRaw({OddServer::response(200, body), 50});
        FiniClientConfig c = server.clientConfig();
        c.timeoutMs = 1000;
        c.requestDeadlineMs = 600;
        c.retry.maxRetries = 1;
        FiniClient client(c);
        QElapsedTimer clock;
        clock.start();
        const auto result = listOnce(client);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::Timeout);
        QVERIFY(result.error().transportMessage().contains(QStringLiteral("600")));
        QVERIFY(result.error().summary().contains(QStringLiteral("too long")));
        QCOMPARE(server.requestCount(), 2);
        QVERIFY(clock.elapsed() < 5000);
    }

    // Items 3 and 4: Retry-After is waited only when sane, always visibly, never at once.
    void retryAfterBeyondTheCapEndsAtOnceAndSaysWhen_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("999999 s") << QByteArray("999999");
        QTest::newRow("far-future date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT");
        QTest::newRow("digits past 64 bits") << QByteArray("99999999999999999999999999");
    }

    void retryAfterBeyondTheCapEndsAtOnceAndSaysWhen()
    {
        QFETCH(QByteArray, retryAfter);
        OddServer server;
        server.enqueue(429, Busy, "Retry-After: " + retryAfter + "\r\n");
        server.enqueue(200, pageOfIds({"a"}, false));
        FiniClient client(server.clientConfig());
        QSignalSpy retries(&client, &FiniClient::retryScheduled);
        const auto result = listOnce(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::RateLimited);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(retries.size(), 0);
        QVERIFY(result.error().retryAfterSeconds().value_or(0) > 60 * 60);
        QVERIFY2(result.error().summary().contains(QStringLiteral("minute")),
                 qPrintable(result.error().summary()));
    }

    void aNegativeOrZeroRetryAfterStillBacksOff_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("zero") << QByteArray("0");
    }

    void aNegativeOrZeroRetryAfterStillBacksOff()
    {
        QFETCH(QByteArray, retryAfter);
        OddServer server;
        for (int i = 0; i < 6; ++i)
            server.enqueue(429, Busy, "Retry-After: " + retryAfter + "\r\n");
        FiniClientConfig c = server.clientConfig();
        c.retry.baseDelayMs = 40;
        c.retry.maxDelayMs = 160;
        FiniClient client(c);
        QSignalSpy retries(&client, &FiniClient::retryScheduled);
        QElapsedTimer clock;
        clock.start();
        const auto result = listOnce(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::RateLimited);
        QCOMPARE(retries.size(), 5); // each wait announced, for a countdown
        for (const QList<QVariant> &retry : std::as_const(retries))
            QVERIFY(retry.at(1).toInt() >= 20);
        // Backoff 40, 80, 160, 160, 160 ms with up to half taken off by jitter.
        QVERIFY(clock.elapsed() >= 300);
    }

    void retryWaitsCountDownOnATerminal()
    {
        OddServer server;
        server.enqueue(429, Busy, "Retry-After: 2\r\n");
        server.enqueue(200, pageOfIds({"a"}, false));
        // `script` gives the CLI a terminal, as a person running it has.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FINI_API_KEY"), QStringLiteral("fini_test_write"));
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral("script"),
            {QStringLiteral("-qec"),
             QStringLiteral(SOURCEDESK_CLI_PATH " list --base-url ") + server.url().toString(),
             QStringLiteral("/dev/null")});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 20000);
        const QByteArray shown = process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(shown.contains("trying again in 2 second"), shown.constData());
        QCOMPARE(server.requestCount(), 2);
    }

    void maxInFlightZeroStillSends()
    {
        OddServer server;
        server.enqueue(200, AcceptedA);
        FiniClientConfig c = server.clientConfig();
        c.maxInFlight = 0;
        FiniClient client(c);
        QObject context;
        std::optional<BatchOutcome<QString>> outcome;
        client.refresh({QStringLiteral("a")}, &context,
                       [&](const BatchOutcome<QString> &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QCOMPARE(outcome->acceptedIds, QStringList{QStringLiteral("a")});
    }

    // Item 5: after a restart Fini may no longer know a job: that is final, not "still running".
    void anUnknownKnowledgeJobIsFinal()
    {
        OddServer server;
        server.setResponder([](const QByteArray &request) {
            if (requestLine(request).contains("/jobs/status"))
                return OddServer::Answer{OddServer::response(404, UnknownJob)};
            return OddServer::Answer{OddServer::response(200, QueuedJob)};
        });
        FiniClient client(server.clientConfig());
        PollSchedule::Settings polling;
        polling.firstMs = 20;
        GenerateWorkflow generate(&client, polling);
        std::optional<GenerateWorkflow::Summary> summary;
        connect(&generate, &GenerateWorkflow::finished, this,
                [&](const GenerateWorkflow::Summary &s) { summary = s; });
        generate.start({QStringLiteral("a")}, GenerateOptions());
        QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 10000);
        QCOMPARE(summary->failed, 1);
        QCOMPARE(summary->stillRunning, 0);
        QVERIFY(generate.outcomes()
                    .value(QStringLiteral("a"))
                    .detail.contains(QStringLiteral("no longer knows")));
    }

    // Item 6: an answer past the size cap is not read any further.
    void anAnswerPastTheSizeCapIsRefused_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("announced length") << true;
        QTest::newRow("read until close") << false;
    }

    void anAnswerPastTheSizeCapIsRefused()
    {
        QFETCH(bool, announced);
        QList<QByteArray> records;
        for (int i = 0; i < 5000; ++i)
            records.append(sourceJson("id-" + QByteArray::number(i)));
        const QByteArray body = page(records, false);
        OddServer server;
        server.enqueueRaw({announced ? OddServer::response(200, body)
                                     : "HTTP/1.1 200 X\r\nConnection: close\r\n\r\n" + body});
        FiniClientConfig c = server.clientConfig();
        c.maxResponseBytes = 64 * 1024;
        FiniClient client(c);
        const auto result = listOnce(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::TooLarge);
        QCOMPARE(server.requestCount(), 1); // never retried: it would be as large again
        QVERIFY(result.error().summary().contains(QStringLiteral("larger")));
    }

    // Item 10: a refused redirect says what happened.
    void aRefusedRedirectSaysWhatHappened()
    {
        OddServer elsewhere;
        OddServer server;
        server.enqueue(302, "",
                       "Location: " + elsewhere.url().toString().toUtf8()
                           + "/v2/documents/public\r\n");
        FiniClient client(server.clientConfig());
        const auto result = listOnce(client);
        QCOMPARE(result.error().kind(), ApiError::Kind::Redirected);
        QVERIFY(result.error().summary().contains(QStringLiteral("another server")));
        QVERIFY(!result.error().summary().contains(QStringLiteral("Nothing on your side")));
        QVERIFY(result.error().technicalDetails().contains(elsewhere.url().host()));
        QCOMPARE(elsewhere.requestCount(), 0);
    }

    // Item 8: what a server sends cannot drive the terminal or a spreadsheet.
    void controlCharactersNeverReachTheTerminal_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("table") << QStringLiteral("table");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void controlCharactersNeverReachTheTerminal()
    {
        QFETCH(QString, format);
        OddServer server;
        server.enqueue(200, page({sourceJson("a", "Evil\\u001b[31m red\\u0000\\r title"),
                                  sourceJson("b", "=HYPERLINK(\\\"http://x\\\")")},
                                 false));
        const Run run =
            cli({QStringLiteral("list"), QStringLiteral("--format"), format}, server.url());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!hasControlBytes(run.out), run.out.toHex(' ').constData());
        QVERIFY(!run.out.contains("red\r"));
        QVERIFY(run.out.contains("Evil"));
        if (format == QLatin1String("csv"))
            QVERIFY(run.out.contains("'=HYPERLINK"));
    }

    void controlCharactersNeverReachStderr()
    {
        OddServer server;
        server.enqueue(400, EscapeInMessage);
        const Run run = cli({QStringLiteral("list")}, server.url());
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.err.contains("request"));
        QVERIFY2(!hasControlBytes(run.err), run.err.toHex(' ').constData());
    }

    void csvCellsCannotRunFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("-") << QStringLiteral("-1") << QStringLiteral("'-1");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("\\x0D=1");
        QTest::newRow("space then =") << QStringLiteral("  =1") << QStringLiteral("'  =1");
        QTest::newRow("escape") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1B[2Jb");
        QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                             << QStringLiteral("a\\x00b");
        QTest::newRow("plain") << QStringLiteral("Returns policy")
                               << QStringLiteral("Returns policy");
    }

    void csvCellsCannotRunFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(cell), written);
    }

    // Item 9: a record met on two pages is listed once.
    void duplicateIdsAcrossPagesAreListedOnce()
    {
        OddServer server;
        server.enqueue(200, pageOfIds({"a", "b", "c"}, true));
        server.enqueue(200, pageOfIds({"b", "c", "d"}, true));
        server.enqueue(200, pageOfIds({"a", "e"}, false));
        const Run run = cli({QStringLiteral("list"), QStringLiteral("--json")}, server.url());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 5);
    }

    // Item 7: input the CLI refuses before it sends anything.
    void cliInputIsBounded_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("fileContent");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("--from-file /dev/zero")
            << QStringList{QStringLiteral("refresh"), QStringLiteral("--from-file"),
                           QStringLiteral("/dev/zero")}
            << QByteArray() << QByteArray("larger than");
        QTest::newRow("a million lines")
            << QStringList{QStringLiteral("refresh"), QStringLiteral("--from-file")}
            << QByteArray("x\n").repeated(1000000) << QByteArray("at most");
        QTest::newRow("--poll-ms abc")
            << QStringList{QStringLiteral("list"), QStringLiteral("--poll-ms"),
                           QStringLiteral("abc")}
            << QByteArray() << QByteArray("--poll-ms");
        QTest::newRow("--poll-ms -5")
            << QStringList{QStringLiteral("list"), QStringLiteral("--poll-ms=-5")} << QByteArray()
            << QByteArray("--poll-ms");
    }

    void cliInputIsBounded()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, fileContent);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        if (!fileContent.isEmpty()) {
            QFile file(dir.filePath(QStringLiteral("ids.txt")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(fileContent);
            arguments << file.fileName();
        }
        OddServer server;
        QElapsedTimer clock;
        clock.start();
        const Run run = cli(arguments, server.url());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QCOMPARE(server.requestCount(), 0);
        QVERIFY(clock.elapsed() < 10000);
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, HostileServerTest)
#include "tst_hostile_server.moc"
