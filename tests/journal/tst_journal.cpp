#include "ActivityRecorder.h"
#include "FiniClient.h"
#include "FiniSandbox.h"
#include "HttpProbe.h"
#include "SandboxThread.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class JournalTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void operationsAreRecordedAndSurviveReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.sqlite"));
        {
            ActivityJournal journal(path);
            QVERIFY2(journal.isOpen(), qPrintable(journal.errorString()));
            const qint64 op = journal.begin(QStringLiteral("generate"),
                                            {QStringLiteral("s1"), QStringLiteral("s2")},
                                            QStringLiteral("{\"isDraft\":true}"));
            journal.recordJobs(op, {{QStringLiteral("s1"), QStringLiteral("j1")}});
            journal.recordOutcomes(op,
                                   {{QStringLiteral("s2"),
                                     {SourceOutcome::State::Rejected, QStringLiteral("no"), {}}}});
            QCOMPARE(journal.unfinished().size(), 1);
        }
        ActivityJournal reopened(path);
        const auto unfinished = reopened.unfinished();
        QCOMPARE(unfinished.size(), 1);
        const ActivityJournal::Operation &op = unfinished.first();
        QCOMPARE(op.kind, QStringLiteral("generate"));
        QCOMPARE(op.items.size(), 2);
        QCOMPARE(op.items.at(0).jobId, QStringLiteral("j1"));
        QCOMPARE(op.items.at(0).outcome, QStringLiteral("Queued"));
        QCOMPARE(op.items.at(1).outcome, QStringLiteral("Rejected"));
        reopened.finish(op.id, QStringLiteral("finished"), QStringLiteral("done"));
        QVERIFY(reopened.unfinished().isEmpty());
        QCOMPARE(reopened.recent().first().summary, QStringLiteral("done"));

        // Written in WAL mode, so a killed writer leaves a consistent database.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery mode(db);
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }

    void aKilledRunIsPickedUpOnTheNextStart()
    {
        SandboxOptions options;
        options.sources = 200;
        options.pendingMs = 1500;
        options.runningMs = 1500;
        options.jobFailRate = 0.0;
        SandboxThread sandbox;
        QVERIFY(sandbox.start(options));
        QStringList ids;
        for (const QJsonValue &doc :
             HttpProbe(sandbox.url())
                 .get(QStringLiteral("/v2/documents/public?limit=20&source=web"),
                      FiniSandbox::writeKey())
                 .json.object()
                 .value(QLatin1String("documents"))
                 .toArray())
            ids.append(doc.toObject().value(QLatin1String("id")).toString());
        const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));

        QProcess victim;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FINI_API_KEY"), FiniSandbox::writeKey());
        victim.setProcessEnvironment(env);
        victim.start(QStringLiteral(JOURNAL_VICTIM_PATH),
                     QStringList{sandbox.url().toString(), path} + ids);
        QVERIFY(victim.waitForReadyRead(15000));
        QCOMPARE(victim.readLine().trimmed(), QByteArray("queued 20"));
        victim.kill(); // SIGKILL: no chance to clean up
        QVERIFY(victim.waitForFinished(5000));

        ActivityJournal journal(path);
        const QList<ActivityJournal::Operation> unfinished = journal.unfinished();
        QCOMPARE(unfinished.size(), 1);
        for (const ActivityJournal::Item &item : unfinished.first().items)
            QVERIFY(!item.jobId.isEmpty());

        FiniClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = FiniSandbox::writeKey();
        FiniClient client(config);
        PollSchedule::Settings polling;
        polling.firstMs = 100;
        RefreshWorkflow refresh(&client, polling);
        GenerateWorkflow generate(&client, polling);
        ActivityRecorder recorder(&journal, &refresh, &generate);
        QSignalSpy finished(&generate, &GenerateWorkflow::finished);
        QCOMPARE(recorder.resumeUnfinished(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(generate.outcomes().size(), 20);
        for (const SourceOutcome &outcome : generate.outcomes())
            QVERIFY(outcome.state == SourceOutcome::State::DraftCreated
                    || outcome.state == SourceOutcome::State::NoChange);
        QVERIFY(journal.unfinished().isEmpty());
        QCOMPARE(journal.recent().first().state, QStringLiteral("finished"));
    }

    void sourcesWithoutAnAnswerAreMarkedUnknown()
    {
        const QString path = m_dir.filePath(QStringLiteral("unsent.sqlite"));
        ActivityJournal journal(path);
        journal.begin(QStringLiteral("generate"), {QStringLiteral("a"), QStringLiteral("b")});
        FiniClient client(FiniClientConfig{});
        RefreshWorkflow refresh(&client, {});
        GenerateWorkflow generate(&client, {});
        ActivityRecorder recorder(&journal, &refresh, &generate);
        QCOMPARE(recorder.resumeUnfinished(), 0);
        const auto op = journal.recent().first();
        QCOMPARE(op.state, QStringLiteral("interrupted"));
        for (const ActivityJournal::Item &item : op.items) {
            QCOMPARE(item.outcome, QStringLiteral("NotTracked"));
            QVERIFY(item.detail.contains(QStringLiteral("may or may not")));
        }
    }
};

QTEST_GUILESS_MAIN(JournalTest)
#include "tst_journal.moc"
