#include "FiniSandbox.h"
#include "HttpProbe.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "ResourceTreeModel.h"
#include "Screenshots.h"
#include "ScriptedPrompter.h"
#include "ShownWorkspace.h"
#include "SourceTableView.h"
#include "TestMain.h"
#include "TestPlaces.h"
#include "Translations.h"
#include "WindowActions.h"
#include "WorkspaceSession.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

// Importing from a provider connected in Fini (issue 15, part 5): the provider's tree with
// check boxes and a search, registering the chosen items, queueing their ingestion and
// following them like added web pages; and every way it can go wrong.
class ImportSourcesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    SandboxOptions m_options;
    std::unique_ptr<FiniSandbox> m_sandbox;
    ScriptedPrompter m_prompter;
    ShownWorkspace m_shown{&m_prompter};

    void open(const QString &scope, const QString &key = FiniSandbox::writeKey())
    {
        ShownWorkspace::Options options;
        options.retryBaseDelayMs = 5;
        options.retryMaxDelayMs = 10;
        QVERIFY(m_shown.open(m_sandbox->url(), key, scope, options));
    }

    WorkspaceSession *session() const { return m_shown.session(); }
    SourceTableView *table() const { return m_shown.child<SourceTableView>("sourceTable"); }
    int answers(const QString &route, const QString &status) const
    {
        return HttpProbe(m_sandbox->url()).answers(route, status);
    }
    static QString resourcesRoute(const QString &method, const QString &provider)
    {
        return method + QStringLiteral(" /v2/documents/public/resources/") + provider;
    }

    void setFaults(int failFirst)
    {
        SandboxOptions faults = m_options;
        faults.failFirst = failFirst;
        m_sandbox->setFaults(faults);
    }

    void connectProviders(const QStringList &providers)
    {
        HttpProbe(m_sandbox->url())
            .post(QStringLiteral("/_sandbox/providers"), {},
                  QJsonDocument(QJsonObject{
                      {QStringLiteral("connected"), QJsonArray::fromStringList(providers)}}));
    }

    // Opens the import dialog and handles it as `answer` says.
    void importThroughDialog(std::function<void(ImportDialog &dialog)> answer)
    {
        QVERIFY(m_prompter.throughNextDialog(
            [this] { m_shown.window()->actions()->importResources->trigger(); },
            [answer](QDialog &dialog) { answer(static_cast<ImportDialog &>(dialog)); }));
    }

    static QString statusOf(const ImportDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("importStatus"))->text();
    }

    static void choose(ImportDialog &dialog, const QString &provider)
    {
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("importProvider"));
        box->setCurrentIndex(box->findData(provider));
    }

    static QAbstractItemModel *shownTree(ImportDialog &dialog)
    {
        return dialog.findChild<QTreeView *>(QStringLiteral("importTree"))->model();
    }

    // Waits until the tree of `provider` is shown.
    static bool waitLoaded(ImportDialog &dialog)
    {
        return QTest::qWaitFor([&dialog] { return dialog.model()->rowCount() > 0; }, 10000);
    }

    // Checks the item at `path` (rows from the top) as a click on its box would.
    static void check(ImportDialog &dialog, std::initializer_list<int> path)
    {
        QAbstractItemModel *tree = shownTree(dialog);
        QModelIndex index;
        for (const int row : path)
            index = tree->index(row, 0, index);
        QVERIFY(tree->setData(index, Qt::Checked, Qt::CheckStateRole));
    }

    static QString titleAt(ImportDialog &dialog, std::initializer_list<int> path)
    {
        QAbstractItemModel *tree = shownTree(dialog);
        QModelIndex index;
        for (const int row : path)
            index = tree->index(row, 0, index);
        return index.data().toString();
    }

    static void clickImport(ImportDialog &dialog, QString *label = nullptr)
    {
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        if (label)
            *label = button->text();
        button->click();
    }

    static QStringList urlsOf(const QList<ProviderResource> &items)
    {
        QStringList urls;
        for (const ProviderResource &item : items)
            urls << item.url;
        return urls;
    }

    // The rows of the table at these addresses (titles repeat), with the type of each and
    // what its "Last action" says.
    QHash<QString, QString> lastActions(const QStringList &urls) const
    {
        QHash<QString, QString> found;
        const SourceTableModel *model = session()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (urls.contains(model->row(row).url))
                found.insert(
                    model->row(row).url,
                    model->row(row).source + QLatin1Char(' ')
                        + model->index(row, SourceTableModel::ActionColumn).data().toString());
        }
        return found;
    }

    // A Notion page as the dialog would pick it.
    static ProviderResource page(const QString &id)
    {
        ProviderResource resource;
        resource.externalId = id;
        resource.title = QStringLiteral("Page ") + id;
        resource.url = QStringLiteral("https://www.notion.so/acme/") + id;
        resource.mimeType = QStringLiteral("text/markdown");
        resource.kind = QStringLiteral("page");
        return resource;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install();
        QVERIFY(m_settingsDir.isValid());
        TestPlaces::useThrowAway(m_settingsDir.path());
        m_options.sources = 200;
        m_options.pendingMs = 50;
        m_options.runningMs = 100;
        m_sandbox = std::make_unique<FiniSandbox>(m_options);
        QVERIFY(m_sandbox->start());
    }

    void cleanup()
    {
        setFaults(0);
        m_prompter.setAutoAnswer(std::nullopt);
        m_shown.close();
        HttpProbe(m_sandbox->url()).post(QStringLiteral("/_sandbox/reset"), {}, {});
    }

    void importFromNotionFlat()
    {
        open(QStringLiteral("import-notion"));
        QString status;
        QString button;
        QStringList urls;
        importThroughDialog([&](ImportDialog &dialog) {
            QVERIFY(waitLoaded(dialog));
            status = statusOf(dialog);
            QCOMPARE(shownTree(dialog)->rowCount(), 30); // flat: no item has children
            for (int row = 0; row < 3; ++row)
                check(dialog, {row});
            urls = urlsOf(dialog.chosen());
            clickImport(dialog, &button);
        });
        QCOMPARE(status, QStringLiteral("Notion offers 30 pages; 0 of them already in this "
                                        "workspace."));
        QCOMPARE(button, QStringLiteral("Import 3 pages"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_shown.messageBarText(),
            QStringLiteral("Fini has read the 3 pages imported from Notion: 3 ready."), 15000);
        const QHash<QString, QString> actions = lastActions(urls);
        QCOMPARE(actions.size(), 3);
        for (const QString &action : actions)
            QCOMPARE(action, QStringLiteral("notion Added"));
        QCOMPARE(table()->selectedIds().size(), 3);
        QVERIFY(table()->currentIndex().isValid());
        QCOMPARE(answers(resourcesRoute(QStringLiteral("POST"), QStringLiteral("notion")),
                         QStringLiteral("200")),
                 1);
        // Fini leaves out what it imported: the dialog offers the others only.
        importThroughDialog([&](ImportDialog &dialog) {
            QVERIFY(waitLoaded(dialog));
            status = statusOf(dialog);
        });
        QCOMPARE(status, QStringLiteral("Notion offers 27 pages; 0 of them already in this "
                                        "workspace."));
    }

    void importFromZendeskTree()
    {
        open(QStringLiteral("import-zendesk"));
        QString button;
        QString summary;
        Qt::CheckState category = Qt::Unchecked;
        QStringList urls;
        importThroughDialog([&](ImportDialog &dialog) {
            choose(dialog, QStringLiteral("zendesk"));
            QVERIFY(waitLoaded(dialog));
            QAbstractItemModel *tree = shownTree(dialog);
            QCOMPARE(tree->rowCount(), 3); // categories
            const QModelIndex firstCategory = tree->index(0, 0);
            QCOMPARE(tree->rowCount(firstCategory), 3);                    // sections
            QCOMPARE(tree->rowCount(tree->index(0, 0, firstCategory)), 4); // articles
            check(dialog, {0, 0}); // the first section: its four articles
            category = tree->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>();
            urls = urlsOf(dialog.chosen());
            summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            QVERIFY(Screenshots::save(dialog, QStringLiteral("import-tree.png")));
            clickImport(dialog, &button);
        });
        QCOMPARE(category, Qt::PartiallyChecked);
        QCOMPARE(summary, QStringLiteral("4 checked."));
        QCOMPARE(button, QStringLiteral("Import 4 articles"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_shown.messageBarText(),
            QStringLiteral("Fini has read the 4 articles imported from Zendesk: 4 ready."), 15000);
        const QHash<QString, QString> actions = lastActions(urls);
        QCOMPARE(actions.size(), 4);
        for (const QString &action : actions)
            QCOMPARE(action, QStringLiteral("zendesk Added"));
    }

    void theSearchFiltersTheTree()
    {
        open(QStringLiteral("import-search"));
        int categories = 0;
        int articles = 0;
        QString wanted;
        importThroughDialog([&](ImportDialog &dialog) {
            choose(dialog, QStringLiteral("zendesk"));
            QVERIFY(waitLoaded(dialog));
            wanted = titleAt(dialog, {1, 2, 3});
            dialog.findChild<QLineEdit *>(QStringLiteral("importSearch"))->setText(wanted);
            QAbstractItemModel *tree = shownTree(dialog);
            categories = tree->rowCount();
            for (int c = 0; c < tree->rowCount(); ++c) {
                const QModelIndex category = tree->index(c, 0);
                for (int s = 0; s < tree->rowCount(category); ++s)
                    articles += tree->rowCount(tree->index(s, 0, category));
            }
            // "Check all shown" checks what the search shows, and nothing else.
            dialog.findChild<QPushButton *>(QStringLiteral("importCheckShown"))->click();
            QCOMPARE(dialog.model()->checkedCount(), articles);
            QVERIFY(dialog.chosen().first().title.contains(wanted, Qt::CaseInsensitive));
        });
        QVERIFY(categories >= 1);
        QVERIFY2(articles >= 1 && articles < 36, qPrintable(QString::number(articles)));
    }

    void importFromConfluenceSpaces()
    {
        open(QStringLiteral("import-confluence"));
        QString button;
        Qt::CheckState space = Qt::Unchecked;
        importThroughDialog([&](ImportDialog &dialog) {
            choose(dialog, QStringLiteral("confluence"));
            QVERIFY(waitLoaded(dialog));
            QCOMPARE(shownTree(dialog)->rowCount(), 3); // spaces
            check(dialog, {0});                         // a whole space
            space = shownTree(dialog)->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>();
            clickImport(dialog, &button);
        });
        QCOMPARE(space, Qt::Checked);
        QCOMPARE(button, QStringLiteral("Import 8 pages"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_shown.messageBarText(),
            QStringLiteral("Fini has read the 8 pages imported from Confluence: 8 ready."), 15000);
        const std::optional<WorkspaceSession::Result> &result = session()->lastResult();
        QCOMPARE(result->add.addedIds.size(), 8);
        QVERIFY(result->add.updatedIds.isEmpty());
    }

    // An item Fini failed to read stays on offer; it is a source already, so importing it
    // again registers it as known and queues it to be refreshed (documentIdsToRefresh).
    void aFailedItemIsOfferedAgainAndRefreshed()
    {
        open(QStringLiteral("import-again"));
        const auto importSecondSpaceFourthPage = [this](QString *column) {
            importThroughDialog([column](ImportDialog &dialog) {
                choose(dialog, QStringLiteral("confluence"));
                QVERIFY(waitLoaded(dialog));
                // The sandbox cannot read one item in twelve: the 12th page is this one.
                check(dialog, {1, 3});
                *column =
                    shownTree(dialog)
                        ->index(3, ResourceTreeModel::StateColumn, shownTree(dialog)->index(1, 0))
                        .data()
                        .toString();
                clickImport(dialog);
            });
        };
        QString firstTime;
        importSecondSpaceFourthPage(&firstTime);
        QCOMPARE(firstTime, QString());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_shown.messageBarText(),
            QStringLiteral("Fini has read the 1 page imported from Confluence: 0 ready, 1 failed."),
            15000);
        QVERIFY(session()->lastResult()->add.updatedIds.isEmpty());
        QString secondTime;
        importSecondSpaceFourthPage(&secondTime);
        QCOMPARE(secondTime, QStringLiteral("Already a source: refreshed"));
        // The bar says the same as the first time: wait for the second import's end.
        QTRY_COMPARE_WITH_TIMEOUT(session()->lastResult()->add.updatedIds.size(), 1, 15000);
        QCOMPARE(m_shown.messageBarText(),
                 QStringLiteral(
                     "Fini has read the 1 page imported from Confluence: 0 ready, 1 failed."));
        QVERIFY(session()->lastResult()->add.addedIds.isEmpty());
        QCOMPARE(session()->lastResult()->add.updatedIds.size(), 1);
    }

    void aProviderNotConnectedSaysWhereToConnectIt()
    {
        connectProviders({QStringLiteral("notion"), QStringLiteral("confluence")});
        open(QStringLiteral("import-not-connected"));
        QString status;
        bool retryShown = false;
        int afterConnecting = 0;
        importThroughDialog([&](ImportDialog &dialog) {
            choose(dialog, QStringLiteral("zendesk"));
            auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("importRetry"));
            QTRY_VERIFY(!retry->isHidden());
            retryShown = true;
            status = statusOf(dialog);
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
            // Connected in Fini meanwhile: Try again shows the tree.
            connectProviders(SandboxProviders::names());
            retry->click();
            QVERIFY(waitLoaded(dialog));
            afterConnecting = dialog.model()->importableCount();
        });
        QVERIFY(retryShown);
        QCOMPARE(status, QStringLiteral("Zendesk is not connected to this workspace. Connect it in "
                                        "Fini's dashboard, where the workspace's integrations are "
                                        "set up, then try again."));
        QCOMPARE(afterConnecting, 36);
        QCOMPARE(answers(resourcesRoute(QStringLiteral("GET"), QStringLiteral("zendesk")),
                         QStringLiteral("400")),
                 1);
    }

    // Register provider resources answers 400 for an item without one of its four fields:
    // that item is reported with Fini's reason, the others are imported.
    void anItemFiniRefusesIsReportedWithItsReason()
    {
        open(QStringLiteral("import-400"));
        const ProviderResource good = page(QStringLiteral("custom-good"));
        ProviderResource bad = page(QStringLiteral("custom-bad"));
        bad.title = QStringLiteral("Page without an address");
        bad.url.clear();
        session()->importResources(QStringLiteral("notion"), {good, bad});
        QTRY_COMPARE_WITH_TIMEOUT(
            m_shown.messageBarText(),
            QStringLiteral("Fini has read the 1 page imported from Notion: 1 ready. 1 item was not "
                           "imported; the details say why."),
            15000);
        QCOMPARE(m_shown.messageBarDetails(),
                 QStringLiteral("Page without an address: Fini refused it and said: “Resource "
                                "custom-bad lacks originalUrl.”."));
        QCOMPARE(answers(resourcesRoute(QStringLiteral("POST"), QStringLiteral("notion")),
                         QStringLiteral("400")),
                 1);
    }

    void aReadOnlyKeyIsRefused()
    {
        open(QStringLiteral("import-403"), FiniSandbox::readKey());
        importThroughDialog([](ImportDialog &dialog) {
            QVERIFY(waitLoaded(dialog)); // listing needs the read scope only
            check(dialog, {0});
            clickImport(dialog);
        });
        QTRY_COMPARE(m_prompter.lastTitle(), QStringLiteral("Nothing was imported from Notion"));
        QCOMPARE(m_prompter.lastText(),
                 QStringLiteral("This API key can read but not change sources, or the sources "
                                "belong to another workspace. Create a key with the write scope "
                                "in Fini (Deploy → API Keys) and use it for this workspace."));
        QVERIFY(!m_prompter.lastErrorOfferedRetry());
        QCOMPARE(answers(resourcesRoute(QStringLiteral("POST"), QStringLiteral("notion")),
                         QStringLiteral("403")),
                 1);
    }

    void aRevokedKeyIsExplained()
    {
        open(QStringLiteral("import-401"));
        const QString revoked =
            QStringLiteral("Fini did not accept the API key: it is missing, mistyped or was "
                           "revoked. Enter a valid key for this workspace (Fini: Deploy → API "
                           "Keys).");
        QSignalSpy rejected(session(), &WorkspaceSession::keyRejected);
        QString status;
        importThroughDialog([&](ImportDialog &dialog) {
            QVERIFY(waitLoaded(dialog));
            // Revoked while the dialog is open: a new list is refused, and so is an import.
            m_shown.session()->client()->setApiKey(FiniSandbox::revokedKey());
            choose(dialog, QStringLiteral("confluence"));
            QTRY_VERIFY(
                !dialog.findChild<QPushButton *>(QStringLiteral("importRetry"))->isHidden());
            status = statusOf(dialog);
        });
        QCOMPARE(status, revoked);
        session()->importResources(QStringLiteral("notion"), {page(QStringLiteral("x1"))});
        QTRY_COMPARE(m_prompter.lastText(), revoked);
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("Nothing was imported from Notion"));
        QCOMPARE(rejected.size(), 1);
    }

    // A server error is tried again: the list at once (a read), the registration once.
    void aServerErrorIsTriedAgain()
    {
        open(QStringLiteral("import-500"));
        QString status;
        setFaults(1);
        importThroughDialog([&](ImportDialog &dialog) {
            QVERIFY(waitLoaded(dialog));
            status = statusOf(dialog);
            check(dialog, {0});
            setFaults(1);
            clickImport(dialog);
        });
        QCOMPARE(status, QStringLiteral("Notion offers 30 pages; 0 of them already in this "
                                        "workspace."));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_shown.messageBarText(),
            QStringLiteral("Fini has read the 1 page imported from Notion: 1 ready."), 15000);
        for (const QString &method : {QStringLiteral("GET"), QStringLiteral("POST")}) {
            const QString route = resourcesRoute(method, QStringLiteral("notion"));
            QCOMPARE(answers(route, QStringLiteral("500")), 1);
            QCOMPARE(answers(route, QStringLiteral("200")), 1);
        }
    }

    void aSecondServerErrorIsReportedWithRetry()
    {
        open(QStringLiteral("import-500-twice"));
        m_prompter.keepNextErrorOpen();
        importThroughDialog([this](ImportDialog &dialog) {
            QVERIFY(waitLoaded(dialog));
            check(dialog, {0});
            setFaults(2); // the registration and its one retry
            clickImport(dialog);
        });
        QTRY_COMPARE(m_prompter.openQuestions(), 1);
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("Nothing was imported from Notion"));
        QCOMPARE(m_prompter.lastText(),
                 QStringLiteral("Registering the provider's pages failed because of a problem at "
                                "Fini (HTTP 500). Nothing on your side is wrong; try again in a "
                                "few minutes."));
        QVERIFY(m_prompter.lastErrorOfferedRetry());
        QCOMPARE(answers(resourcesRoute(QStringLiteral("POST"), QStringLiteral("notion")),
                         QStringLiteral("500")),
                 2);
        // Retry imports the same pages without asking again.
        QVERIFY(m_prompter.answer(true));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_shown.messageBarText(),
            QStringLiteral("Fini has read the 1 page imported from Notion: 1 ready."), 15000);
    }
};

SOURCEDESK_TEST_MAIN(QApplication, ImportSourcesTest)
#include "tst_import_sources.moc"
