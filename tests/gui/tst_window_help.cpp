#include "AboutDialog.h"
#include "ActivityModel.h"
#include "AppController.h"
#include "FiniClient.h"
#include "FiniSandbox.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "QuickSandbox.h"
#include "Screenshots.h"
#include "ScriptedPrompter.h"
#include "ShownWorkspace.h"
#include "TestMain.h"
#include "TestPlaces.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "WorkspaceSession.h"

#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

namespace {
// Marks every Activity panel text it translates, to tell whether texts are translated when
// they are shown or were kept from an earlier translation.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return qstrcmp(context, "ActivityPanel") == 0
                   ? QStringLiteral("[") + QString::fromUtf8(sourceText) + QStringLiteral("]")
                   : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

// The Help menu, the About box, the welcome page's menus and the Activity panel (issue 12,
// items 13 and 14): what they say, and that each offers its way out or further.
class WindowHelpTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<FiniSandbox> m_sandbox;
    ScriptedPrompter m_prompter;
    ShownWorkspace m_shown{&m_prompter};
    QString m_opened;

    void open(const QString &scope)
    {
        QVERIFY(m_shown.open(m_sandbox->url(), FiniSandbox::writeKey(), scope));
    }

    template<typename T>
    T *child(const char *name)
    {
        return m_shown.child<T>(name);
    }

    // The next dialog of ours is handed to `inspect`; m_opened says which it was.
    void inspectNextDialog(const std::function<void(QDialog &)> &inspect)
    {
        m_opened.clear();
        m_prompter.setNextDialogHandler([this, inspect](QDialog &dialog) {
            m_opened = dialog.objectName();
            inspect(dialog);
            return int(QDialog::Rejected);
        });
    }

