#include "ActivityModel.h"
#include "AppController.h"
#include "FilterSidebar.h"
#include "FiniSandbox.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ScriptedPrompter.h"
#include "SidebarItemDelegate.h"
#include "SourceLabels.h"
#include "SourceTableView.h"
#include "StatePage.h"
#include "TestMain.h"
#include "Translations.h"
#include "WorkspaceDialog.h"
#include "WorkspaceSession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

// A workspace's session goes on whether or not its window shows it: a refresh survives
// switching workspaces and back, a load that never gets an answer can be cancelled and
// reloaded, and quitting in the middle of a refresh asks first.
class SessionGuiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FiniSandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ScriptedPrompter> m_prompter;

    static SandboxOptions options()
    {
        SandboxOptions o;
        o.sources = 2500;
        o.seed = 5;
        // Long enough to switch away and back while Fini still works on the refresh.
        o.pendingMs = 600;
        o.runningMs = 3000;
        return o;
    }

    std::unique_ptr<AppController> controller()
    {
        const QUrl url = m_sandbox->url();
        auto app = std::make_unique<AppController>(
            m_secrets.get(),
            [url] {
                return std::optional<AppController::Endpoint>({url, FiniSandbox::writeKey()});
            },
            m_prompter.get());
        PollSchedule::Settings polling;
        polling.firstMs = 200;
        polling.maxMs = 400;
        app->setPollSchedule(polling);
        return app;
    }

    template<typename T>
    static T *child(QWidget *window, const char *name)
    {
        T *widget = window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    static void waitLoaded(AppController &app)
    {
        QTRY_VERIFY_WITH_TIMEOUT(app.window() && !app.window()->session()->isLoading(), 15000);
    }

    // Selects the first `count` sources that Fini can refresh (no uploaded files).
    static QStringList selectRefreshable(MainWindow *window, int count)
    {
        const SourceFilterProxy *proxy = window->session()->proxy();
        QStringList ids;
        for (int row = 0; row < proxy->rowCount() && ids.size() < count; ++row) {
            const QModelIndex index = proxy->index(row, 0);
            if (index.data(SourceTableModel::SourceTypeRole).toString() != QLatin1String("files"))
                ids.append(index.data(SourceTableModel::IdRole).toString());
        }
        child<SourceTableView>(window, "sourceTable")->selectIds(ids);
        return ids;
    }

    // Refreshes the `count` selected sources and waits until Fini queued them.
    void refreshSelection(AppController &app, int count)
    {
        m_prompter->setAutoAnswer(true);
        child<QAction>(app.window(), "refreshAction")->trigger();
        WorkspaceSession *session = app.window()->session();
        QTRY_COMPARE_WITH_TIMEOUT(session->operation().total, count, 15000);
        m_prompter->setAutoAnswer(std::nullopt);
    }

    void addOtherWorkspace(AppController &app)
    {
        m_prompter->setNextDialogHandler([url = m_sandbox->url().toString()](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("workspaceName"))
                ->setText(QStringLiteral("Other"));
            dialog.findChild<QLineEdit *>(QStringLiteral("workspaceUrl"))->setText(url);
            dialog.findChild<QLineEdit *>(QStringLiteral("workspaceKey"))
                ->setText(FiniSandbox::otherWorkspaceKey());
            dialog.accept();
            return dialog.result();
        });
        app.addWorkspace();
        QTRY_COMPARE(app.window()->windowTitle(), QStringLiteral("Other — Sourcedesk"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install();
        m_sandbox = std::make_unique<FiniSandbox>(options());
        QVERIFY(m_sandbox->start());
    }

    void init()
    {
        // Settings and journals of each test in a throw-away place of their own.
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home->path());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_sandbox->setFaults(options());
    }

    void switchingWorkspacesKeepsARefreshGoing()
    {
        auto app = controller();
        app->start(true);
        waitLoaded(*app);
        WorkspaceSession *demo = app->window()->session();
        QAbstractItemModelTester tester(demo->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(demo, &WorkspaceSession::refreshFinished);
        const QStringList ids = selectRefreshable(app->window(), 2000);
        refreshSelection(*app, 2000);

        // Away to another workspace in the middle of the refresh: the demo session goes on.
        addOtherWorkspace(*app);
        waitLoaded(*app);
        QCOMPARE(app->window()->session()->model()->rowCount(), 50);
        QVERIFY(demo->operationRunning());
        QVERIFY(demo->refreshWorkflow()->isRunning());
        QVERIFY(!child<QWidget>(app->window(), "operationBar")->isVisible());

        // Back again while Fini still works: the bar shows the session's true progress.
        child<QAction>(app->window(), "switchTo-demo")->trigger();
        QTRY_COMPARE(app->currentWorkspace(), QStringLiteral("demo"));
        QCOMPARE(app->window()->session(), demo);
        QVERIFY(demo->operationRunning());
        QVERIFY(child<QWidget>(app->window(), "operationBar")->isVisible());
        const auto *progress = child<QProgressBar>(app->window(), "operationProgress");
        QCOMPARE(progress->maximum(), 2000);
        QCOMPARE(progress->value(), demo->operation().done);
        QCOMPARE(child<QLabel>(app->window(), "operationText")->text(), demo->operation().text);
        QVERIFY(!child<QLabel>(app->window(), "operationElapsed")->text().isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto summary = finished.first().first().value<RefreshWorkflow::Summary>();
        QCOMPARE(summary.queued, 2000);
        QCOMPARE(summary.rejected, 0);
        QCOMPARE(summary.stillRunning, 0);
        QCOMPARE(summary.completed + summary.failed, 2000);
        QVERIFY(!summary.cancelled);
        QVERIFY(!child<QWidget>(app->window(), "operationBar")->isVisible());

        // Every source's outcome is in the Last action column.
        SourceTableModel *model = demo->model();
        for (const QString &id : ids) {
            const auto outcome = model->outcome(id);
            QVERIFY(outcome && outcome->isFinal());
            const QString shown =
                model->index(model->rowOf(id), SourceTableModel::ActionColumn).data().toString();
            QVERIFY2(!shown.isEmpty(), qPrintable(id));
        }

        // Activity names the sources by title.
        child<QAction>(app->window(), "activityAction")->trigger();
        auto *activity = child<QTreeView>(app->window(), "activityPanel");
        const QAbstractItemModel *operations = activity->model();
        QTRY_VERIFY(operations->rowCount() > 0
                    && operations->index(0, ActivityModel::StateColumn).data().toString()
                           == QStringLiteral("Finished"));
        const QModelIndex refresh = operations->index(0, 0);
        QCOMPARE(operations->rowCount(refresh), 2000);
        for (int i = 0; i < operations->rowCount(refresh); i += 97) {
            const QString id =
                operations->index(i, 0, refresh).data(ActivityModel::SourceIdRole).toString();
            const QString shown =
                operations->index(i, ActivityModel::OperationColumn, refresh).data().toString();
            QCOMPARE(shown, model->row(model->rowOf(id)).title);
            QVERIFY(shown != id);
        }
    }

    void aWorkspaceShownAgainKeepsItsFiltersAndSelection()
    {
        auto app = controller();
        app->start(true);
        waitLoaded(*app);
        MainWindow *window = app->window();
        WorkspaceSession *demo = window->session();
        const QString type =
            demo->proxy()->index(0, 0).data(SourceTableModel::SourceTypeRole).toString();
        child<FilterSidebar>(window, "filterSidebar")->selectView(FilterSidebar::View::Type, type);
        child<QComboBox>(window, "operationFilter")->setCurrentIndex(1); // not linked
        child<QLineEdit>(window, "searchField")->setText(QStringLiteral("a"));
        const SourceFilterProxy *proxy = demo->proxy();
        QVERIFY(proxy->rowCount() > 3);
        QStringList picked;
        for (int row = 0; row < 3; ++row)
            picked.append(proxy->index(row, 0).data(SourceTableModel::IdRole).toString());
        auto *table = child<SourceTableView>(window, "sourceTable");
        table->selectIds(picked);
        table->selectionModel()->setCurrentIndex(proxy->index(1, 0), QItemSelectionModel::NoUpdate);
        QCOMPARE(table->selectedCount(), 3);
        const QString currentTitle = child<QLabel>(window, "detailsTitle")->text();
        const int shown = proxy->rowCount();

        // The other workspace starts with its own, empty filters and no selection.
        addOtherWorkspace(*app);
        waitLoaded(*app);
        QCOMPARE(child<QLineEdit>(app->window(), "searchField")->text(), QString());
        QCOMPARE(child<QComboBox>(app->window(), "operationFilter")->currentIndex(), 0);
        QCOMPARE(child<SourceTableView>(app->window(), "sourceTable")->selectedCount(), 0);
        QCOMPARE(app->window()->session()->proxy()->rowCount(), 50);

        child<QAction>(app->window(), "switchTo-demo")->trigger();
        QTRY_COMPARE(app->currentWorkspace(), QStringLiteral("demo"));
        window = app->window();
        QCOMPARE(child<QLineEdit>(window, "searchField")->text(), QStringLiteral("a"));
        QCOMPARE(child<QComboBox>(window, "operationFilter")->currentIndex(), 1);
        const QListWidgetItem *view = child<FilterSidebar>(window, "filterSidebar")->currentItem();
        QVERIFY(view);
        QCOMPARE(view->data(SidebarItemDelegate::NameRole).toString(),
                 SourceLabels::sourceType(type));
        QCOMPARE(proxy->sourceType(), type);
        QCOMPARE(proxy->rowCount(), shown);
        table = child<SourceTableView>(window, "sourceTable");
        QCOMPARE(table->selectedIds().size(), 3);
        for (const QString &id : picked)
            QVERIFY(table->selectedIds().contains(id));
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(child<QLabel>(window, "detailsTitle")->text(), currentTitle);
        QVERIFY(child<QLabel>(window, "detailsTitle")->isVisible());
    }

    void aLoadWithoutAnswerCanBeCancelledAndReloaded()
    {
        SandboxOptions stalled = options();
        stalled.stallRate = 1.0;
        m_sandbox->setFaults(stalled);
        FiniClientConfig config;
        config.baseUrl = m_sandbox->url();
        config.apiKey = FiniSandbox::readKey();
        WorkspaceSession session(
            std::make_unique<FiniClient>(config),
            {QStringLiteral("Stalled"), QStringLiteral("stalled"), false, {}, {}});
        MainWindow window(&session, m_prompter.get());
        window.show();
        session.start();

        auto *state = child<StatePage>(&window, "statePage");
        auto *button = child<QPushButton>(state, "stateButton");
        QCOMPARE(state->state(), StatePage::State::Loading);
        QCOMPARE(button->text(), QStringLiteral("Cancel"));
        QVERIFY(!child<QAction>(&window, "reloadAction")->isEnabled());
        QVERIFY(child<QAction>(&window, "cancelLoadAction")->isEnabled());
        // The elapsed time counts up while nothing arrives (on a busy machine a tick can be
        // late and the label go from 0:00 to 0:02).
        const auto counting = [&window] {
            const QString text = child<QLabel>(&window, "activityLabel")->text();
            return text.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d$")))
                   && !text.endsWith(QStringLiteral("0:00"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(counting(), 5000);
        QVERIFY(child<QLabel>(state, "stateText")->text().contains(QStringLiteral("0 loaded")));

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!session.isLoading());
        QCOMPARE(state->state(), StatePage::State::Cancelled);
        QVERIFY(child<QAction>(&window, "reloadAction")->isEnabled());
        QVERIFY(!child<QAction>(&window, "cancelLoadAction")->isEnabled());

        // Fini answers again: Reload loads every source.
        m_sandbox->setFaults(options());
        QCOMPARE(button->text(), QStringLiteral("Reload"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.model()->rowCount(), 2500, 15000);
        QTRY_VERIFY(!session.isLoading());
        QCOMPARE(child<QStackedWidget>(&window, "centreStack")->currentWidget(),
                 child<SourceTableView>(&window, "sourceTable"));
    }

    // A workspace opened again shows the table it had at once, says it is from then and
    // being checked, and Stop keeps the rows while Fini does not answer.
    void aWorkspaceOpensFromItsSavedTable()
    {
        QTemporaryDir cacheDir;
        FiniClientConfig config;
        config.baseUrl = m_sandbox->url();
        config.apiKey = FiniSandbox::readKey();
        const WorkspaceInfo info{QStringLiteral("Saved"),
                                 QStringLiteral("saved"),
                                 false,
                                 {},
                                 cacheDir.filePath(QStringLiteral("saved.cache"))};
        {
            WorkspaceSession first(std::make_unique<FiniClient>(config), info);
            first.start();
            QTRY_VERIFY_WITH_TIMEOUT(!first.isLoading(), 15000);
        } // keeps its table on the way out

        SandboxOptions stalled = options();
        stalled.stallRate = 1.0;
        m_sandbox->setFaults(stalled);
        WorkspaceSession session(std::make_unique<FiniClient>(config), info);
        MainWindow window(&session, m_prompter.get());
        window.show();
        session.start();
        QTRY_COMPARE(session.model()->rowCount(), 2500);
        QCOMPARE(child<QStackedWidget>(&window, "centreStack")->currentWidget(),
                 child<SourceTableView>(&window, "sourceTable"));
        QTRY_VERIFY(child<QLabel>(&window, "activityLabel")
                        ->text()
                        .contains(QStringLiteral("checking for changes")));
        QVERIFY(session.isLoading());

        child<QAction>(&window, "cancelLoadAction")->trigger();
        QVERIFY(!session.isLoading());
        QCOMPARE(session.model()->rowCount(), 2500);
        QVERIFY(!child<QLabel>(&window, "activityLabel")
                     ->text()
                     .contains(QStringLiteral("checking for changes")));
        m_sandbox->setFaults(options());
    }

    void quittingDuringARefreshAsksFirst()
    {
        auto app = controller();
        app->start(true);
        waitLoaded(*app);
        selectRefreshable(app->window(), 300);
        refreshSelection(*app, 300);
        MainWindow *window = app->window();

        // "Keep running": the window stays and so does the refresh.
        QVERIFY(!window->close());
        QCOMPARE(m_prompter->openQuestions(), 1);
        QVERIFY2(m_prompter->lastText().contains(QStringLiteral("Fini is refreshing 300 sources")),
                 qPrintable(m_prompter->lastText()));
        QVERIFY(m_prompter->lastText().contains(QStringLiteral("Fini goes on with this work")));
        QVERIFY(m_prompter->answer(false));
        QTRY_COMPARE(m_prompter->openPrompts(), 0);
        QVERIFY(window->isVisible());
        QVERIFY(app->window()->session()->operationRunning());

        // "Quit": the window closes; the refresh is followed again on the next start.
        QVERIFY(!window->close());
        QVERIFY(m_prompter->answer(true));
        QTRY_VERIFY(!window->isVisible());
        app.reset();

        auto again = controller();
        again->start(true);
        WorkspaceSession *resumed = again->session(QStringLiteral("demo"));
        QVERIFY(resumed->refreshWorkflow()->isRunning());
        QVERIFY(child<QWidget>(again->window(), "operationBar")->isVisible());
        QSignalSpy finished(resumed, &WorkspaceSession::refreshFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto summary = finished.first().first().value<RefreshWorkflow::Summary>();
        QCOMPARE(summary.queued, 300);
        QCOMPARE(summary.completed + summary.failed, 300);
    }
};

SOURCEDESK_TEST_MAIN(QApplication, SessionGuiTest)
#include "tst_session_gui.moc"
