#include "AppController.h"
#include "FiniSandbox.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Screenshots.h"
#include "ScriptedPrompter.h"
#include "SourceCache.h"
#include "SourceTableView.h"
#include "TestMain.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "WorkspaceDialog.h"
#include "WorkspaceLoader.h"
#include "WorkspaceSession.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// Workspaces and keys as a new user meets them: the welcome page, connecting with a key,
// restarting, read-only keys, switching, a locked keychain, a revoked key, removing.
class WorkspacesGuiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<FiniSandbox> m_sandbox;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    static inline QStringList s_log;

    std::unique_ptr<AppController> controller()
    {
        const QUrl url = m_sandbox->url();
        return std::make_unique<AppController>(
            m_secrets.get(),
            [url] {
                return std::optional<AppController::Endpoint>({url, FiniSandbox::writeKey()});
            },
            m_prompter.get());
    }

    // Answers the next workspace dialog as a user typing into it.
    void fillNextWorkspaceDialog(const QString &name, const QString &url, const QString &key)
    {
        m_prompter->setNextDialogHandler([=](QDialog &dialog) {
            if (!name.isNull())
                dialog.findChild<QLineEdit *>(QStringLiteral("workspaceName"))->setText(name);
            if (!url.isNull())
                dialog.findChild<QLineEdit *>(QStringLiteral("workspaceUrl"))->setText(url);
            dialog.findChild<QLineEdit *>(QStringLiteral("workspaceKey"))->setText(key);
            dialog.accept();
            return dialog.result();
        });
    }

    QString sandboxUrl() const { return m_sandbox->url().toString(); }

    static void waitLoaded(AppController &app)
    {
        QTRY_VERIFY_WITH_TIMEOUT(app.window() && !app.window()->session()->isLoading(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install();
        // Journals and other app data go to a throw-away place, never the user's.
        const QByteArray data = QDir::tempPath().toUtf8() + "/sourcedesk-test-data-"
                                + QByteArray::number(QCoreApplication::applicationPid());
        qputenv("XDG_DATA_HOME", data);
        qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &text) { s_log.append(text); });
        QLoggingCategory::setFilterRules(QStringLiteral("sourcedesk.*=true"));
        SandboxOptions options;
        options.sources = 300;
        options.pendingMs = 50;
        options.runningMs = 100;
        m_sandbox = std::make_unique<FiniSandbox>(options);
        QVERIFY(m_sandbox->start());
    }

    void init()
    {
        m_settings = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings->path());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_prompter->setAutoAnswer(true);
    }

    void firstStartWelcomesAndConnectsWithAKey()
    {
        auto app = controller();
        app->start(false);
        QVERIFY(app->welcome());
        QVERIFY(app->welcome()->isVisible());
        QVERIFY(!app->window());
        QVERIFY(Screenshots::save(*app->welcome(), QStringLiteral("welcome.png")));

        fillNextWorkspaceDialog(QStringLiteral("Acme support"), sandboxUrl(),
                                QStringLiteral("  Bearer fini_demo_write \n"));
        QTest::mouseClick(
            app->welcome()->findChild<QPushButton *>(QStringLiteral("connectWorkspaceButton")),
            Qt::LeftButton);
        // The key is stored first (the keychain answers asynchronously), then the window opens.
        QTRY_VERIFY(app->window());
        QCOMPARE(app->window()->windowTitle(), QStringLiteral("Acme support — Sourcedesk"));
        waitLoaded(*app);
        QCOMPARE(app->window()->session()->model()->rowCount(), 300);
        const WorkspaceConfig saved = app->store().workspaces().constFirst();
        QCOMPARE(m_secrets->secrets.value(saved.keyReference), QStringLiteral("fini_demo_write"));

        // A restart opens the workspace again without asking for the key.
        app.reset();
        auto again = controller();
        again->start(false);
        QTRY_VERIFY(again->window());
        QCOMPARE(again->window()->windowTitle(), QStringLiteral("Acme support — Sourcedesk"));
        waitLoaded(*again);
        QCOMPARE(again->window()->session()->model()->rowCount(), 300);

        // Neither a settings file, the activity journal nor the log holds the key.
        QStringList written{m_settings->path(),
                            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
        int checked = 0;
        for (const QString &dir : written) {
            QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains("fini_demo_write"), qPrintable(file.fileName()));
                ++checked;
            }
        }
        QVERIFY(checked > 1); // the settings and at least one journal
        QVERIFY(!s_log.isEmpty());
        for (const QString &line : std::as_const(s_log))
            QVERIFY2(!line.contains(QStringLiteral("fini_demo_write")), qPrintable(line));
    }

    void plainHttpToAnotherHostIsRefusedBeforeAnyRequest()
    {
        WorkspaceDialog dialog({}, false);
        dialog.findChild<QLineEdit *>(QStringLiteral("workspaceName"))
            ->setText(QStringLiteral("X"));
        dialog.findChild<QLineEdit *>(QStringLiteral("workspaceUrl"))
            ->setText(QStringLiteral("http://api-prod.usefini.com"));
        dialog.findChild<QLineEdit *>(QStringLiteral("workspaceKey"))
            ->setText(QStringLiteral("fini_x"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("testResult"))
                    ->text()
                    .contains(QStringLiteral("https://")));
        dialog.testConnection();
        QVERIFY(!dialog.lastTest()); // nothing was sent
    }

    void keyFieldIsMaskedWithARevealToggle()
    {
        WorkspaceDialog dialog({}, false);
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("workspaceKey"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        dialog.findChild<QAction *>(QStringLiteral("revealKeyAction"))->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
    }

    void testConnectionReportsWhatTheKeyCanDo()
    {
        WorkspaceDialog dialog({}, false);
        dialog.findChild<QLineEdit *>(QStringLiteral("workspaceName"))
            ->setText(QStringLiteral("R"));
        dialog.findChild<QLineEdit *>(QStringLiteral("workspaceUrl"))->setText(sandboxUrl());
        dialog.findChild<QLineEdit *>(QStringLiteral("workspaceKey"))
            ->setText(FiniSandbox::readKey());
        QSignalSpy tested(&dialog, &WorkspaceDialog::tested);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(tested.size(), 1);
        dialog.findChild<QLineEdit *>(QStringLiteral("workspaceKey"))
            ->setText(QStringLiteral("fini_••••"));
        QVERIFY(Screenshots::save(dialog, QStringLiteral("workspace-dialog.png")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("testResult"))
                    ->text()
                    .contains(QStringLiteral("read only")));
    }

    // Refresh and Generate stay on with a read-only key: chosen, they say why they cannot run
    // (issue 12, item 11), instead of doing nothing.
    void readOnlyKeySaysWhyWhenWriteActionsAreChosen()
    {
        auto app = controller();
        app->start(false);
        fillNextWorkspaceDialog(QStringLiteral("Reader"), sandboxUrl(), FiniSandbox::readKey());
        app->addWorkspace();
        QTRY_VERIFY(app->window());
        waitLoaded(*app);
        auto *table = app->window()->findChild<SourceTableView *>(QStringLiteral("sourceTable"));
        table->selectRow(0);
        QAction *refresh = app->window()->findChild<QAction *>(QStringLiteral("refreshAction"));
        QTRY_VERIFY(refresh->toolTip().contains(QStringLiteral("can only read")));
        for (const char *name : {"refreshAction", "generateAction", "guidedAction"}) {
            QAction *action = app->window()->findChild<QAction *>(QLatin1String(name));
            QVERIFY(action->isEnabled());
            action->trigger();
            QCOMPARE(m_prompter->lastTitle(), QStringLiteral("This key can only read"));
            QVERIFY(m_prompter->lastText().contains(QStringLiteral("write scope")));
            QVERIFY(!app->window()->session()->operationRunning());
        }
    }

    void switchingNeverMixesWorkspaces()
    {
        auto app = controller();
        app->start(false);
        fillNextWorkspaceDialog(QStringLiteral("Demo copy"), sandboxUrl(), FiniSandbox::writeKey());
        app->addWorkspace();
        QTRY_VERIFY(app->window());
        waitLoaded(*app);
        QSet<QString> firstIds;
        for (int row = 0; row < app->window()->session()->model()->rowCount(); ++row)
            firstIds.insert(app->window()->session()->model()->row(row).id);
        const QString first = app->currentWorkspace();

        fillNextWorkspaceDialog(QStringLiteral("Other"), sandboxUrl(),
                                FiniSandbox::otherWorkspaceKey());
        app->addWorkspace();
        QTRY_COMPARE(app->window()->windowTitle(), QStringLiteral("Other — Sourcedesk"));
        waitLoaded(*app);
        QCOMPARE(app->window()->session()->model()->rowCount(), 50);
        for (int row = 0; row < 50; ++row)
            QVERIFY(!firstIds.contains(app->window()->session()->model()->row(row).id));

        app->window()->findChild<QAction *>(QStringLiteral("switchTo-") + first)->trigger();
        QTRY_COMPARE(app->currentWorkspace(), first);
        waitLoaded(*app);
        QCOMPARE(app->window()->session()->model()->rowCount(), 300);
    }

    void lockedKeychainOffersThisSessionOnly()
    {
        m_secrets->failWith = SecretStore::Status::Locked;
        auto app = controller();
        app->start(false);
        fillNextWorkspaceDialog(QStringLiteral("Locked"), sandboxUrl(), FiniSandbox::writeKey());
        app->addWorkspace();
        QTRY_VERIFY(m_prompter->lastText().contains(QStringLiteral("this session only")));
        QVERIFY(m_prompter->lastText().contains(QStringLiteral("locked")));
        waitLoaded(*app);
        QCOMPARE(app->window()->session()->model()->rowCount(), 300);
        QVERIFY(m_secrets->secrets.isEmpty()); // nothing stored anywhere else either
    }

    void revokedKeyAsksForANewOne()
    {
        auto app = controller();
        app->start(false);
        fillNextWorkspaceDialog(QStringLiteral("Revoked"), sandboxUrl(), FiniSandbox::revokedKey());
        app->addWorkspace();
        // Fini answers 401; the user is asked for a new key and types a valid one.
        fillNextWorkspaceDialog(QString(), QString(), FiniSandbox::writeKey());
        QTRY_VERIFY_WITH_TIMEOUT(
            app->window() && app->window()->session()->model()->rowCount() == 300, 10000);
        QVERIFY(m_prompter->lastText().contains(QStringLiteral("did not accept the API key")));
        const WorkspaceConfig saved = *app->store().find(app->currentWorkspace());
        QCOMPARE(m_secrets->secrets.value(saved.keyReference), FiniSandbox::writeKey());
    }

    void removingAWorkspaceDeletesItsKeyAndSavedTable()
    {
        auto app = controller();
        app->start(false);
        fillNextWorkspaceDialog(QStringLiteral("Temporary"), sandboxUrl(), FiniSandbox::writeKey());
        app->addWorkspace();
        QTRY_VERIFY(app->window());
        const WorkspaceConfig saved = *app->store().find(app->currentWorkspace());
        QVERIFY(m_secrets->secrets.contains(saved.keyReference));
        // The table is kept once it has loaded.
        const QString cache = SourceCache::defaultPath(QStringLiteral("workspace-") + saved.id);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(cache), 10000);
        app->window()->findChild<QAction *>(QStringLiteral("removeWorkspaceAction"))->trigger();
        QTRY_VERIFY(!m_secrets->secrets.contains(saved.keyReference));
        QVERIFY(app->store().workspaces().isEmpty());
        QTRY_VERIFY(app->welcome());
        QVERIFY(!QFile::exists(cache));
    }

    void demoWorkspaceIsNamedSo()
    {
        auto app = controller();
        app->start(true);
        QVERIFY(app->window()->windowTitle().startsWith(QStringLiteral("Demo workspace")));
        QVERIFY(!app->window()
                     ->findChild<QAction *>(QStringLiteral("editWorkspaceAction"))
                     ->isEnabled());
    }
};

SOURCEDESK_TEST_MAIN(QApplication, WorkspacesGuiTest)
#include "tst_workspaces_gui.moc"
