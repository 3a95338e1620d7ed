#include "FiniClient.h"
#include "FiniSandbox.h"
#include "GenerateWorkflow.h"
#include "HttpProbe.h"
#include "ParagraphDiff.h"
#include "RefreshWorkflow.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

// The refresh → changed → generate workflow against fini-sandbox with short timings.
class WorkflowsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FiniSandbox> m_sandbox;
    std::unique_ptr<FiniClient> m_client;

    static PollSchedule::Settings fastPolling()
    {
        PollSchedule::Settings s;
        s.firstMs = 50;
        s.maxMs = 200;
        s.deadlineMs = 20000;
        return s;
    }

    QList<SourceRow> rows(const QString &filter, int limit)
    {
        QObject context;
        std::optional<ApiResult<SourcePage>> page;
        SourceQuery query;
        query.limit = limit;
        if (!filter.isEmpty())
            query.source = filter;
        m_client->listSources(query, &context, [&](const ApiResult<SourcePage> &r) { page = r; });
        [&] { QTRY_VERIFY(page.has_value()); }();
        QList<SourceRow> result;
        for (const Source &source : page->value().sources)
            result.append(SourceRow::fromSource(source));
        return result;
    }

    int answers(const QString &route)
    {
        const QJsonObject stats = HttpProbe(m_sandbox->url())
                                      .get(QStringLiteral("/_sandbox/stats"), {})
                                      .json.object()
                                      .value(QLatin1String("requests"))
                                      .toObject()
                                      .value(route)
                                      .toObject();
        int total = 0;
        for (const QJsonValue &count : stats)
            total += count.toInt();
        return total;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.sources = 1500;
        options.seed = 5;
        options.pendingMs = 100;
        options.runningMs = 300;
        options.jobFailRate = 0.0;
        m_sandbox = std::make_unique<FiniSandbox>(options);
        QVERIFY(m_sandbox->start());
        FiniClientConfig config;
        config.baseUrl = m_sandbox->url();
        config.apiKey = FiniSandbox::writeKey();
        m_client = std::make_unique<FiniClient>(config);
    }

    void refreshFollowsEverySourceToTheEndWithBoundedRequests()
    {
        QList<SourceRow> selection =
            rows(QStringLiteral("web"), 100) + rows(QStringLiteral("zendesk"), 100)
            + rows(QStringLiteral("notion"), 50) + rows(QStringLiteral("files"), 3);
        QJsonArray marked;
        for (int i = 0; i < 40; ++i)
            marked.append(selection.at(i * 5).id);
        HttpProbe(m_sandbox->url())
            .post(QStringLiteral("/_sandbox/upstream-change"), {},
                  QJsonDocument(QJsonObject{{QStringLiteral("ids"), marked}}));
        const int listsBefore = answers(QStringLiteral("GET /v2/documents/public"));

        RefreshWorkflow workflow(m_client.get(), fastPolling());
        QSignalSpy finished(&workflow, &RefreshWorkflow::finished);
        QSignalSpy rounds(&workflow, &RefreshWorkflow::roundMeasured);
        workflow.start(RefreshWorkflow::targets(selection));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto summary = finished.first().first().value<RefreshWorkflow::Summary>();
        QCOMPARE(summary.skippedFiles, 3);
        QCOMPARE(summary.queued, 250);
        QCOMPARE(summary.rejected, 0);
        QCOMPARE(summary.completed + summary.failed, 250);
        QCOMPARE(summary.stillRunning, 0);
        QVERIFY(!summary.cancelled);
        for (const SourceRow &row : selection) {
            const SourceOutcome outcome = workflow.outcomes().value(row.id);
            if (row.source == QLatin1String("files"))
                QCOMPARE(outcome.state, SourceOutcome::State::SkippedFile);
            else
                QVERIFY(outcome.state == SourceOutcome::State::Completed
                        || outcome.state == SourceOutcome::State::Failed);
        }
        // Linked sources with an upstream change are reported as changed by Fini.
        QVERIFY(!summary.changedFromThisRefresh.isEmpty());
        for (const QString &id : summary.changedFromThisRefresh)
            QCOMPARE(workflow.outcomes().value(id).state, SourceOutcome::State::Completed);
        // Each round reads at most ceil(pending / 100) + the spare pages, and at most a bounded
        // number of sources one by one (those the walk did not reach): never one GET per source.
        QVERIFY(workflow.pollRounds() >= 1);
        QCOMPARE(rounds.size(), workflow.pollRounds());
        int requestsInRounds = 0;
        int directReadsInRounds = 0;
        for (const QList<QVariant> &round : std::as_const(rounds)) {
            const int pending = round.at(0).toInt();
            const int listRequests = round.at(1).toInt();
            QVERIFY2(listRequests <= (pending + 99) / 100 + RefreshWorkflow::ExtraPagesPerRound,
                     qPrintable(
                         QStringLiteral("%1 pages for %2 pending").arg(listRequests).arg(pending)));
            const int directReads = round.at(2).toInt();
            QVERIFY(directReads <= RefreshWorkflow::DirectReadsPerRound);
            requestsInRounds += listRequests + directReads;
            directReadsInRounds += directReads;
        }
        // The rest is the one listing of changed sources at the end.
        QVERIFY(requestsInRounds < workflow.pollRequests());
        QCOMPARE(answers(QStringLiteral("GET /v2/documents/public/:id")), directReadsInRounds);
        QVERIFY(answers(QStringLiteral("GET /v2/documents/public")) - listsBefore
                <= workflow.pollRequests() + 3);
    }

    void rejectedSourcesAreReportedOneByOne()
    {
        QList<SourceRow> selection = rows(QStringLiteral("web"), 5);
        SourceRow ghost = selection.first();
        ghost.id = QStringLiteral("00000000-0000-4000-8000-00000000beef");
        selection.append(ghost);
        RefreshWorkflow workflow(m_client.get(), fastPolling());
        QSignalSpy finished(&workflow, &RefreshWorkflow::finished);
        workflow.start(RefreshWorkflow::targets(selection));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto summary = finished.first().first().value<RefreshWorkflow::Summary>();
        QCOMPARE(summary.queued, 5);
        QCOMPARE(summary.rejected, 1);
        QCOMPARE(workflow.outcomes().value(ghost.id).state, SourceOutcome::State::Rejected);
        QCOMPARE(workflow.outcomes().value(ghost.id).error.kind(), ApiError::Kind::BadRequest);
    }

    void theDeadlineLeavesSourcesStillRunning()
    {
        PollSchedule::Settings impatient = fastPolling();
        impatient.deadlineMs = 1;
        RefreshWorkflow workflow(m_client.get(), impatient);
        QSignalSpy finished(&workflow, &RefreshWorkflow::finished);
        workflow.start(RefreshWorkflow::targets(rows(QStringLiteral("confluence"), 10)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto summary = finished.first().first().value<RefreshWorkflow::Summary>();
        QCOMPARE(summary.stillRunning, 10);
    }

    void cancelStopsWatchingAndSaysSo()
    {
        RefreshWorkflow workflow(m_client.get(), fastPolling());
        QSignalSpy queued(&workflow, &RefreshWorkflow::queued);
        QSignalSpy finished(&workflow, &RefreshWorkflow::finished);
        workflow.start(RefreshWorkflow::targets(rows(QStringLiteral("web"), 20)));
        QTRY_COMPARE(queued.size(), 1);
        workflow.cancel();
        QCOMPARE(finished.size(), 1);
        const auto summary = finished.first().first().value<RefreshWorkflow::Summary>();
        QVERIFY(summary.cancelled);
        for (const SourceOutcome &outcome : workflow.outcomes())
            QCOMPARE(outcome.state, SourceOutcome::State::NotTracked);
    }

    void readOnlyKeyRejectsTheWholeRefresh()
    {
        FiniClientConfig config = m_client->config();
        config.apiKey = FiniSandbox::readKey();
        FiniClient reader(config);
        RefreshWorkflow workflow(&reader, fastPolling());
        QSignalSpy finished(&workflow, &RefreshWorkflow::finished);
        workflow.start(RefreshWorkflow::targets(rows(QStringLiteral("web"), 3)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto summary = finished.first().first().value<RefreshWorkflow::Summary>();
        QCOMPARE(summary.queued, 0);
        QCOMPARE(summary.rejected, 3);
        QCOMPARE(summary.firstError.kind(), ApiError::Kind::Forbidden);
    }

    void generateTracksEveryJobToItsResult()
    {
        const QList<SourceRow> selection = rows(QStringLiteral("web"), 30);
        QStringList ids;
        int linked = 0;
        for (const SourceRow &row : selection) {
            ids.append(row.id);
            linked += row.linkedKnowledgeId.isEmpty() ? 0 : 1;
        }
        GenerateWorkflow workflow(m_client.get(), fastPolling());
        QSignalSpy finished(&workflow, &GenerateWorkflow::finished);
        workflow.start(ids, GenerateOptions{});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto summary = finished.first().first().value<GenerateWorkflow::Summary>();
        QCOMPARE(summary.queued, 30);
        QCOMPARE(summary.written + summary.noChange + summary.failed, 30);
        // Unchanged linked sources need no change; unlinked ones get a new draft.
        QCOMPARE(summary.noChange, linked);
        QCOMPARE(summary.written, 30 - linked);
        for (const SourceRow &row : selection) {
            const SourceOutcome outcome = workflow.outcomes().value(row.id);
            QCOMPARE(outcome.state, row.linkedKnowledgeId.isEmpty()
                                        ? SourceOutcome::State::DraftCreated
                                        : SourceOutcome::State::NoChange);
            QVERIFY(!workflow.jobs().value(row.id).isEmpty());
        }
    }

    void paragraphDiffMarksAddedRemovedAndEdited()
    {
        const QStringList before{QStringLiteral("Intro stays."),
                                 QStringLiteral("Refunds take 14 days to arrive on your card."),
                                 QStringLiteral("Old paragraph goes away entirely here.")};
        const QStringList after{QStringLiteral("Intro stays."),
                                QStringLiteral("Refunds take 30 days to arrive on your card."),
                                QStringLiteral("A brand new closing note.")};
        const auto entries = ParagraphDiff::compare(before, after);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).kind, ParagraphDiff::Entry::Kind::Kept);
        QCOMPARE(entries.at(1).kind, ParagraphDiff::Entry::Kind::Edited);
        QCOMPARE(entries.at(1).after, after.at(1));
        QCOMPARE(entries.at(2).kind, ParagraphDiff::Entry::Kind::Removed);
        QCOMPARE(entries.at(3).kind, ParagraphDiff::Entry::Kind::Added);
        using Word = ParagraphDiff::Word;
        const QList<Word> words{{Word::Kind::Kept, QStringLiteral("Refunds take")},
                                {Word::Kind::Removed, QStringLiteral("14")},
                                {Word::Kind::Added, QStringLiteral("30")},
                                {Word::Kind::Kept, QStringLiteral("days to arrive on your card.")}};
        QCOMPARE(entries.at(1).words, words);
        QVERIFY(ParagraphDiff::compare(before, before).size() == 3);
    }

    // Issue 12, item 15: a sentence added to a short paragraph, or one sentence rewritten, is
    // one edited paragraph with just those words marked, not a removed and a new paragraph.
    void paragraphDiffMarksTheWordsOfAnEdit()
    {
        using Entry = ParagraphDiff::Entry;
        using Word = ParagraphDiff::Word;
        const QString first = QStringLiteral("Orders ship within two days.");
        const QString added = QStringLiteral("Express orders ship the same day if paid by noon.");
        const auto grown = ParagraphDiff::compare({first}, {first + QLatin1Char(' ') + added});
        QCOMPARE(grown.size(), 1);
        QCOMPARE(grown.at(0).kind, Entry::Kind::Edited);
        QCOMPARE(grown.at(0).words,
                 (QList<Word>{{Word::Kind::Kept, first}, {Word::Kind::Added, added}}));

        const QString before = QStringLiteral("Returns are free. Refunds reach your card in 14 "
                                              "days. Keep the receipt.");
        const QString after = QStringLiteral("Returns are free. Refunds now reach your bank "
                                             "account in 3 to 5 days. Keep the receipt.");
        const auto edited = ParagraphDiff::compare({before}, {after});
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.at(0).kind, Entry::Kind::Edited);
        QCOMPARE(edited.at(0).words,
                 (QList<Word>{{Word::Kind::Kept, QStringLiteral("Returns are free. Refunds")},
                              {Word::Kind::Added, QStringLiteral("now")},
                              {Word::Kind::Kept, QStringLiteral("reach your")},
                              {Word::Kind::Removed, QStringLiteral("card")},
                              {Word::Kind::Added, QStringLiteral("bank account")},
                              {Word::Kind::Kept, QStringLiteral("in")},
                              {Word::Kind::Removed, QStringLiteral("14")},
                              {Word::Kind::Added, QStringLiteral("3 to 5")},
                              {Word::Kind::Kept, QStringLiteral("days. Keep the receipt.")}}));

        // Reading the kept and added words gives the new paragraph, the kept and removed the old.
        QStringList newWords;
        QStringList oldWords;
        for (const Word &word : edited.at(0).words) {
            if (word.kind != Word::Kind::Removed)
                newWords << word.text;
            if (word.kind != Word::Kind::Added)
                oldWords << word.text;
        }
        QCOMPARE(newWords.join(QLatin1Char(' ')), after);
        QCOMPARE(oldWords.join(QLatin1Char(' ')), before);

        // Paragraphs with little in common stay a removed and an added one.
        const auto unrelated =
            ParagraphDiff::compare({QStringLiteral("Our office is in Berlin.")},
                                   {QStringLiteral("Support answers every ticket by email.")});
        QCOMPARE(unrelated.size(), 2);
        QCOMPARE(unrelated.at(0).kind, Entry::Kind::Removed);
        QCOMPARE(unrelated.at(1).kind, Entry::Kind::Added);
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, WorkflowsTest)
#include "tst_workflows.moc"
