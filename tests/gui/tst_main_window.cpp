#include "FilterSidebar.h"
#include "FiniClient.h"
#include "FiniSandbox.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "SourceTableView.h"
#include "StatePage.h"
#include "TestMain.h"
#include "TestPlaces.h"
#include "Translations.h"
#include "WorkspaceLoader.h"
#include "WorkspaceSession.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

// The main window on the demo workspace (an in-process fini-sandbox), driven as a user
// would: search, views, sort, select, copy, export, and the header that survives a restart.
class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<FiniSandbox> m_sandbox;
    FiniClientConfig m_config;
    ScriptedPrompter m_prompter;

    // A session and the window that shows it; the window goes first.
    struct Shown {
        std::unique_ptr<WorkspaceSession> session;
        std::unique_ptr<MainWindow> window;
    };

    Shown openWindow(const std::optional<FiniClientConfig> &config = std::nullopt)
    {
        Shown shown;
        shown.session = std::make_unique<WorkspaceSession>(
            std::make_unique<FiniClient>(config.value_or(m_config)),
            WorkspaceInfo{
                QStringLiteral("Demo workspace"), QStringLiteral("guitest"), true, {}, {}});
        shown.window = std::make_unique<MainWindow>(shown.session.get(), &m_prompter);
        shown.window->show();
        shown.session->start();
        return shown;
    }

    static void waitLoaded(MainWindow &window)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), 15000);
    }

    template<typename T>
    static T *child(QWidget &window, const char *name)
    {
        T *widget = window.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    static QAction *action(QWidget &window, const char *name)
    {
        return child<QAction>(window, name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install();
        // Journals and other app data go to a throw-away place, never the user's.
        QVERIFY(m_settingsDir.isValid());
        TestPlaces::useThrowAway(m_settingsDir.path());
        SandboxOptions options; // the demo workspace: 2,500 sources
        options.pendingMs = 50;
        options.runningMs = 100;
        m_sandbox = std::make_unique<FiniSandbox>(options);
        QVERIFY(m_sandbox->start());
        m_config.baseUrl = m_sandbox->url();
        m_config.apiKey = FiniSandbox::writeKey();
    }

    void loadsTheDemoWorkspace()
    {
        auto shown = openWindow();
        MainWindow *window = shown.window.get();
        QVERIFY(window->windowTitle().contains(QStringLiteral("Demo workspace")));
        waitLoaded(*window);
        QAbstractItemModelTester tester(window->session()->proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window->session()->model()->rowCount(), 2500);
        auto *centre = child<QStackedWidget>(*window, "centreStack");
        QCOMPARE(centre->currentWidget(), child<SourceTableView>(*window, "sourceTable"));
        QVERIFY(child<QLabel>(*window, "totalsLabel")
                    ->text()
                    .contains(QStringLiteral("2,500 sources")));
        auto *sidebar = child<FilterSidebar>(*window, "filterSidebar");
        QVERIFY(sidebar->item(0)->text().endsWith(QStringLiteral("2,500")));
    }

    void searchAndViewsFilterTheTable()
    {
        auto shown = openWindow();
        MainWindow *window = shown.window.get();
        waitLoaded(*window);
        auto *search = child<QLineEdit>(*window, "searchField");
        QTest::keyClicks(search, QStringLiteral("PASSWORD"));
        auto *proxy = window->session()->proxy();
        QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < 2500);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, SourceTableModel::TitleColumn);
            QVERIFY(
                index.data().toString().contains(QStringLiteral("password"), Qt::CaseInsensitive)
                || index.data(SourceTableModel::UrlRole)
                       .toString()
                       .contains(QStringLiteral("password"), Qt::CaseInsensitive));
        }
        search->clear();
        auto *sidebar = child<FilterSidebar>(*window, "filterSidebar");
        sidebar->selectView(FilterSidebar::View::Type, QStringLiteral("files"));
        QCOMPARE(proxy->rowCount(), 175); // 7 % of 2,500
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, 0).data(SourceTableModel::SourceTypeRole).toString(),
                     QStringLiteral("files"));
        // A search that matches nothing says so instead of showing an empty table.
        QTest::keyClicks(search, QStringLiteral("zzzz-no-such-source"));
        auto *state = child<StatePage>(*window, "statePage");
        QCOMPARE(child<QStackedWidget>(*window, "centreStack")->currentWidget(), state);
        QCOMPARE(state->state(), StatePage::State::NoMatches);
        QTest::mouseClick(child<QPushButton>(*state, "stateButton"), Qt::LeftButton);
        QCOMPARE(proxy->rowCount(), 2500);
    }

    void clickingAHeaderSorts()
    {
        auto shown = openWindow();
        MainWindow *window = shown.window.get();
        waitLoaded(*window);
        auto *table = child<SourceTableView>(*window, "sourceTable");
        QHeaderView *header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(SourceTableModel::TitleColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        auto *proxy = window->session()->proxy();
        for (int row = 1; row < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row - 1, 0)
                        .data()
                        .toString()
                        .compare(proxy->index(row, 0).data().toString(), Qt::CaseInsensitive)
                    <= 0);
    }

    void copyIdsPutsOneIdPerLine()
    {
        auto shown = openWindow();
        MainWindow *window = shown.window.get();
        waitLoaded(*window);
        auto *table = child<SourceTableView>(*window, "sourceTable");
        table->setFocus();
        table->selectRow(0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualRect(table->model()->index(2, 0)).center());
        QCOMPARE(table->selectedIds().size(), 2);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList copied = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(copied.size(), 2);
        QCOMPARE(copied.at(0),
                 table->model()->index(0, 0).data(SourceTableModel::IdRole).toString());
        QCOMPARE(copied.at(1),
                 table->model()->index(2, 0).data(SourceTableModel::IdRole).toString());
        QVERIFY(
            child<QLabel>(*window, "totalsLabel")->text().contains(QStringLiteral("2 selected")));
    }

    void detailsFollowTheCurrentSource()
    {
        auto shown = openWindow();
        MainWindow *window = shown.window.get();
        waitLoaded(*window);
        auto *table = child<SourceTableView>(*window, "sourceTable");
        table->setCurrentIndex(table->model()->index(3, 0));
        const QString title =
            table->model()->index(3, SourceTableModel::TitleColumn).data().toString();
        QCOMPARE(child<QLabel>(*window, "detailsTitle")->text(), title);
        auto *content = child<QTextBrowser>(*window, "detailsContent");
        QTRY_VERIFY_WITH_TIMEOUT(!content->toPlainText().startsWith(QStringLiteral("Loading")),
                                 5000);
        QVERIFY(content->toPlainText().size() > 40);
    }

    void headerLayoutSurvivesARestart()
    {
        {
            auto shown = openWindow();
            MainWindow *window = shown.window.get();
            waitLoaded(*window);
            auto *table = child<SourceTableView>(*window, "sourceTable");
            QHeaderView *header = table->horizontalHeader();
            header->setSectionHidden(SourceTableModel::TypeColumn, true);
            header->setSectionHidden(SourceTableModel::IdColumn, false);
            header->moveSection(header->visualIndex(SourceTableModel::UpdatedColumn), 1);
            header->resizeSection(SourceTableModel::TitleColumn, 333);
            window->close();
        }
        auto shown = openWindow();
        MainWindow *window = shown.window.get();
        QHeaderView *header = child<SourceTableView>(*window, "sourceTable")->horizontalHeader();
        QVERIFY(header->isSectionHidden(SourceTableModel::TypeColumn));
        QVERIFY(!header->isSectionHidden(SourceTableModel::IdColumn));
        QCOMPARE(header->visualIndex(SourceTableModel::UpdatedColumn), 1);
        QCOMPARE(header->sectionSize(SourceTableModel::TitleColumn), 333);
        child<SourceTableView>(*window, "sourceTable")->resetColumns();
        QVERIFY(!header->isSectionHidden(SourceTableModel::TypeColumn));
        QVERIFY(header->isSectionHidden(SourceTableModel::IdColumn));
    }

    void exportWritesTheVisibleRows()
    {
        auto shown = openWindow();
        MainWindow *window = shown.window.get();
        waitLoaded(*window);
        child<FilterSidebar>(*window, "filterSidebar")
            ->selectView(FilterSidebar::View::Type, QStringLiteral("googledrive"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sources.csv"));
        m_prompter.setNextFileName(file);
        action(*window, "exportAction")->trigger();
        QFile csv(file);
        QTRY_VERIFY(csv.exists());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 200);
        QVERIFY(lines.first().startsWith("Title,"));
    }

    void askFiniForChangedSelectsThem()
    {
        HttpProbe probe(m_sandbox->url());
        const QJsonArray linked =
            probe
                .get(QStringLiteral("/v2/documents/public?limit=3&linkedOperation=UPDATE_ARTICLE"
                                    "&source=web"),
                     FiniSandbox::writeKey())
                .json.object()
                .value(QLatin1String("documents"))
                .toArray();
        QJsonArray ids;
        for (const QJsonValue &doc : linked)
            ids.append(doc.toObject().value(QLatin1String("id")));
        probe.post(QStringLiteral("/_sandbox/upstream-change"), {},
                   QJsonDocument(QJsonObject{{QStringLiteral("ids"), ids}}));
        probe.post(QStringLiteral("/v2/documents/public/refresh"), FiniSandbox::writeKey(),
                   QJsonDocument(QJsonObject{{QStringLiteral("documentIds"), ids}}));
        QTRY_COMPARE_WITH_TIMEOUT(
            probe
                .get(QStringLiteral("/v2/documents/public?changed=true&limit=100"),
                     FiniSandbox::writeKey())
                .json.object()
                .value(QLatin1String("documents"))
                .toArray()
                .size(),
            3, 5000);

        auto shown = openWindow();
        MainWindow *window = shown.window.get();
        waitLoaded(*window);
        action(*window, "askChangedAction")->trigger();
        auto *table = child<SourceTableView>(*window, "sourceTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->selectedIds().size(), 3, 5000);
        for (const QJsonValue &id : ids)
            QVERIFY(table->selectedIds().contains(id.toString()));
        table->clearSelection();
        action(*window, "selectChangedAction")->trigger();
        QCOMPARE(table->selectedIds().size(), 3);
    }

    void emptyWorkspaceSaysSo()
    {
        SandboxOptions options;
        options.sources = 0;
        FiniSandbox empty(options);
        QVERIFY(empty.start());
        FiniClientConfig config;
        config.baseUrl = empty.url();
        config.apiKey = FiniSandbox::readKey();
        auto shown = openWindow(config);
        MainWindow *window = shown.window.get();
        waitLoaded(*window);
        auto *state = child<StatePage>(*window, "statePage");
        QCOMPARE(state->state(), StatePage::State::Empty);
        QVERIFY(child<QLabel>(*state, "stateTitle")->text().contains(QStringLiteral("no sources")));
    }

    void revokedKeyExplainsTheFailure()
    {
        FiniClientConfig config = m_config;
        config.apiKey = FiniSandbox::revokedKey();
        auto shown = openWindow(config);
        MainWindow *window = shown.window.get();
        waitLoaded(*window);
        auto *state = child<StatePage>(*window, "statePage");
        QCOMPARE(state->state(), StatePage::State::Failed);
        QVERIFY(child<QLabel>(*state, "stateText")->text().contains(QStringLiteral("API key")));
    }
};

SOURCEDESK_TEST_MAIN(QApplication, MainWindowTest)
#include "tst_main_window.moc"
