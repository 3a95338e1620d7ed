#include "FilterSidebar.h"
#include "FiniClient.h"
#include "FiniSandbox.h"
#include "GenerateDialog.h"
#include "GuidedFlowDialog.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "SandboxVariations.h"
#include "Screenshots.h"
#include "ScriptedPrompter.h"
#include "ServerTruth.h"
#include "SourceCommands.h"
#include "SourceTableView.h"
#include "TestMain.h"
#include "TestPlaces.h"
#include "Translations.h"
#include "WorkspaceLoader.h"
#include "WorkspaceSession.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

// Refresh → changed → generate in the main window on the demo workspace, and the dialog the
// user gets for each way the service can fail.
class WorkflowGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<FiniSandbox> m_sandbox;
    ScriptedPrompter m_prompter;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MainWindow> m_window; // views m_session: declared after it, destroyed first

    static SandboxOptions options()
    {
        SandboxOptions o;
        o.sources = 600;
        o.seed = 3;
        o.pendingMs = 50;
        o.runningMs = 150;
        o.jobFailRate = 0.0;
        return o;
    }

    SourceTableView *table()
    {
        return m_window->findChild<SourceTableView *>(QStringLiteral("sourceTable"));
    }

    QString messageBarText()
    {
        return m_window->findChild<MessageBar *>(QStringLiteral("messageBar"))->text();
    }

    // Selects the first `count` rows of one source type.
    QStringList selectOfType(const QString &type, int count)
    {
        QStringList ids;
        for (int row = 0; row < m_session->proxy()->rowCount() && ids.size() < count; ++row) {
            const QModelIndex index = m_session->proxy()->index(row, 0);
            if (index.data(SourceTableModel::SourceTypeRole).toString() == type)
                ids.append(index.data(SourceTableModel::IdRole).toString());
        }
        table()->selectIds(ids);
        return ids;
    }

    // "Refresh and regenerate…" asks with the count first, like Refresh: answered yes.
    void startGuidedFlow()
    {
        m_window->commands()->startGuidedFlow();
        QVERIFY(m_prompter.answer(true));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->commands()->guidedFlow(), 5000);
    }

    void runRefreshExpectingError(const QString &expected)
    {
        const QStringList ids = selectOfType(QStringLiteral("web"), 5);
        table()->clearSelection();
        table()->selectIds(ids);
        QSignalSpy finished(m_session.get(), &WorkspaceSession::refreshFinished);
        m_prompter.setAutoAnswer(true);
        m_window->commands()->refreshSelected();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        m_prompter.setAutoAnswer(std::nullopt);
        QVERIFY2(m_prompter.lastText().contains(expected), qPrintable(m_prompter.lastText()));
        // The sources the error is about are the ones selected, so the user can see them.
        QStringList selected = table()->selectedIds();
        selected.sort();
        QStringList expectedIds = ids;
        expectedIds.sort();
        QCOMPARE(selected, expectedIds);
    }

    void runGenerateExpectingError(const QString &expected)
    {
        selectOfType(QStringLiteral("web"), 5);
        QSignalSpy finished(m_session.get(), &WorkspaceSession::generateFinished);
        m_prompter.setAutoAnswer(true);
        m_prompter.setNextDialogHandler([](QDialog &) { return int(QDialog::Accepted); });
        m_window->commands()->generateForSelected();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        m_prompter.setAutoAnswer(std::nullopt);
        QVERIFY2(m_prompter.lastText().contains(expected), qPrintable(m_prompter.lastText()));
    }

    // Requests time out after `timeoutMs`: long enough for a loaded machine and a sanitizer
    // build, except where a test waits for the timeout itself.
    void openOn(const SandboxOptions &sandboxOptions, int timeoutMs = 15000)
    {
        m_window.reset();
        m_session.reset();
        m_sandbox = std::make_unique<FiniSandbox>(sandboxOptions);
        QVERIFY(m_sandbox->start());
        FiniClientConfig config;
        config.baseUrl = m_sandbox->url();
        config.apiKey = FiniSandbox::writeKey();
        config.timeoutMs = timeoutMs;
        config.retry.baseDelayMs = 5;
        config.retry.maxDelayMs = 10;
        PollSchedule::Settings polling;
        polling.firstMs = 50;
        polling.maxMs = 100;
        m_session = std::make_unique<WorkspaceSession>(
            std::make_unique<FiniClient>(config), WorkspaceInfo{QStringLiteral("Demo workspace"),
                                                                QStringLiteral("workflowtest"),
                                                                true,
                                                                polling,
                                                                {}});
        m_window = std::make_unique<MainWindow>(m_session.get(), &m_prompter);
        m_window->show();
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLoading(), 60000);
        QCOMPARE(m_session->model()->rowCount(), sandboxOptions.sources);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install();
        // Journals and other app data go to a throw-away place, never the user's.
        QVERIFY(m_settingsDir.isValid());
        TestPlaces::useThrowAway(m_settingsDir.path());
    }

    void init() { openOn(options()); }

    void cleanup()
    {
        m_prompter.setAutoAnswer(std::nullopt);
        m_window.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    void refreshShowsEveryOutcomeAndSelectsWhatChanged()
    {
        const QStringList web = selectOfType(QStringLiteral("web"), 30);
        const QStringList files = selectOfType(QStringLiteral("files"), 2);
        QJsonArray upstream;
        for (int i = 0; i < 30; i += 3)
            upstream.append(web.at(i));
        HttpProbe(m_sandbox->url())
            .post(QStringLiteral("/_sandbox/upstream-change"), {},
                  QJsonDocument(QJsonObject{{QStringLiteral("ids"), upstream}}));
        table()->selectIds(web + files);

        QSignalSpy finished(m_session.get(), &WorkspaceSession::refreshFinished);
        m_prompter.setAutoAnswer(true);
        m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QVERIFY(m_prompter.lastText().contains(QStringLiteral("Refresh 30 sources")));
        QVERIFY(
            m_prompter.lastText().contains(QStringLiteral("2 uploaded files will be left out")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);

        SourceTableModel *model = m_session->model();
        for (const QString &id : files)
            QCOMPARE(model->outcome(id)->state, SourceOutcome::State::SkippedFile);
        for (const QString &id : web)
            QVERIFY(model->outcome(id)->state == SourceOutcome::State::Completed
                    || model->outcome(id)->state == SourceOutcome::State::Failed);
        QVERIFY(messageBarText().startsWith(QStringLiteral("Refresh finished")));
        QVERIFY(messageBarText().contains(QStringLiteral("2 uploaded files skipped")));
        // The changed ones from this refresh are shown and selected.
        const QStringList selected = table()->selectedIds();
        QVERIFY(!selected.isEmpty());
        for (const QString &id : selected) {
            QVERIFY(web.contains(id));
            QVERIFY(m_session->model()->row(model->rowOf(id)).changed);
        }
        QVERIFY(m_session->proxy()->changedOnly());
        const int lastAction = SourceTableModel::ActionColumn;
        QCOMPARE(model->index(model->rowOf(files.first()), lastAction).data().toString(),
                 QStringLiteral("Skipped: uploaded file"));

        // The details of a changed source show what changed, paragraph by paragraph.
        const QModelIndex first = m_session->proxy()->index(0, 0);
        table()->setCurrentIndex(first);
        auto *content = m_window->findChild<QTextBrowser *>(QStringLiteral("detailsContent"));
        QTRY_VERIFY_WITH_TIMEOUT(content->toPlainText().startsWith(QStringLiteral("What changed")),
                                 5000);
        QVERIFY(content->toPlainText().contains(QStringLiteral("Added:"))
                || content->toPlainText().contains(QStringLiteral("Removed:"))
                || content->toPlainText().contains(QStringLiteral("Edited:")));
        m_window->resize(1500, 900);
        QVERIFY(Screenshots::save(*m_window, QStringLiteral("refresh-finished.png")));
    }

    void refreshInTheWindowHoldsOnEveryVariation_data()
    {
        QTest::addColumn<SandboxVariations>("variations");
        for (const SandboxVariations::Preset &preset : SandboxVariations::presets())
            QTest::newRow(qPrintable(preset.name)) << preset.variations;
    }

    // 67 web pages on a server that answers 20 rows a page (and every other legal variation):
    // each row ends with the server's final state in Status and Last action, none "Queued".
    void refreshInTheWindowHoldsOnEveryVariation()
    {
        QFETCH(SandboxVariations, variations);
        SandboxOptions o = options();
        o.variations = variations;
        openOn(o);
        const QStringList web = selectOfType(QStringLiteral("web"), 67);
        QCOMPARE(web.size(), 67);
        QSignalSpy finished(m_session.get(), &WorkspaceSession::refreshFinished);
        m_prompter.setAutoAnswer(true);
        m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        m_prompter.setAutoAnswer(std::nullopt);

        FiniClientConfig readOnly;
        readOnly.baseUrl = m_sandbox->url();
        readOnly.apiKey = FiniSandbox::readKey();
        FiniClient reader(readOnly);
        const ServerTruth truth = ServerTruth::read(reader);
        QVERIFY(truth.complete);
        SourceTableModel *model = m_session->model();
        for (const QString &id : web) {
            const auto outcome = model->outcome(id);
            QVERIFY(outcome);
            const Source server = truth.sources.value(id);
            const bool completed =
                server.linkedJobStatus == QLatin1String("COMPLETED") && server.success;
            QCOMPARE(outcome->state,
                     completed ? SourceOutcome::State::Completed : SourceOutcome::State::Failed);
            const int row = model->rowOf(id);
            QCOMPARE(model->row(row).status, server.linkedJobStatus);
            QVERIFY(!model->index(row, SourceTableModel::ActionColumn).data().toString().isEmpty());
        }
        QVERIFY2(messageBarText().startsWith(QStringLiteral("Refresh finished")),
                 qPrintable(messageBarText()));
    }

    void generateAsksForOptionsAndReportsEachJob()
    {
        const QStringList ids = selectOfType(QStringLiteral("notion"), 8);
        GenerateOptions seen;
        QSignalSpy finished(m_session.get(), &WorkspaceSession::generateFinished);
        m_prompter.setNextDialogHandler([&seen](QDialog &dialog) {
            // As a user would: forbid "leave as it is", keep drafts.
            dialog.findChild<QCheckBox *>(QStringLiteral("opNothing"))->setChecked(false);
            seen = static_cast<GenerateDialog &>(dialog).options();
            return int(QDialog::Accepted);
        });
        m_window->findChild<QAction *>(QStringLiteral("generateAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(seen.restrictedOps, (QStringList{QStringLiteral("ADD_ARTICLE_TO_FOLDER"),
                                                  QStringLiteral("UPDATE_ARTICLE")}));
        QVERIFY(seen.isDraft);
        QVERIFY2(messageBarText().startsWith(QStringLiteral("Knowledge generation finished")),
                 qPrintable(messageBarText()));
        for (const QString &id : ids) {
            const auto outcome = m_session->model()->outcome(id);
            QVERIFY(outcome);
            QVERIFY(outcome->state == SourceOutcome::State::DraftCreated);
        }
    }

    void guidedFlowRunsEveryStepAndReports()
    {
        const QStringList web = selectOfType(QStringLiteral("web"), 20);
        QJsonArray upstream;
        for (int i = 0; i < 20; i += 2)
            upstream.append(web.at(i));
        HttpProbe(m_sandbox->url())
            .post(QStringLiteral("/_sandbox/upstream-change"), {},
                  QJsonDocument(QJsonObject{{QStringLiteral("ids"), upstream}}));
        table()->selectIds(web);
        startGuidedFlow();
        GuidedFlowDialog *flow = m_window->commands()->guidedFlow();
        QVERIFY(flow);
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), GuidedFlowDialog::Step::Review, 15000);
        QVERIFY(!flow->changedIds().isEmpty());
        m_prompter.setNextDialogHandler([](QDialog &) { return int(QDialog::Accepted); });
        QTest::mouseClick(flow->findChild<QPushButton *>(QStringLiteral("guidedNext")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), GuidedFlowDialog::Step::Report, 15000);
        QVERIFY(flow->report().contains(QStringLiteral("Refresh: 20 queued")));
        QVERIFY(flow->report().contains(
            QStringLiteral("Generate: %1 queued").arg(flow->changedIds().size())));
        QTemporaryDir dir;
        m_prompter.setNextFileName(dir.filePath(QStringLiteral("report.txt")));
        QTest::mouseClick(flow->findChild<QPushButton *>(QStringLiteral("guidedSave")),
                          Qt::LeftButton);
        QFile saved(dir.filePath(QStringLiteral("report.txt")));
        QTRY_VERIFY(saved.exists());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("Generate:"));
    }

    void guidedFlowCanBeCancelledWhileWaiting()
    {
        selectOfType(QStringLiteral("zendesk"), 10);
        startGuidedFlow();
        GuidedFlowDialog *flow = m_window->commands()->guidedFlow();
        QVERIFY(flow);
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), GuidedFlowDialog::Step::Wait, 10000);
        QTest::mouseClick(flow->findChild<QPushButton *>(QStringLiteral("guidedCancel")),
                          Qt::LeftButton);
        QCOMPARE(flow->step(), GuidedFlowDialog::Step::Report);
        QVERIFY(!m_session->refreshWorkflow()->isRunning());
    }

    void turningDraftsOffAsksFirst()
    {
        GenerateDialog dialog(3, &m_prompter);
        auto *drafts = dialog.findChild<QCheckBox *>(QStringLiteral("draftsCheck"));
        m_prompter.setAutoAnswer(false);
        drafts->setChecked(false);
        QVERIFY(m_prompter.lastText().contains(QStringLiteral("right away")));
        QTRY_VERIFY(drafts->isChecked());
        m_prompter.setAutoAnswer(true);
        drafts->setChecked(false);
        QTRY_COMPARE(m_prompter.openPrompts(), 0);
        QVERIFY(!dialog.options().isDraft);
    }

    void refreshErrors_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("400") << "gone"
                             << "Fini refused to refresh these sources";
        QTest::newRow("401") << "revoked"
                             << "did not accept the API key";
        QTest::newRow("403") << "read"
                             << "can read but not change sources";
        QTest::newRow("500") << "fail"
                             << "problem at Fini (HTTP 500)";
        QTest::newRow("timeout") << "stall"
                                 << "took too long";
        QTest::newRow("dropped") << "reset"
                                 << "was dropped";
        QTest::newRow("malformed") << "malformed"
                                   << "could not be read";
    }

    void refreshErrors()
    {
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        applyFault(fault);
        runRefreshExpectingError(expected);
    }

    void generateErrors_data() { refreshErrors_data(); }

    void generateErrors()
    {
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        if (fault == QLatin1String("gone"))
            expected = QStringLiteral("Fini refused to generate knowledge");
        applyFault(fault);
        runGenerateExpectingError(expected);
    }

    void rateLimitShowsACountdown()
    {
        ApiError limited(ApiError::Kind::RateLimited, ApiOperation::RefreshSources);
        limited.setHttpStatus(429);
        Q_EMIT m_session->client()->retryScheduled(limited, 3000);
        auto *activity = m_window->findChild<QLabel *>(QStringLiteral("activityLabel"));
        QVERIFY(activity->text().contains(QStringLiteral("trying again in 3 s")));
        QTRY_VERIFY_WITH_TIMEOUT(activity->text().contains(QStringLiteral("in 2 s")), 3000);
    }

    void errorDetailsNeverHoldTheKey()
    {
        applyFault(QStringLiteral("read"));
        runRefreshExpectingError(QStringLiteral("write scope"));
        QVERIFY(!m_prompter.lastDetails().isEmpty());
        QVERIFY(m_prompter.lastDetails().contains(QStringLiteral("HTTP status: 403")));
        QVERIFY(!m_prompter.lastDetails().contains(FiniSandbox::readKey()));
        QVERIFY(!m_prompter.lastText().contains(FiniSandbox::readKey()));
    }

