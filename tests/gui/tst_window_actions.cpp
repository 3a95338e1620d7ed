#include "FiniClient.h"
#include "FiniSandbox.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "ShownWorkspace.h"
#include "SourceTableView.h"
#include "TestMain.h"
#include "TestPlaces.h"
#include "Translations.h"
#include "WorkspaceSession.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

// What the window's actions do when something is missing or goes wrong, and whether they fit
// (issue 12): Retry after Fini had a problem, without a second question and without calling
// the sources rejected; a browser that does not open; an export that says where it went and
// keeps what identifies each source; the workflow's columns and the toolbar in small windows.
class WindowActionsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_home;
    SandboxOptions m_options;
    std::unique_ptr<FiniSandbox> m_sandbox;
    ScriptedPrompter m_prompter;
    ShownWorkspace m_shown{&m_prompter};

    void open(const QString &scope)
    {
        ShownWorkspace::Options options;
        options.retryBaseDelayMs = 5;
        options.retryMaxDelayMs = 10;
        QVERIFY(m_shown.open(m_sandbox->url(), FiniSandbox::writeKey(), scope, options));
    }

    template<typename T>
    T *child(const char *name)
    {
        return m_shown.child<T>(name);
    }

    SourceTableView *table() { return child<SourceTableView>("sourceTable"); }

    // Web sources Fini has finished with: they can be refreshed and generated from.
    QStringList pickWeb(int count)
    {
        QStringList ids;
        const SourceTableModel *model = m_shown.session()->model();
        for (int row = 0; row < model->rowCount() && ids.size() < count; ++row) {
            const SourceRow &r = model->row(row);
            if (r.source == QLatin1String("web") && !r.isRunning())
                ids.append(r.id);
        }
        return ids;
    }

    QString lastAction(const QString &id)
    {
        const SourceTableModel *model = m_shown.session()->model();
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
            QCOMPARE(m_shown.session()->model()->outcome(id)->state,
                     SourceOutcome::State::NoAnswer);
            QCOMPARE(lastAction(id), QStringLiteral("No answer from Fini"));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install();
        // Journals and other app data go to a throw-away place, never the user's.
        QVERIFY(m_settingsDir.isValid());
        TestPlaces::useThrowAway(m_settingsDir.path());
        // A Documents folder of this test's own, named the way the desktop names it.
        QVERIFY(m_home.isValid());
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("config")));
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("Documents")));
        QFile dirs(m_home.filePath(QStringLiteral("config/user-dirs.dirs")));
        QVERIFY(dirs.open(QIODevice::WriteOnly));
        dirs.write("XDG_DOCUMENTS_DIR=\"" + m_home.filePath(QStringLiteral("Documents")).toUtf8()
                   + "\"\n");
        dirs.close();
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
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
        m_shown.close();
    }

    void generateOffersRetryAfterAServerError()
    {
        open(QStringLiteral("actions-generate"));
        const QStringList ids = pickWeb(3);
        table()->selectIds(ids);
        failEveryRequest(true);
        QSignalSpy finished(m_shown.session(), &WorkspaceSession::generateFinished);
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
            const SourceOutcome outcome = *m_shown.session()->model()->outcome(id);
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
        QSignalSpy finished(m_shown.session(), &WorkspaceSession::refreshFinished);
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
        const SourceOutcome::State state = m_shown.session()->model()->outcome(ids.first())->state;
        QVERIFY(state == SourceOutcome::State::Completed || state == SourceOutcome::State::Failed);
    }

    // The tests run offscreen, where no browser opens, as on a server or a bare desktop.
    void openInBrowserWithoutABrowserShowsTheAddress()
    {
        open(QStringLiteral("actions-browser"));
        const QString id = pickWeb(1).first();
        const QString url =
            m_shown.session()->model()->row(m_shown.session()->model()->rowOf(id)).url;
        QVERIFY(!url.isEmpty());
        table()->selectIds({id});
        const QModelIndex current = table()->selectionModel()->selectedRows().first();
        table()->setCurrentIndex(current);

        child<QAction>("openUrlAction")->trigger();
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("No browser opened"));
        QVERIFY2(m_prompter.lastText().contains(url), qPrintable(m_prompter.lastText()));

        const int shown = m_prompter.questionsAsked();
        auto *button = child<QPushButton>("openUrlButton");
        QTRY_VERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_prompter.questionsAsked(), shown + 1);
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("No browser opened"));
        QVERIFY(m_prompter.lastText().contains(url));
    }

    void exportStartsInDocumentsSaysWhereAndKeepsIdAndUrl()
    {
        open(QStringLiteral("actions-export"));
        QHeaderView *header = table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(SourceTableModel::IdColumn));
        QVERIFY(header->isSectionHidden(SourceTableModel::UrlColumn));
        const QString file = m_home.filePath(QStringLiteral("Documents/export.csv"));
        m_prompter.setNextFileName(file);
        child<QAction>("exportAction")->trigger();
        QCOMPARE(m_prompter.lastSuggestedFileName(),
                 m_home.filePath(QStringLiteral("Documents/sources.csv")));
        QTRY_COMPARE(
            m_shown.window()->statusBar()->currentMessage(),
            QStringLiteral("Exported 2,500 rows to %1").arg(QDir::toNativeSeparators(file)));

        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 2500);
        const QList<QByteArray> columns = lines.first().trimmed().split(',');
        QVERIFY2(columns.contains("ID") && columns.contains("URL"), lines.first().constData());
        // Each row holds its own ID and URL.
        const QModelIndex first = m_shown.session()->proxy()->index(0, 0);
        const QString firstId = first.data(SourceTableModel::IdRole).toString();
        const QString firstUrl =
            m_shown.session()->model()->row(m_shown.session()->model()->rowOf(firstId)).url;
        QVERIFY(lines.at(1).contains(firstId.toUtf8()));
        QVERIFY(lines.at(1).contains(firstUrl.toUtf8()));
    }

    void workflowColumnsAndToolbarFitSmallWindows_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }

    void workflowColumnsAndToolbarFitSmallWindows()
    {
        QFETCH(QSize, size);
        // A workspace never opened here before: the default layout.
        open(QStringLiteral("actions-fit-%1").arg(size.width()));
        m_shown.window()->resize(size);
        QTRY_COMPARE(m_shown.window()->size(), size);
        QCoreApplication::processEvents();

        SourceTableView *view = table();
        QHeaderView *header = view->horizontalHeader();
        QCOMPARE(view->horizontalScrollBar()->value(), 0);
        const int width = view->viewport()->width();
        for (const int column :
             {int(SourceTableModel::TitleColumn), int(SourceTableModel::StatusColumn),
              int(SourceTableModel::ActionColumn), int(SourceTableModel::ChangedColumn)}) {
            const int left = header->sectionViewportPosition(column);
            const int right = left + header->sectionSize(column);
            QVERIFY2(!header->isSectionHidden(column) && left >= 0 && right <= width,
                     qPrintable(QStringLiteral("%1 lies at %2..%3 of %4 pixels")
                                    .arg(m_shown.session()
                                             ->model()
                                             ->headerData(column, Qt::Horizontal)
                                             .toString())
                                    .arg(left)
                                    .arg(right)
                                    .arg(width)));
        }

        // Every action of the toolbar is on it, none behind the overflow button.
        auto *bar = child<QToolBar>("mainToolBar");
        for (QAction *action : bar->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            QVERIFY2(bar->widgetForAction(action)->isVisible(), qPrintable(action->objectName()));
        }
        QVERIFY(bar->widgetForAction(child<QAction>("exportAction"))->isVisible());
        const auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(!more || !more->isVisible());
    }
};

SOURCEDESK_TEST_MAIN(QApplication, WindowActionsTest)
#include "tst_window_actions.moc"
