#include "ApiError.h"
#include "KnowledgeTypes.h"
#include "Source.h"
#include "SourceQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

// What the real Fini may send that the sandbox never does: the client must read it without
// failing (sandbox-spec.md, "Client tolerance").
class WireTypesTest : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const char *json)
    {
        return QJsonDocument::fromJson(QByteArray(json)).object();
    }

private Q_SLOTS:
    void sourceToleratesNullsUnknownFieldsAndEnums()
    {
        const auto source = Source::fromJson(parse(R"({
            "id": "a", "title": null, "linkedOperation": "CREATE_SUBFOLDER_AND_ARTICLE",
            "linkedJobStatus": "QUEUED_FOR_REVIEW", "paragraphs": ["one", 2, null, "three"],
            "changed": "true", "english": null, "somethingNew": {"x": 1},
            "updatedAt": "2026-05-22T06:05:34.221Z", "createdAt": "yesterday"})"));
        QVERIFY(source);
        QCOMPARE(source->title, QString());
        QCOMPARE(source->linkedOperation, QStringLiteral("CREATE_SUBFOLDER_AND_ARTICLE"));
        QCOMPARE(source->linkedJobStatus, QStringLiteral("QUEUED_FOR_REVIEW"));
        QCOMPARE(source->paragraphs, (QStringList{QStringLiteral("one"), QStringLiteral("three")}));
        QVERIFY(source->changed);
        QVERIFY(source->english);
        QCOMPARE(source->updatedAt,
                 QDateTime(QDate(2026, 5, 22), QTime(6, 5, 34, 221), QTimeZone::utc())
                     .toMSecsSinceEpoch());
        QCOMPARE(source->createdAt, 0);
    }

    void recordsWithoutIdAreSkippedAndCounted()
    {
        QString problem;
        const auto page = SourcePage::fromJson(
            parse(R"({"documents": [{"id": "a"}, {"title": "no id"}, 7, {"id": "b"}]})"), &problem);
        QVERIFY(page);
        QCOMPARE(page->sources.size(), 2);
        QCOMPARE(page->skippedRecords, 2);
        QVERIFY(!page->hasMore); // missing hasMore: no more pages
    }

    void pageWithoutDocumentsIsAProblem()
    {
        QString problem;
        QVERIFY(!SourcePage::fromJson(parse(R"({"items": []})"), &problem));
        QVERIFY(!problem.isEmpty());
    }

    void knowledgeJobKeepsUnknownStatusAndNullArticle()
    {
        const auto job = KnowledgeJob::fromJson(
            parse(R"({"id": "j", "jobStatus": "WAITING_FOR_APPROVAL", "hcArticleId": null})"));
        QVERIFY(job);
        QCOMPARE(job->jobStatus, QStringLiteral("WAITING_FOR_APPROVAL"));
        QVERIFY(job->hcArticleId.isEmpty());
        QVERIFY(!job->isFinal());
        QCOMPARE(job->startedAt, 0);
    }

    // The documented answer has no reason for a failed job; one Fini sends along is kept.
    void knowledgeJobKeepsAnErrorFiniSendsAlong()
    {
        const auto job = KnowledgeJob::fromJson(parse(
            R"({"id": "j", "jobStatus": "FAILED", "error": "The source has no readable text."})"));
        QVERIFY(job);
        QCOMPARE(job->error, QStringLiteral("The source has no readable text."));
        QVERIFY(KnowledgeJob::fromJson(parse(R"({"id": "j", "jobStatus": "FAILED"})"))
                    ->error.isEmpty());
    }

    void generateOptionsDefaultToDrafts()
    {
        const QJsonObject body = GenerateOptions{}.toJson();
        QCOMPARE(body.value(QLatin1String("origin")).toString(), QStringLiteral("sources"));
        QVERIFY(body.value(QLatin1String("isDraft")).toBool());
        QVERIFY(!body.contains(QLatin1String("restrictedOps")));
    }

    void queryEncodesFiltersAndDirection()
    {
        SourceQuery query;
        query.limit = 25;
        query.title = QStringLiteral("a&b c");
        query.changed = true;
        query.cursor = QStringLiteral("x");
        query.previous = true;
        const QUrlQuery encoded = query.toUrlQuery();
        QCOMPARE(encoded.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded),
                 QStringLiteral("a&b c"));
        QCOMPARE(encoded.queryItemValue(QStringLiteral("changed")), QStringLiteral("true"));
        QCOMPARE(encoded.queryItemValue(QStringLiteral("direction")), QStringLiteral("previous"));
        QVERIFY(!encoded.hasQueryItem(QStringLiteral("english")));
    }

    void serverMessageComesFromAnyBodyShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("nest") << QByteArray(
            R"({"statusCode":400,"message":"bad id","error":"Bad Request"})")
                              << QStringLiteral("bad id");
        QTest::newRow("nest list") << QByteArray(R"({"message":["a must be set","b too"]})")
                                   << QStringLiteral("a must be set; b too");
        QTest::newRow("error only")
            << QByteArray(R"({"error":"Forbidden"})") << QStringLiteral("Forbidden");
        QTest::newRow("plain text")
            << QByteArray("upstream timed out\n") << QStringLiteral("upstream timed out");
        QTest::newRow("html") << QByteArray(
            "<html><head><style>p{}</style></head><body><h1>502</h1>"
            "<p>Bad &amp; gateway</p></body></html>")
                              << QStringLiteral("502 Bad & gateway");
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void serverMessageComesFromAnyBodyShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(ApiError::extractServerMessage(body), message);
    }

    void summariesAreSpecificToKindAndOperation()
    {
        ApiError refresh(ApiError::Kind::Forbidden, ApiOperation::RefreshSources);
        ApiError list(ApiError::Kind::Forbidden, ApiOperation::ListSources);
        QVERIFY(refresh.summary().contains(QStringLiteral("write scope")));
        QVERIFY(list.summary() != refresh.summary());
        ApiError limited(ApiError::Kind::RateLimited, ApiOperation::ListSources);
        limited.setRetryAfterSeconds(30);
        QVERIFY(limited.summary().contains(QStringLiteral("30")));
        ApiError server(ApiError::Kind::ServerError, ApiOperation::BulkGenerate);
        server.setHttpStatus(503);
        QVERIFY(server.summary().contains(QStringLiteral("503")));
        QVERIFY(server.summary().contains(QStringLiteral("Generating knowledge")));
    }
};

QTEST_GUILESS_MAIN(WireTypesTest)
#include "tst_wire_types.moc"
