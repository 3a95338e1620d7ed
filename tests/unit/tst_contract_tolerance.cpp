#include "ConnectionTester.h"
#include "CursorWalker.h"
#include "FiniClient.h"
#include "OddServer.h"
#include "TestMain.h"

#include <QtTest>

// Fixtures at file scope: moc misreads raw strings inside a Q_OBJECT class.
namespace {
const char *const BusyBody = R"({"message":"busy"})";
const char *const AcceptedA = R"(["a"])";
const char *const AcceptedIdA = R"(["id-a"])";
const char *const EmptyListRefused = R"({"message":"documentIds is empty"})";
const char *const JsonBodyStart = R"({"statusCode":400,"message":")";
const char *const JsonBodyEnd = R"(","error":"Bad Request"})";
const char *const JsonListBody = R"({"message":["Unknown document IDs: id-b",)"
                                 R"("Raw-file sources cannot be refreshed: id-c"]})";
} // namespace

// The client against answers another server may legally give where Fini's docs are silent,
// scripted on OddServer: retry budgets that a 429 must not use up, pages of any size and
// paging that never ends, and refusals explained per ID in any body shape.
class ContractToleranceTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray page(const QStringList &ids, bool hasMore)
    {
        QByteArray body = "{\"documents\":[";
        for (qsizetype i = 0; i < ids.size(); ++i)
            body += (i ? "," : "") + QByteArray("{\"id\":\"") + ids.at(i).toUtf8() + "\"}";
        return body + "],\"hasMore\":" + (hasMore ? "true" : "false") + "}";
    }

    static BatchOutcome<QString> refresh(FiniClient &client, const QStringList &ids)
    {
        QObject context;
        std::optional<BatchOutcome<QString>> outcome;
        client.refresh(ids, &context, [&](const BatchOutcome<QString> &o) { outcome = o; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000); }();
        return outcome.value_or(BatchOutcome<QString>{});
    }

    struct Walk {
        CursorWalker::End end = CursorWalker::End::Cancelled;
        ApiError error;
        QStringList ids;
        int requests = 0;
    };

    static Walk walk(FiniClient &client, int budget = 0)
    {
        CursorWalker walker(&client);
        Walk result;
        bool done = false;
        QObject::connect(&walker, &CursorWalker::pageRead, &walker, [&](const SourcePage &page) {
            for (const Source &source : page.sources)
                result.ids.append(source.id);
        });
        QObject::connect(&walker, &CursorWalker::finished, &walker,
                         [&](CursorWalker::End end, const ApiError &error) {
                             result.end = end;
                             result.error = error;
                             done = true;
                         });
        walker.start(SourceQuery(), budget);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        result.requests = walker.requestCount();
        return result;
    }

