#include "FiniClient.h"
#include "FiniSandbox.h"
#include "GenerateWorkflow.h"
#include "RefreshWorkflow.h"
#include "SandboxVariations.h"
#include "ServerTruth.h"
#include "TestMain.h"

#include <QtTest>

// The refresh → changed → generate workflow against every legal variation of the contract
// that fini-sandbox can play, one at a time and all together. Each outcome is compared with
// the state the server itself reports at the end: "still running" is never an answer.
class VariationsTest : public QObject
{
    Q_OBJECT

private:
    static PollSchedule::Settings fastPolling()
    {
        PollSchedule::Settings s;
        s.firstMs = 100;
        s.maxMs = 400;
        s.deadlineMs = 60000;
        return s;
    }

    static void addPresets()
    {
        QTest::addColumn<SandboxVariations>("variations");
        for (const SandboxVariations::Preset &preset : SandboxVariations::presets())
            QTest::newRow(qPrintable(preset.name)) << preset.variations;
    }

    static std::unique_ptr<FiniSandbox> startSandbox(const SandboxVariations &variations,
                                                     int sources)
    {
        SandboxOptions options;
        options.sources = sources;
        options.seed = 17;
        options.pendingMs = 150;
        options.runningMs = 300;
        options.jobFailRate = 0.1;
        options.variations = variations;
        auto sandbox = std::make_unique<FiniSandbox>(options);
        if (!sandbox->start())
            return {};
        return sandbox;
    }

    static FiniClientConfig config(const QUrl &url)
    {
        FiniClientConfig c;
        c.baseUrl = url;
        c.apiKey = FiniSandbox::writeKey();
        c.retry.baseDelayMs = 5;
        c.retry.maxDelayMs = 50;
        return c;
    }

private Q_SLOTS:
    void refreshAndGenerateEndInTheTrueState_data() { addPresets(); }

