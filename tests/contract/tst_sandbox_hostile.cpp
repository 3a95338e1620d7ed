#include "FiniSandbox.h"
#include "HttpProbe.h"
#include "SandboxCommandLine.h"
#include "SandboxService.h"
#include "TestMain.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

// Fixtures at file scope: moc misreads raw strings inside a Q_OBJECT class.
namespace {
const char *const UnknownIdRefresh = R"({"documentIds":["not-a-source"]})";
} // namespace

// fini-sandbox ships to users as the demo and for their own tests: against abused command
// lines, oversized requests and clients that never finish, it stays bounded and answers
// what the spec says (issue 14, items 14 to 16).
class SandboxHostileTest : public QObject
{
    Q_OBJECT

private:
    static SandboxOptions fastOptions()
    {
        SandboxOptions options;
        options.sources = 300;
        options.seed = 3;
        options.pendingMs = 0;
        options.runningMs = 0;
        options.jobFailRate = 0.0;
        return options;
    }

    // A raw connection, for what HttpProbe's well-behaved client would never send.
    struct Raw {
        std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
        QByteArray received;
    };

    static std::unique_ptr<Raw> send(const QUrl &url, const QByteArray &request)
    {
        auto raw = std::make_unique<Raw>();
        QTcpSocket *socket = raw->socket.get();
        QObject::connect(socket, &QTcpSocket::readyRead, socket,
                         [r = raw.get()] { r->received += r->socket->readAll(); });
        socket->connectToHost(url.host(), quint16(url.port()));
        socket->write(request);
        return raw;
    }

