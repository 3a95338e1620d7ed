#include "FiniClient.h"
#include "FiniSandbox.h"
#include "GenerateWorkflow.h"
#include "HttpProbe.h"
#include "RefreshWorkflow.h"
#include "SandboxThread.h"
#include "SandboxVariations.h"
#include "ServerTruth.h"
#include "SourceTableModel.h"
#include "TestMain.h"
#include "WorkspaceLoader.h"

#include <QJsonObject>
#include <QtTest>

// The whole refresh → changed → generate flow over 1,000 sources against a service that
// fails 20 % of requests, drops 5 % of connections and allows 120 requests a minute, as the
// spec's sandbox and with every legal variation at once. The faults must really have happened,
// every source must end in the state the server itself reports, none may be lost, and none may
// be left "still running". Slow: label "soak".
class FaultyServiceTest : public QObject
{
    Q_OBJECT

private:
    static int answersWithStatus(const QUrl &sandbox, const QString &status)
    {
        const QJsonObject routes = HttpProbe(sandbox)
                                       .get(QStringLiteral("/_sandbox/stats"), {})
                                       .json.object()
                                       .value(QLatin1String("requests"))
                                       .toObject();
        int total = 0;
        for (const QJsonValue &route : routes)
            total += route.toObject().value(status).toInt();
        return total;
    }

private Q_SLOTS:
    void everySourceEndsInItsTrueState_data()
    {
        QTest::addColumn<SandboxVariations>("variations");
        // At 100 rows a page the run stays under 120 requests a minute; at 20 it cannot.
        QTest::addColumn<bool>("rateLimitReached");
        QTest::newRow("spec") << SandboxVariations() << false;
        QTest::newRow("all variations") << SandboxVariations::all() << true;
    }

    void everySourceEndsInItsTrueState()
    {
        QFETCH(SandboxVariations, variations);
        QFETCH(bool, rateLimitReached);
        SandboxOptions options;
        options.sources = 1000;
        options.seed = 21;
        options.pendingMs = 200;
        options.runningMs = 400;
        options.failRate = 0.2;
        options.resetRate = 0.05;
        options.rateLimitPerMinute = 120;
        options.variations = variations;
        SandboxThread sandbox;
        QVERIFY(sandbox.start(options));

        FiniClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = FiniSandbox::writeKey();
        config.timeoutMs = 5000;
        config.retry.baseDelayMs = 200;
        config.retry.maxDelayMs = 2000;
        config.retry.maxRateLimitWaits = 20;
        FiniClient client(config);

        SourceTableModel model;
        WorkspaceLoader loader(&client, &model);
        QSignalSpy loaded(&loader, &WorkspaceLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 240000);
        QVERIFY(loaded.first().first().toBool());
        QCOMPARE(model.rowCount(), 1000);

        QList<SourceRow> rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append(model.row(row));
        PollSchedule::Settings polling;
        polling.firstMs = 1000;
        polling.maxMs = 5000;
        polling.deadlineMs = 8 * 60 * 1000;
        RefreshWorkflow refresh(&client, polling);
        QSignalSpy refreshed(&refresh, &RefreshWorkflow::finished);
        refresh.start(RefreshWorkflow::targets(rows));
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 600000);
        const auto summary = refreshed.first().first().value<RefreshWorkflow::Summary>();
        QCOMPARE(refresh.outcomes().size(), 1000);
        for (const SourceOutcome &outcome : refresh.outcomes())
            QVERIFY2(outcome.isFinal(), qPrintable(outcome.label()));
        QCOMPARE(summary.skippedFiles + summary.queued + summary.rejected, 1000);
        QCOMPARE(summary.stillRunning, 0);
        QCOMPARE(summary.completed + summary.failed, summary.queued);
        QVERIFY(summary.completed > summary.queued / 2);
        qInfo("refresh: %d queued, %d rejected, %d refreshed, %d failed, %d still running, "
              "%lld changed",
              summary.queued, summary.rejected, summary.completed, summary.failed,
              summary.stillRunning, qlonglong(summary.changedFromThisRefresh.size()));

        // The truth is read without faults, so that it is the server's and not a lucky walk.
        SandboxOptions calm = options;
        calm.failRate = 0;
        calm.resetRate = 0;
        calm.rateLimitPerMinute = 0;
        const int failures = answersWithStatus(sandbox.url(), QStringLiteral("500"));
        const int resets = answersWithStatus(sandbox.url(), QStringLiteral("reset"));
        const int rateLimited = answersWithStatus(sandbox.url(), QStringLiteral("429"));
        qInfo("faults: %d answers 500, %d connections dropped, %d answers 429", failures, resets,
              rateLimited);
        QVERIFY(failures > 10);
        QVERIFY(resets > 0);
        QCOMPARE(rateLimited > 0, rateLimitReached);
        sandbox.setFaults(calm);
        const ServerTruth truth = ServerTruth::read(client);
        QVERIFY(truth.complete);
        const QString contradiction = truth.contradictionIn(refresh.outcomes());
        QVERIFY2(contradiction.isEmpty(), qPrintable(contradiction));
        sandbox.setFaults(options);

        GenerateWorkflow generate(&client, polling);
        QSignalSpy generated(&generate, &GenerateWorkflow::finished);
        generate.start(summary.changedFromThisRefresh, GenerateOptions{});
        QTRY_COMPARE_WITH_TIMEOUT(generated.size(), 1, 600000);
        const auto jobs = generated.first().first().value<GenerateWorkflow::Summary>();
        QCOMPARE(generate.outcomes().size(), summary.changedFromThisRefresh.size());
        for (const SourceOutcome &outcome : generate.outcomes())
            QVERIFY(outcome.isFinal());
        QCOMPARE(jobs.stillRunning, 0);
        QCOMPARE(jobs.queued + jobs.rejected, int(summary.changedFromThisRefresh.size()));
        QCOMPARE(jobs.written + jobs.noChange + jobs.failed, jobs.queued);
        qInfo("generate: %d queued, %d rejected, %d written, %d no change, %d failed", jobs.queued,
              jobs.rejected, jobs.written, jobs.noChange, jobs.failed);
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, FaultyServiceTest)
#include "tst_faulty_service.moc"