private:
    void applyFault(const QString &fault)
    {
        SandboxOptions faults = options();
        if (fault == QLatin1String("revoked")) {
            m_session->client()->setApiKey(FiniSandbox::revokedKey());
        } else if (fault == QLatin1String("read")) {
            m_session->client()->setApiKey(FiniSandbox::readKey());
        } else if (fault == QLatin1String("gone")) {
            // Every selected source was deleted at Fini since the list was loaded.
            const QStringList ids = selectOfType(QStringLiteral("web"), 5);
            HttpProbe(m_sandbox->url())
                .send("DELETE", QStringLiteral("/v2/documents/public"), FiniSandbox::writeKey(),
                      QJsonDocument(QJsonObject{{QStringLiteral("documentIds"),
                                                 QJsonArray::fromStringList(ids)}})
                          .toJson());
        } else if (fault == QLatin1String("fail")) {
            faults.failRate = 1.0;
        } else if (fault == QLatin1String("stall")) {
            openOn(options(), 500);
            faults.stallRate = 1.0;
        } else if (fault == QLatin1String("reset")) {
            faults.resetRate = 1.0;
        } else if (fault == QLatin1String("malformed")) {
            faults.malformedRate = 1.0;
        }
        m_sandbox->setFaults(faults);
    }
};

SOURCEDESK_TEST_MAIN(QApplication, WorkflowGuiTest)
#include "tst_workflow_gui.moc"