    static QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
    {
        return "GET " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
               + FiniSandbox::writeKey().toUtf8() + "\r\n" + extraHeaders + "\r\n";
    }

private Q_SLOTS:
    // Item 14: every numeric option is checked, NaN and fractions of counts included.
    void numericOptionsAreValidated_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const auto row = [](const char *name, const char *value) {
            QTest::newRow(QByteArray(QByteArray(name) + ' ' + value).constData())
                << QStringList{QString::fromLatin1(name), QString::fromLatin1(value)};
        };
        row("--sources", "nan");
        row("--sources", "inf");
        row("--sources", "-1");
        row("--sources", "1.5");
        row("--seed", "nan");
        row("--fail-rate", "nan");
        row("--fail-rate", "1.5");
        row("--latency-ms", "-inf");
        row("--port", "70000");
        row("--page-cap", "nan");
    }

    void numericOptionsAreValidated()
    {
        QFETCH(QStringList, arguments);
        QCommandLineParser parser;
        SandboxCommandLine::addOptions(parser);
        QVERIFY(parser.parse(QStringList{QStringLiteral("fini-sandbox")} + arguments));
        QVERIFY(!SandboxCommandLine::read(parser).error.isEmpty());
    }

    void sharesMayHaveFractions()
    {
        QCommandLineParser parser;
        SandboxCommandLine::addOptions(parser);
        QVERIFY(parser.parse({QStringLiteral("fini-sandbox"), QStringLiteral("--fail-rate"),
                              QStringLiteral("0.25")}));
        const SandboxCommandLine::Parsed parsed = SandboxCommandLine::read(parser);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.options.failRate, 0.25);
    }

    // Item 15: oversized heads and bodies are refused before they are held in memory.
    void oversizedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QByteArray manyHeaders;
        for (int i = 0; i < 150; ++i)
            manyHeaders += "X-Pad-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("150 headers")
            << get("/v2/documents/public", manyHeaders) << QByteArray("431");
        QTest::newRow("a 20 MB header")
            << get("/v2/documents/public", "X-Big: " + QByteArray(20 * 1024 * 1024, 'a') + "\r\n")
            << QByteArray("431");
        QTest::newRow("a 200 MB body announced")
            << QByteArray("POST /v2/documents/public/refresh HTTP/1.1\r\nHost: x\r\n"
                          "Content-Type: application/json\r\nContent-Length: 200000000\r\n\r\n{")
            << QByteArray("413");
    }

    void oversizedRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        const auto raw = send(sandbox.url(), request);
        QTRY_VERIFY_WITH_TIMEOUT(raw->received.contains("\r\n\r\n"), 15000);
        QVERIFY2(raw->received.startsWith(QByteArray("HTTP/1.1 " + status)),
                 raw->received.left(200).constData());
        QVERIFY(raw->received.contains("too large"));
        // The sandbox still serves everyone else.
        QCOMPARE(HttpProbe(sandbox.url())
                     .get(QStringLiteral("/v2/documents/public?limit=1"), FiniSandbox::readKey())
                     .status,
                 200);
    }

    void anOrdinaryRequestAfterAnotherOnOneConnectionPasses()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        const QByteArray body = UnknownIdRefresh;
        const QByteArray post = "POST /v2/documents/public/refresh HTTP/1.1\r\nHost: x\r\n"
                                "Authorization: Bearer fini_demo_write\r\nContent-Length: "
                                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const auto raw = send(sandbox.url(), post + get("/v2/documents/public?limit=2"));
        QTRY_VERIFY_WITH_TIMEOUT(raw->received.count("HTTP/1.1 ") == 2, 10000);
        QVERIFY(raw->received.startsWith("HTTP/1.1 400"));
        QVERIFY(raw->received.contains("HTTP/1.1 200"));
    }

    void limitIsClampedWhateverItsSize_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("rows");
        QTest::newRow("99999999999") << QStringLiteral("99999999999") << 100;
        QTest::newRow("past 64 bits") << QStringLiteral("99999999999999999999999") << 100;
        QTest::newRow("negative past 64 bits") << QStringLiteral("-99999999999999999999") << 1;
        QTest::newRow("0") << QStringLiteral("0") << 1;
    }

    void limitIsClampedWhateverItsSize()
    {
        QFETCH(QString, limit);
        QFETCH(int, rows);
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        const auto answer =
            HttpProbe(sandbox.url())
                .get(QStringLiteral("/v2/documents/public?limit=") + limit, FiniSandbox::readKey());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.object().value(QLatin1String("documents")).toArray().size(), rows);
    }

    void connectionCloseIsHonoured()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        const auto raw =
            send(sandbox.url(), get("/v2/documents/public?limit=1", "Connection: close\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(raw->socket->state() == QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(raw->received.startsWith("HTTP/1.1 200"));
    }

    void statsStayBounded()
    {
        FiniSandbox sandbox(fastOptions());
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        for (int i = 0; i < 300; ++i)
            QCOMPARE(probe.get(QStringLiteral("/nowhere/%1").arg(i), {}).status, 404);
        const auto stats = probe.get(QStringLiteral("/_sandbox/stats"), {});
        const QJsonObject routes = stats.json.object().value(QLatin1String("requests")).toObject();
        QVERIFY2(routes.size() <= 65, QByteArray::number(routes.size()).constData());
        QCOMPARE(stats.json.object().value(QLatin1String("total")).toInt(), 300);
    }

    void stalledConnectionsAreFreed()
    {
        SandboxOptions options = fastOptions();
        options.stallRate = 1.0;
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        std::vector<std::unique_ptr<Raw>> clients;
        for (int i = 0; i < 110; ++i) {
            clients.push_back(send(sandbox.url(), get("/v2/documents/public?limit=1")));
            QTRY_VERIFY(clients.back()->socket->state() == QAbstractSocket::ConnectedState);
        }
        // The oldest stalled requests lose their connection; the newest are still held.
        QTRY_VERIFY_WITH_TIMEOUT(
            clients.front()->socket->state() == QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(clients.back()->socket->state(), QAbstractSocket::ConnectedState);
    }

    void finishedJobsAreForgottenAfterTheirRetention()
    {
        SandboxOptions options = fastOptions();
        options.jobRetentionMs = 300;
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        HttpProbe probe(sandbox.url());
        const QString id =
            probe.get(QStringLiteral("/v2/documents/public?limit=1"), FiniSandbox::writeKey())
                .json.object()
                .value(QLatin1String("documents"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("id"))
                .toString();
        const auto queued = probe.post(
            QStringLiteral("/v2/knowledge/public/bulk"), FiniSandbox::writeKey(),
            QJsonDocument(QJsonObject{{QStringLiteral("documentIds"), QJsonArray{id}},
                                      {QStringLiteral("origin"), QStringLiteral("sources")}}));
        QCOMPARE(queued.status, 200);
        const QString job = queued.json.object()
                                .value(QLatin1String("jobs"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("backgroundJobId"))
                                .toString();
        const auto status = [&] {
            return probe
                .post(QStringLiteral("/v2/knowledge/public/jobs/status"), FiniSandbox::writeKey(),
                      QJsonDocument(QJsonObject{{QStringLiteral("jobIds"), QJsonArray{job}}}))
                .status;
        };
        QCOMPARE(status(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(status(), 404, 5000);
    }

    // Item 16: /_sandbox/* answers only this computer, even when listening on every address.
    void sandboxRoutesAnswerOnlyLoopbackPeers_data()
    {
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<int>("status");
        QTest::newRow("from this computer") << true << 200;
        QTest::newRow("from another computer") << false << 403;
    }

    void sandboxRoutesAnswerOnlyLoopbackPeers()
    {
        QFETCH(bool, loopback);
        QFETCH(int, status);
        SandboxService service(fastOptions());
        for (const auto &[method, path] :
             {std::pair<QByteArray, QString>{"GET", QStringLiteral("/_sandbox/stats")},
              {"POST", QStringLiteral("/_sandbox/reset")}}) {
            SandboxService::Request request{method, path, {}, {}, {}, loopback};
            QCOMPARE(service.handle(request, 0).status, status);
        }
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, SandboxHostileTest)
#include "tst_sandbox_hostile.moc"