    void refreshAndGenerateEndInTheTrueState()
    {
        QFETCH(SandboxVariations, variations);
        const auto sandbox = startSandbox(variations, 400);
        QVERIFY(sandbox);
        FiniClient client(config(sandbox->url()));
        const QHash<QString, Source> before = ServerTruth::walk(client);
        QCOMPARE(before.size(), 400);

        QList<SourceRow> rows;
        for (const Source &source : before)
            rows.append(SourceRow::fromSource(source));
        RefreshWorkflow refresh(&client, fastPolling());
        QSignalSpy refreshed(&refresh, &RefreshWorkflow::finished);
        refresh.start(RefreshWorkflow::targets(rows));
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 60000);
        const auto summary = refreshed.first().first().value<RefreshWorkflow::Summary>();
        QCOMPARE(summary.stillRunning, 0);
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.rejected, 0);
        QCOMPARE(summary.completed + summary.failed, summary.queued);

        // Every refreshed source ends as the server itself says it ended.
        const ServerTruth truth = ServerTruth::read(client);
        QVERIFY(truth.complete);
        const QString contradiction = truth.contradictionIn(refresh.outcomes());
        QVERIFY2(contradiction.isEmpty(), qPrintable(contradiction));
        const QStringList reported = summary.changedFromThisRefresh;
        const QSet<QString> trulyChanged = truth.changedAmong(refresh.outcomes().keys());
        QCOMPARE(QSet<QString>(reported.cbegin(), reported.cend()), trulyChanged);
        QVERIFY(!trulyChanged.isEmpty());

        GenerateWorkflow generate(&client, fastPolling());
        QSignalSpy generated(&generate, &GenerateWorkflow::finished);
        generate.start(reported, {});
        QTRY_COMPARE_WITH_TIMEOUT(generated.size(), 1, 60000);
        const auto jobs = generated.first().first().value<GenerateWorkflow::Summary>();
        QCOMPARE(jobs.stillRunning, 0);
        QCOMPARE(jobs.queued, int(reported.size()));
        QCOMPARE(jobs.written + jobs.noChange + jobs.failed, jobs.queued);
        QVERIFY(jobs.failed < jobs.queued);
    }

    // Import from each provider under every variation: the tree reads whatever key names the
    // variation uses, and what is registered and queued ends "Added" in the server's truth.
    void importReadsEveryProviderAndEndsAdded_data() { addPresets(); }

    void importReadsEveryProviderAndEndsAdded()
    {
        QFETCH(SandboxVariations, variations);
        const auto sandbox = startSandbox(variations, 50);
        QVERIFY(sandbox);
        FiniClient client(config(sandbox->url()));
        const QHash<QString, int> offered{{QStringLiteral("notion"), 30},
                                          {QStringLiteral("zendesk"), 36},
                                          {QStringLiteral("confluence"), 24}};
        for (const QString &provider : ProviderResource::providers()) {
            std::optional<ApiResult<QList<ProviderResource>>> listed;
            client.listResources(
                provider, this,
                [&listed](const ApiResult<QList<ProviderResource>> &result) { listed = result; });
            QTRY_VERIFY(listed);
            QVERIFY2(listed->ok(), qPrintable(listed->error().technicalDetails()));
            const QList<ProviderResource> items = ProviderResource::importable(listed->value());
            QCOMPARE(items.size(), offered.value(provider));
            for (const ProviderResource &item : items)
                QVERIFY(!item.title.isEmpty() && !item.url.isEmpty());

            std::optional<BatchOutcome<IngestResult>> registered;
            client.registerResources(
                provider, items.first(2), this,
                [&registered](const BatchOutcome<IngestResult> &outcome) { registered = outcome; });
            QTRY_VERIFY(registered);
            QVERIFY(registered->complete());
            const QStringList added = registered->items.value(0).addedDocumentIds;
            QCOMPARE(added.size(), 2);
            std::optional<BatchOutcome<IngestResult>> queued;
            client.ingestInChunks(
                provider, added, {}, this,
                [&queued](const BatchOutcome<IngestResult> &outcome) { queued = outcome; });
            QTRY_VERIFY(queued);
            QVERIFY(queued->complete());

            RefreshWorkflow follow(&client, fastPolling());
            QSignalSpy followed(&follow, &RefreshWorkflow::finished);
            follow.resume(added, QSet<QString>(added.cbegin(), added.cend()));
            QTRY_COMPARE_WITH_TIMEOUT(followed.size(), 1, 60000);
            for (const QString &id : added)
                QCOMPARE(follow.outcomes().value(id).state, SourceOutcome::State::Added);
        }
    }

    void trackingRoundsAreBoundedByPendingSourcesPerPage_data()
    {
        QTest::addColumn<int>("pageCap");
        QTest::newRow("20 a page") << 20;
        QTest::newRow("100 a page") << 0;
    }

    void trackingRoundsAreBoundedByPendingSourcesPerPage()
    {
        QFETCH(int, pageCap);
        SandboxVariations variations;
        variations.pageCap = pageCap;
        const auto sandbox = startSandbox(variations, 3000);
        QVERIFY(sandbox);
        FiniClient client(config(sandbox->url()));
        QList<SourceRow> rows;
        for (const Source &source : ServerTruth::walk(client)) {
            if (rows.size() < 1000 && source.source != QLatin1String("files"))
                rows.append(SourceRow::fromSource(source));
        }
        const int pageSize = pageCap > 0 ? pageCap : 100;
        RefreshWorkflow refresh(&client, fastPolling());
        QSignalSpy refreshed(&refresh, &RefreshWorkflow::finished);
        QList<std::tuple<int, int, int>> rounds;
        connect(&refresh, &RefreshWorkflow::roundMeasured, this,
                [&](int pending, int lists, int direct) {
                    rounds.append({pending, lists, direct});
                });
        refresh.start(RefreshWorkflow::targets(rows));
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 60000);
        const auto summary = refreshed.first().first().value<RefreshWorkflow::Summary>();
        QCOMPARE(summary.queued, 1000);
        QCOMPARE(summary.stillRunning, 0);
        QVERIFY(!rounds.isEmpty());
        for (const auto &[pending, lists, direct] : rounds) {
            QVERIFY2(
                lists <= (pending + pageSize - 1) / pageSize + RefreshWorkflow::ExtraPagesPerRound,
                qPrintable(QStringLiteral("%1 pending, %2 list requests").arg(pending).arg(lists)));
            QVERIFY(direct <= RefreshWorkflow::DirectReadsPerRound);
        }
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, VariationsTest)
#include "tst_variations.moc"