    // Generates knowledge from the first `count` sources, as drafts, and waits until the
    // Activity panel shows the generation finished.
    QTreeView *generateAndShowActivity(int count)
    {
        QStringList ids;
        for (int row = 0; row < count; ++row)
            ids << m_shown.session()->model()->row(row).id;
        QSignalSpy finished(m_shown.session(), &WorkspaceSession::generateFinished);
        m_shown.session()->generate(ids, GenerateOptions{});
        if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 20000))
            return nullptr;
        child<QAction>("activityAction")->trigger();
        auto *panel = child<QTreeView>("activityPanel");
        const QAbstractItemModel *operations = panel->model();
        const bool shown = QTest::qWaitFor(
            [&] {
                return operations->rowCount() > 0
                       && operations->index(0, ActivityModel::StateColumn).data().toString()
                              == QStringLiteral("Finished")
                       && operations->rowCount(operations->index(0, 0)) == count;
            },
            10000);
        return shown ? panel : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install();
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        QVERIFY(m_settingsDir.isValid());
        TestPlaces::useThrowAway(m_settingsDir.path());
        m_sandbox = QuickSandbox::start(300);
        QVERIFY(m_sandbox);
    }

    void cleanup() { m_shown.close(); }

    void aboutSaysVersionLicenceAndWhereToReadMore()
    {
        open(QStringLiteral("help-about"));
        inspectNextDialog([](QDialog &dialog) {
            const auto text = [&dialog](const char *name) {
                auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
                return label ? label->text() : QString();
            };
            QCOMPARE(text("aboutVersion"), QStringLiteral("Sourcedesk 9.8.7"));
            QVERIFY(text("aboutDescription").startsWith(QStringLiteral("Sourcedesk keeps")));
            const QString licence = text("aboutLicence");
            for (const QString &part :
                 {QStringLiteral("Proprietary"), QStringLiteral("LGPLv3"),
                  QStringLiteral("href=\"#licence\""), QStringLiteral("href=\"#notices\""),
                  AboutDialog::guideUrl().toString()})
                QVERIFY2(licence.contains(part), qPrintable(part + QStringLiteral(": ") + licence));
            // The licence and the notices are in the app, one click away.
            auto *licenceText = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
            QVERIFY(licenceText->toPlainText().startsWith(QStringLiteral("Sourcedesk\nCopyright")));
            auto *notices = dialog.findChild<QPlainTextEdit *>(QStringLiteral("noticesText"));
            QVERIFY(notices->toPlainText().contains(QStringLiteral("QtKeychain")));
            auto *aboutLabel = dialog.findChild<QLabel *>(QStringLiteral("aboutLicence"));
            Q_EMIT aboutLabel->linkActivated(QStringLiteral("#notices"));
            QVERIFY(notices->isVisibleTo(&dialog));
            QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("aboutQtButton")));
            dialog.findChild<QTabWidget *>(QStringLiteral("aboutTabs"))->setCurrentIndex(0);
            QVERIFY(Screenshots::save(dialog, QStringLiteral("about.png")));
        });
        child<QAction>("aboutAction")->trigger();
        QTRY_COMPARE(m_opened, QStringLiteral("aboutDialog"));
        QVERIFY(!QTest::currentTestFailed());

        // Help also has Qt's own About and the guide.
        QStringList help;
        for (QAction *menu : m_shown.window()->menuBar()->actions()) {
            if (menu->text() == QStringLiteral("&Help"))
                for (QAction *action : menu->menu()->actions())
                    help << action->text().remove(QLatin1Char('&'));
        }
        QVERIFY2(help.contains(QStringLiteral("About Qt")),
                 qPrintable(help.join(QStringLiteral("|"))));
        QVERIFY(help.contains(QStringLiteral("Keyboard shortcuts")));
        QVERIFY(help.contains(QStringLiteral("Sourcedesk user guide")));
    }

    void shortcutsAreReadFromTheActions()
    {
        open(QStringLiteral("help-shortcuts"));
        // An action added to a menu is listed too: the list is not written by hand.
        auto *added = new QAction(QStringLiteral("&Test action…"), m_shown.window());
        added->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+9")));
        m_shown.window()->workspaceMenu()->addAction(added);
        QHash<QString, QString> expected;
        for (QAction *menu : m_shown.window()->menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (!action->shortcut().isEmpty())
                    expected.insert(action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                    action->shortcut().toString(QKeySequence::NativeText));
            }
        }
        QVERIFY(expected.size() >= 8);
        QHash<QString, QString> listed;
        inspectNextDialog([&listed](QDialog &dialog) {
            auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
            for (int row = 0; row < list->topLevelItemCount(); ++row) {
                const QTreeWidgetItem *item = list->topLevelItem(row);
                if (!item->text(1).isEmpty())
                    listed.insert(item->text(0), item->text(1));
            }
            QVERIFY(Screenshots::save(dialog, QStringLiteral("shortcuts.png")));
        });
        child<QAction>("shortcutsAction")->trigger();
        QTRY_COMPARE(m_opened, QStringLiteral("shortcutsDialog"));
        QCOMPARE(listed, expected);
        QCOMPARE(listed.value(QStringLiteral("Refresh selected")), QStringLiteral("Ctrl+R"));
        QCOMPARE(listed.value(QStringLiteral("Test action")), QStringLiteral("Ctrl+Shift+9"));
    }

    void theWelcomePageHasMenusAndQuits()
    {
        MemorySecretStore secrets;
        ScriptedPrompter prompter;
        AppController app(&secrets, {}, &prompter);
        app.start(false);
        WelcomePage *welcome = app.welcome();
        QVERIFY(welcome);
        QVERIFY(QTest::qWaitForWindowActive(welcome));
        QVERIFY(welcome->findChild<QMenuBar *>(QStringLiteral("welcomeMenuBar")));
        const auto action = [welcome](const char *name) {
            return welcome->findChild<QAction *>(QLatin1String(name));
        };
        QVERIFY(action("welcomeAddWorkspaceAction"));

        QString opened;
        const auto record = [&opened](QDialog &dialog) {
            opened = dialog.objectName();
            return int(QDialog::Rejected);
        };
        prompter.setNextDialogHandler(record);
        action("welcomeAboutAction")->trigger();
        QTRY_COMPARE(opened, QStringLiteral("aboutDialog"));
        prompter.setNextDialogHandler(record);
        action("welcomeAddWorkspaceAction")->trigger();
        QTRY_COMPARE(opened, QStringLiteral("workspaceDialog"));

        QCOMPARE(action("welcomeQuitAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
        QTRY_COMPARE(prompter.openPrompts(), 0);
        welcome->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), welcome);
        QTest::keyClick(welcome, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!welcome->isVisible());
    }

    void activityColumnsFitAndArticlesCanBeCopied()
    {
        open(QStringLiteral("help-activity"));
        m_shown.window()->resize(1024, 700);
        QTreeView *panel = generateAndShowActivity(6);
        QVERIFY(panel);
        QAbstractItemModel *operations = panel->model();
        const QModelIndex generation = operations->index(0, 0);
        panel->expand(generation);
        QCoreApplication::processEvents();

        // The operation and each source's title are whole, the state column fits its words.
        const QString what = operations->index(0, ActivityModel::OperationColumn).data().toString();
        QCOMPARE(what, QStringLiteral("Generation from 6 sources"));
        const QFontMetrics metrics = panel->fontMetrics();
        const int margin = 2 * panel->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2;
        QVERIFY2(panel->columnWidth(ActivityModel::OperationColumn)
                     >= metrics.horizontalAdvance(what) + margin,
                 qPrintable(QString::number(panel->columnWidth(ActivityModel::OperationColumn))));
        QVERIFY(panel->columnWidth(ActivityModel::OperationColumn)
                > panel->columnWidth(ActivityModel::ResultColumn));
        QString articleId;
        QModelIndex withArticle;
        for (int row = 0; row < operations->rowCount(generation); ++row) {
            const QModelIndex title =
                operations->index(row, ActivityModel::OperationColumn, generation);
            const QString id = title.data(ActivityModel::SourceIdRole).toString();
            const QString full =
                m_shown.session()->model()->row(m_shown.session()->model()->rowOf(id)).title;
            QVERIFY2(title.data(Qt::ToolTipRole).toString().startsWith(full),
                     qPrintable(title.data(Qt::ToolTipRole).toString()));
            const QString state =
                operations->index(row, ActivityModel::StateColumn, generation).data().toString();
            QVERIFY2(panel->columnWidth(ActivityModel::StateColumn)
                         >= metrics.horizontalAdvance(state),
                     qPrintable(state));
            if (articleId.isEmpty()) {
                articleId = title.data(ActivityModel::ArticleIdRole).toString();
                withArticle = title;
            }
        }
        QVERIFY2(!articleId.isEmpty(), "no generation wrote an article");

        // The row's menu copies the article's ID.
        panel->setCurrentIndex(withArticle);
        panel->scrollTo(withArticle);
        QContextMenuEvent click(
            QContextMenuEvent::Mouse, panel->visualRect(withArticle).center(),
            panel->viewport()->mapToGlobal(panel->visualRect(withArticle).center()));
        QCoreApplication::sendEvent(panel->viewport(), &click);
        auto *menu = panel->findChild<QMenu *>(QStringLiteral("activityMenu"));
        QVERIFY(menu);
        auto *copy = menu->findChild<QAction *>(QStringLiteral("activityCopyArticleAction"));
        QVERIFY(copy && copy->isEnabled());
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), articleId);
        QVERIFY(m_shown.window()->statusBar()->currentMessage().contains(articleId));
        menu->close();

        // Its texts are translated when they are shown, not kept from the first time.
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const QString marked = operations->index(0, ActivityModel::StateColumn).data().toString();
        const QString header = operations->headerData(0, Qt::Horizontal).toString();
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(marked, QStringLiteral("[Finished]"));
        QCOMPARE(header, QStringLiteral("[When]"));
    }
};

SOURCEDESK_TEST_MAIN(QApplication, WindowHelpTest)
#include "tst_window_help.moc"