private Q_SLOTS:
    void rateLimitWaitsDoNotUseUpOtherRetries_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<bool>("succeeds");
        const QList<int> limitedThenError{429, 500, 200};
        const QList<int> limitedThrice{429, 429, 429, 200};
        QTest::newRow("refresh 429,500,200") << "refresh" << limitedThenError << true;
        QTest::newRow("refresh 429x3,200") << "refresh" << limitedThrice << true;
        QTest::newRow("refresh 429,500,500") << "refresh" << QList<int>{429, 500, 500} << false;
        QTest::newRow("read 429,500,200") << "read" << limitedThenError << true;
        QTest::newRow("read 429x3,200") << "read" << limitedThrice << true;
        QTest::newRow("read 429,500x4,200")
            << "read" << QList<int>{429, 500, 500, 500, 500, 200} << true;
        QTest::newRow("connection 429,500,200") << "connection" << limitedThenError << true;
    }

    void rateLimitWaitsDoNotUseUpOtherRetries()
    {
        QFETCH(QString, call);
        QFETCH(QList<int>, statuses);
        QFETCH(bool, succeeds);
        OddServer server;
        if (call == QLatin1String("connection"))
            server.enqueue(200, page({QStringLiteral("a")}, false));
        for (int status : statuses) {
            const QByteArray retryAfter = status == 429 ? "Retry-After: 0\r\n" : "";
            QByteArray body = BusyBody;
            if (status == 200)
                body = call == QLatin1String("refresh") ? AcceptedA
                       : call == QLatin1String("read")  ? page({QStringLiteral("a")}, false)
                                                        : EmptyListRefused;
            // The connection test's write probe succeeds when Fini refuses the empty list.
            server.enqueue(status == 200 && call == QLatin1String("connection") ? 400 : status,
                           body, retryAfter);
        }
        FiniClient client(server.clientConfig());
        if (call == QLatin1String("refresh")) {
            const auto outcome = refresh(client, {QStringLiteral("a")});
            QCOMPARE(outcome.acceptedIds.size() == 1, succeeds);
        } else if (call == QLatin1String("read")) {
            const Walk result = walk(client);
            QCOMPARE(result.end == CursorWalker::End::Complete, succeeds);
        } else {
            ConnectionTester tester(&client);
            std::optional<ConnectionTester::Result> result;
            connect(&tester, &ConnectionTester::finished, this,
                    [&](const ConnectionTester::Result &r) { result = r; });
            tester.start();
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
            QVERIFY(result->canRead);
            QCOMPARE(result->canWrite.value_or(false), succeeds);
        }
        QCOMPARE(server.requestCount(),
                 int(statuses.size()) + (call == QLatin1String("connection") ? 1 : 0));
    }

    void walkerTrustsOnlyHasMoreAndTheCursor()
    {
        // Twenty rows a page although a hundred were asked for: the walk goes on.
        OddServer server;
        QStringList expected;
        for (int p = 0; p < 4; ++p) {
            QStringList ids;
            for (int i = 0; i < 20; ++i)
                ids << QStringLiteral("s%1-%2").arg(p).arg(i);
            expected << ids;
            server.enqueue(200, page(ids, p < 3));
        }
        FiniClient client(server.clientConfig());
        const Walk result = walk(client);
        QCOMPARE(result.end, CursorWalker::End::Complete);
        QCOMPARE(result.ids, expected);
        QCOMPARE(result.requests, 4);
        QVERIFY(server.lastRequest().contains("cursor=s2-19"));
    }

    void aRepeatedCursorEndsTheWalkWithAClearError()
    {
        OddServer server;
        server.enqueue(200, page({QStringLiteral("a"), QStringLiteral("b")}, true));
        server.enqueue(200, page({QStringLiteral("c"), QStringLiteral("b")}, true));
        server.enqueue(200, page({QStringLiteral("c"), QStringLiteral("b")}, true));
        FiniClient client(server.clientConfig());
        const Walk result = walk(client);
        QCOMPARE(result.end, CursorWalker::End::Failed);
        QCOMPARE(result.error.kind(), ApiError::Kind::EndlessPaging);
        QCOMPARE(result.requests, 2);
        QVERIFY(result.error.summary().contains(QStringLiteral("without end")));
        QVERIFY(result.error.technicalDetails().contains(QStringLiteral("b")));
    }

    // Sources rise while they are refreshed: a cursor's record can jump to the top and the
    // page after it then starts from there. That cursor coming back is not an endless walk.
    void aCursorWhoseRecordRoseIsNotAnError()
    {
        OddServer server;
        server.enqueue(200, page({QStringLiteral("a"), QStringLiteral("b")}, true));
        server.enqueue(200, page({QStringLiteral("c"), QStringLiteral("d")}, true));
        server.enqueue(200, page({QStringLiteral("a"), QStringLiteral("b")}, true)); // d rose
        server.enqueue(200, page({QStringLiteral("c"), QStringLiteral("e")}, false));
        FiniClient client(server.clientConfig());
        const Walk result = walk(client);
        QCOMPARE(result.end, CursorWalker::End::Complete);
        QCOMPARE(result.requests, 4);
    }

    void aCursorComingBackAgainAndAgainEndsTheWalk()
    {
        OddServer server;
        server.enqueue(200, page({QStringLiteral("a"), QStringLiteral("b")}, true));
        for (int i = 0; i < 10; ++i) {
            server.enqueue(200, page({QStringLiteral("c"), QStringLiteral("d")}, true));
            server.enqueue(200, page({QStringLiteral("a"), QStringLiteral("b")}, true));
        }
        FiniClient client(server.clientConfig());
        const Walk result = walk(client);
        QCOMPARE(result.end, CursorWalker::End::Failed);
        QCOMPARE(result.error.kind(), ApiError::Kind::EndlessPaging);
        QVERIFY(result.requests <= 2 * CursorWalker::MaxCursorUses + 1);
    }

    void aPageBudgetEndsTheWalkWithoutAnError()
    {
        OddServer server;
        for (int p = 0; p < 3; ++p)
            server.enqueue(200, page({QStringLiteral("p%1").arg(p)}, true));
        FiniClient client(server.clientConfig());
        const Walk result = walk(client, 2);
        QCOMPARE(result.end, CursorWalker::End::PageBudgetSpent);
        QCOMPARE(result.requests, 2);
    }

    void refusedIdsGetTheServersOwnReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray sentence =
            "Unknown document IDs: id-b. Raw-file sources cannot be refreshed: id-c";
        QTest::newRow("text") << sentence;
        QTest::newRow("json") << QByteArray(JsonBodyStart) + sentence + JsonBodyEnd;
        QTest::newRow("json list") << QByteArray(JsonListBody);
        QTest::newRow("html") << QByteArray("<html><head><title>400</title></head><body><h1>Bad "
                                            "Request</h1><p>")
                                     + sentence + "</p></body></html>";
    }

    void refusedIdsGetTheServersOwnReason()
    {
        QFETCH(QByteArray, body);
        OddServer server;
        server.enqueue(400, body);
        server.enqueue(200, AcceptedIdA);
        FiniClient client(server.clientConfig());
        const auto outcome = refresh(
            client, {QStringLiteral("id-a"), QStringLiteral("id-b"), QStringLiteral("id-c")});
        QCOMPARE(outcome.acceptedIds, QStringList{QStringLiteral("id-a")});
        QCOMPARE(outcome.rejected.size(), 2);
        for (const IdRejection &rejection : outcome.rejected) {
            const QString explanation = rejection.error.explanationFor(rejection.id);
            if (rejection.id == QLatin1String("id-b")) {
                QVERIFY2(explanation.contains(QStringLiteral("Unknown document IDs")),
                         qPrintable(explanation));
            } else {
                QCOMPARE(rejection.id, QStringLiteral("id-c"));
                QVERIFY2(explanation.contains(QStringLiteral("Raw-file sources cannot be "
                                                             "refreshed")),
                         qPrintable(explanation));
                QVERIFY(!explanation.contains(QStringLiteral("Unknown")));
            }
            QVERIFY(!explanation.contains(QLatin1Char('<')));
        }
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, ContractToleranceTest)
#include "tst_contract_tolerance.moc"
