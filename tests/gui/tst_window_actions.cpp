#include "FiniClient.h"
#include "FiniSandbox.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "SourceTableView.h"
#include "Translations.h"
#include "WorkspaceSession.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// What the window's actions do when something goes wrong (issue 12): Retry after Fini had a
// problem, without a second question and without calling the sources rejected.
class WindowActionsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    SandboxOptions m_options;
    std::unique_ptr<FiniSandbox> m_sandbox;
    ScriptedPrompter m_prompter;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MainWindow> m_window; // views m_session: declared after it, destroyed first

    void open(const QString &scope)
    {
        m_window.reset();
        m_session.reset();
        FiniClientConfig config;
        config.baseUrl = m_sandbox->url();
        config.apiKey = FiniSandbox::writeKey();
        config.retry.baseDelayMs = 5;
        config.retry.maxDelayMs = 10;
        PollSchedule::Settings polling;
        polling.firstMs = 50;
        polling.maxMs = 100;
        m_session = std::make_unique<WorkspaceSession>(
            std::make_unique<FiniClient>(config),
            WorkspaceInfo{QStringLiteral("Demo workspace"), scope, true, polling});
        m_window = std::make_unique<MainWindow>(m_session.get(), &m_prompter);
        m_window->show();
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLoading(), 15000);
    }

    template<typename T>
    T *child(const char *name)
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    SourceTableView *table() { return child<SourceTableView>("sourceTable"); }

    // Web sources Fini has finished with: they can be refreshed and generated from.
    QStringList pickWeb(int count)
    {
        QStringList ids;
        const SourceTableModel *model = m_session->model();
        for (int row = 0; row < model->rowCount() && ids.size() < count; ++row) {
            const SourceRow &r = model->row(row);
            if (r.source == QLatin1String("web") && !r.isRunning())
                ids.append(r.id);
        }
        return ids;
    }

    QString lastAction(const QString &id)
    {
        const SourceTableModel *model = m_session->model();
        return model->index(model->rowOf(id), SourceTableModel::ActionColumn).data().toString();
    }

    // Every API request answers 500 until the faults are cleared.
    void failEveryRequest(bool fail)
    {
        SandboxOptions faults = m_options;
        faults.failRate = fail ? 1.0 : 0.0;
        m_sandbox->setFaults(faults);
    }

    // Not refused, so not "Rejected": Fini did not answer for them.
    void verifyNoAnswer(const QStringList &ids)
    {
        for (const QString &id : ids) {
            QCOMPARE(m_session->model()->outcome(id)->state, SourceOutcome::State::NoAnswer);
            QCOMPARE(lastAction(id), QStringLiteral("No answer from Fini"));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install();
        // Journals and other app data go to a throw-away place, never the user's.
        const QByteArray data = QDir::tempPath().toUtf8() + "/sourcedesk-test-data-"
                                + QByteArray::number(QCoreApplication::applicationPid());
        qputenv("XDG_DATA_HOME", data);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_options.pendingMs = 50; // the demo workspace: 2,500 sources
        m_options.runningMs = 100;
        m_options.jobFailRate = 0.0;
        m_sandbox = std::make_unique<FiniSandbox>(m_options);
        QVERIFY(m_sandbox->start());
    }

    void cleanup()
    {
        failEveryRequest(false);
        m_prompter.setAutoAnswer(std::nullopt);
        m_window.reset();
        m_session.reset();
    }

    void generateOffersRetryAfterAServerError()
    {
        open(QStringLiteral("actions-generate"));
        const QStringList ids = pickWeb(3);
        table()->selectIds(ids);
        failEveryRequest(true);
        QSignalSpy finished(m_session.get(), &WorkspaceSession::generateFinished);
        m_prompter.keepNextErrorOpen();
        m_prompter.setNextDialogHandler([](QDialog &) { return int(QDialog::Accepted); });
        child<QAction>("generateAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("Knowledge generation did not start"));
        QVERIFY2(m_prompter.lastText().contains(QStringLiteral("problem at Fini (HTTP 500)")),
                 qPrintable(m_prompter.lastText()));
        QVERIFY(m_prompter.lastErrorOfferedRetry());
        verifyNoAnswer(ids);

        // Retry generates with the options already chosen: no dialog asks for them again
        // (unanswered, it would cancel the generation).
        failEveryRequest(false);
        QVERIFY(m_prompter.answer(true));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        for (const QString &id : ids) {
            const SourceOutcome outcome = *m_session->model()->outcome(id);
            QVERIFY(outcome.isFinal());
            QVERIFY(outcome.state != SourceOutcome::State::NoAnswer
                    && outcome.state != SourceOutcome::State::Rejected);
        }
    }

    void refreshRetryDoesNotAskAgain()
    {
        open(QStringLiteral("actions-refresh"));
        const QStringList ids = pickWeb(1);
        table()->selectIds(ids);
        failEveryRequest(true);
        QSignalSpy finished(m_session.get(), &WorkspaceSession::refreshFinished);
        m_prompter.keepNextErrorOpen();
        m_prompter.setAutoAnswer(true);
        child<QAction>("refreshAction")->trigger();
        QCOMPARE(m_prompter.lastAcceptLabel(), QStringLiteral("Refresh 1 source"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        m_prompter.setAutoAnswer(std::nullopt);
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("The refresh did not start"));
        QVERIFY(m_prompter.lastErrorOfferedRetry());
        verifyNoAnswer(ids);

        const int asked = m_prompter.questionsAsked();
        failEveryRequest(false);
        QVERIFY(m_prompter.answer(true));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QCOMPARE(m_prompter.questionsAsked(), asked);
        QCOMPARE(m_prompter.openQuestions(), 0);
        const SourceOutcome::State state = m_session->model()->outcome(ids.first())->state;
        QVERIFY(state == SourceOutcome::State::Completed || state == SourceOutcome::State::Failed);
    }
};

QTEST_MAIN(WindowActionsTest)
#include "tst_window_actions.moc"
