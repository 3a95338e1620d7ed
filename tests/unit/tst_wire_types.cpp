#include "ApiError.h"
#include "KnowledgeTypes.h"
#include "ProviderResource.h"
#include "Source.h"
#include "SourceQuery.h"
#include "TestMain.h"

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
    // JSON written with single quotes, which read better in a test table.
    static QByteArray json(const char *singleQuoted)
    {
        return QByteArray(singleQuoted).replace('\'', '"');
    }

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

    // fini-api.md shows Notion's keys only; Zendesk and Confluence are read under every key
    // name the README lists.
    void providerResourcesReadEveryShape_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("paths"); // "title <url> [kind]" of each item, depth by dots
        QTest::newRow("notion, documented")
            << QStringLiteral("notion")
            << json("[{'externalId':'a1','title':'Shipping FAQ',"
                    "'originalUrl':'https://www.notion.so/a1','mimeType':'text/markdown',"
                    "'iconLink':null,'object':'page'},"
                    "{'externalId':'d2','title':'Returns','originalUrl':'https://www.notion.so/d2',"
                    "'object':'database'}]")
            << QStringList{QStringLiteral("a1 Shipping FAQ <https://www.notion.so/a1> page"),
                           QStringLiteral("d2 Returns <https://www.notion.so/d2> database")};
        QTest::newRow("zendesk, sandbox's keys")
            << QStringLiteral("zendesk")
            << json("[{'id':'1','title':'Billing','type':'category','sections':["
                    "{'id':'2','title':'Refunds','type':'section','articles':["
                    "{'id':'3','title':'Refund times','url':'https://z/3','type':'article'}]}]}]")
            << QStringList{QStringLiteral("1 Billing <> category"),
                           QStringLiteral(".2 Refunds <> section"),
                           QStringLiteral("..3 Refund times <https://z/3> article")};
        QTest::newRow("zendesk, Zendesk's own keys")
            << QStringLiteral("zendesk")
            << json("{'data':[{'id':360001,'name':'Billing','children':["
                    "{'id':360002,'name':'Refunds','children':["
                    "{'id':360000000003,'name':'Refund times','html_url':'https://z/3'}]}]}]}")
            << QStringList{QStringLiteral("360001 Billing <> category"),
                           QStringLiteral(".360002 Refunds <> section"),
                           QStringLiteral("..360000000003 Refund times <https://z/3> article")};
        QTest::newRow("confluence, sandbox's keys")
            << QStringLiteral("confluence")
            << json("[{'spaceKey':'SUP','title':'Support','url':'https://c/SUP',"
                    "'pages':[{'id':'98','title':'Escalations','url':'https://c/98'}]}]")
            << QStringList{QStringLiteral("SUP Support <https://c/SUP> space"),
                           QStringLiteral(".98 Escalations <https://c/98> page")};
        QTest::newRow("confluence, other keys")
            << QStringLiteral("confluence")
            << json(
                   "{'resources':[{'key':'OPS','name':'Operations','webUrl':'https://c/OPS',"
                   "'type':'space','children':[{'id':99,'title':'On call','webUrl':'https://c/99'},"
                   "{'id':100,'link':'https://c/100'}]}]}")
            << QStringList{QStringLiteral("OPS Operations <https://c/OPS> space"),
                           QStringLiteral(".99 On call <https://c/99> page"),
                           QStringLiteral(".100 https://c/100 <https://c/100> page")};
        QTest::newRow("junk entries are skipped")
            << QStringLiteral("notion")
            << json("[1, 'text', null, {}, {'title':'no id'},"
                    "{'externalId':'ok','title':null,'originalUrl':null}]")
            << QStringList{QStringLiteral("ok ok <> page")};
    }

    void providerResourcesReadEveryShape()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, json);
        QFETCH(QStringList, paths);
        QString problem;
        const auto roots =
            ProviderResource::listFromJson(provider, QJsonDocument::fromJson(json), &problem);
        QVERIFY2(roots, qPrintable(problem));
        QStringList seen;
        std::function<void(const QList<ProviderResource> &, int)> walk =
            [&](const QList<ProviderResource> &items, int depth) {
                for (const ProviderResource &item : items) {
                    seen << QString(depth, QLatin1Char('.')) + item.externalId + QLatin1Char(' ')
                                + item.title + QStringLiteral(" <") + item.url
                                + QStringLiteral("> ") + item.kind;
                    walk(item.children, depth + 1);
                }
            };
        walk(*roots, 0);
        QCOMPARE(seen, paths);
        // Only the items without children are imported, each with the four required fields.
        for (const ProviderResource &item : ProviderResource::importable(*roots)) {
            QVERIFY(item.children.isEmpty());
            const QJsonObject body = item.toRegisterJson();
            for (const char *field : {"originalUrl", "title", "externalId", "mimeType", "object"})
                QVERIFY(body.contains(QLatin1String(field)));
            QCOMPARE(item.mimeType, provider == QLatin1String("notion")
                                        ? QStringLiteral("text/markdown")
                                        : QStringLiteral("text/html"));
        }
    }

    void providerResourcesThatAreNoListAreAProblem()
    {
        for (const char *json : {R"({"message":"ok"})", "\"text\"", R"({"data":{"a":1}})"}) {
            QString problem;
            QVERIFY(!ProviderResource::listFromJson(QStringLiteral("zendesk"),
                                                    QJsonDocument::fromJson(json), &problem));
            QVERIFY(!problem.isEmpty());
        }
        // An empty list is an answer: nothing more to import.
        QString problem;
        QCOMPARE(ProviderResource::listFromJson(QStringLiteral("notion"),
                                                QJsonDocument::fromJson("[]"), &problem)
                     ->size(),
                 0);
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

SOURCEDESK_TEST_MAIN(QCoreApplication, WireTypesTest)
#include "tst_wire_types.moc"
