#include "AppController.h"
#include "DiffHtml.h"
#include "FilterSidebar.h"
#include "FiniClient.h"
#include "FiniSandbox.h"
#include "GenerateDialog.h"
#include "GuidedFlowDialog.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBar.h"
#include "QuickSandbox.h"
#include "ScriptedPrompter.h"
#include "ShownWorkspace.h"
#include "SidebarItemDelegate.h"
#include "SourceCommands.h"
#include "SourceTableView.h"
#include "StatePage.h"
#include "TestMain.h"
#include "TestPlaces.h"
#include "Translations.h"
#include "WorkspaceDialog.h"
#include "WorkspaceSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

// How the window behaves as work goes on (issue 12): views that follow the rows, counts that
// agree while a load runs, keys that cannot write or were rejected, the guided flow's own list
// of changed sources, quitting during generation, failed jobs with their reason, and the words
// that changed inside an edited paragraph.
class WindowBehaviourTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<FiniSandbox> m_sandbox;
    // Every knowledge job fails here.
    std::unique_ptr<FiniSandbox> m_failing;
    ScriptedPrompter m_prompter;
    ShownWorkspace m_shown{&m_prompter};

    void open(FiniSandbox *sandbox, const QString &scope, bool waitLoaded = true)
    {
        ShownWorkspace::Options options;
        options.waitLoaded = waitLoaded;
        QVERIFY(m_shown.open(sandbox->url(), FiniSandbox::writeKey(), scope, options));
    }

    template<typename T>
    T *child(const char *name)
    {
        return m_shown.child<T>(name);
    }

    SourceTableView *table() { return child<SourceTableView>("sourceTable"); }
    FilterSidebar *sidebar() { return child<FilterSidebar>("filterSidebar"); }

    // The first `count` web sources that Fini can refresh, after an upstream change to them.
    QStringList changeUpstream(FiniSandbox *sandbox, int count)
    {
        const SourceTableModel *model = m_shown.session()->model();
        QStringList ids;
        for (int row = 0; row < model->rowCount() && ids.size() < count; ++row) {
            const SourceRow &r = model->row(row);
            if (r.source == QLatin1String("web") && !r.changed && !r.linkedKnowledgeId.isEmpty()
                && !r.isRunning() && !r.isFailed())
                ids.append(r.id);
        }
        HttpProbe(sandbox->url())
            .post(QStringLiteral("/_sandbox/upstream-change"), {},
                  QJsonDocument(
                      QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}}));
        return ids;
    }

    QString titleOf(const QString &id)
    {
        return m_shown.session()->model()->row(m_shown.session()->model()->rowOf(id)).title;
    }

    QStringList shownIds()
    {
        QStringList ids;
        const SourceFilterProxy *proxy = m_shown.session()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            ids.append(proxy->index(row, 0).data(SourceTableModel::IdRole).toString());
        return ids;
    }

    int sidebarCount(int row)
    {
        return sidebar()->item(row)->data(SidebarItemDelegate::CountRole).toInt();
    }

    std::unique_ptr<AppController> controller(MemorySecretStore *secrets)
    {
        auto app = std::make_unique<AppController>(
            secrets, [] { return std::optional<AppController::Endpoint>(); }, &m_prompter);
        PollSchedule::Settings polling;
        polling.firstMs = 50;
        polling.maxMs = 100;
        app->setPollSchedule(polling);
        return app;
    }

    // Adds a workspace on the sandbox with `key`, as a user would in the workspace dialog.
    void addWorkspace(AppController &app, const QString &key)
    {
        m_prompter.setNextDialogHandler([this, key](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("workspaceName"))
                ->setText(QStringLiteral("Acme support"));
            dialog.findChild<QLineEdit *>(QStringLiteral("workspaceUrl"))
                ->setText(m_sandbox->url().toString());
            dialog.findChild<QLineEdit *>(QStringLiteral("workspaceKey"))->setText(key);
            dialog.accept();
            return dialog.result();
        });
        app.addWorkspace();
        QTRY_VERIFY(app.window());
        QTRY_VERIFY_WITH_TIMEOUT(!app.window()->session()->isLoading(), 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install();
        QVERIFY(m_settingsDir.isValid());
        TestPlaces::useThrowAway(m_settingsDir.path());
        m_sandbox = QuickSandbox::start(); // the demo workspace: 2,500 sources
        QVERIFY(m_sandbox);
        SandboxOptions failing = QuickSandbox::options(300);
        failing.jobFailRate = 1.0;
        m_failing = std::make_unique<FiniSandbox>(failing);
        QVERIFY(m_failing->start());
    }

    void cleanup()
    {
        m_prompter.setAutoAnswer(std::nullopt);
        while (m_prompter.answer(false)) {
        }
        m_shown.close();
        m_sandbox->setFaults(QuickSandbox::options());
    }

    // Item 4: after generation the Changed view drops the sources that are no longer changed
    // by itself, and its rows agree with the sidebar's count.
    void changedViewFollowsGeneration()
    {
        open(m_sandbox.get(), QStringLiteral("behaviour-changed-view"));
        QList<RefreshWorkflow::Target> targets;
        for (const QString &id : changeUpstream(m_sandbox.get(), 8))
            targets.append(RefreshWorkflow::Target::of(
                m_shown.session()->model()->row(m_shown.session()->model()->rowOf(id))));
        QSignalSpy refreshed(m_shown.session(), &WorkspaceSession::refreshFinished);
        m_shown.session()->refresh(targets);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 15000);
        sidebar()->selectView(FilterSidebar::View::Changed);
        const QStringList changed = shownIds();
        QVERIFY(changed.size() >= 2);
        QCOMPARE(changed.size(), m_shown.session()->model()->counts().changed);

        QSignalSpy finished(m_shown.session(), &WorkspaceSession::generateFinished);
        m_shown.session()->generate(changed.mid(0, changed.size() / 2), GenerateOptions{});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_shown.session()->isLoading(), 15000);

        const int stillChanged = m_shown.session()->model()->counts().changed;
        QVERIFY(stillChanged < changed.size());
        QTRY_COMPARE(m_shown.session()->proxy()->rowCount(), stillChanged);
        for (const QString &id : shownIds())
            QVERIFY(m_shown.session()->model()->row(m_shown.session()->model()->rowOf(id)).changed);
        QCOMPARE(sidebarCount(1), stillChanged);
    }

    // Item 5: while a load runs, the status bar's total, the shown rows, the sidebar and the
    // progress text never contradict each other.
    void countsAgreeWhileLoading()
    {
        SandboxOptions slow = QuickSandbox::options();
        slow.latencyMs = 25;
        m_sandbox->setFaults(slow);
        open(m_sandbox.get(), QStringLiteral("behaviour-load-counts"), false);
        static const QRegularExpression totals(
            QStringLiteral("^([\\d,]+) sources · ([\\d,]+) shown · \\d+ selected · ([\\d,]+) "
                           "changed"));
        static const QRegularExpression loaded(
            QStringLiteral("^Loading sources… ([\\d,]+) loaded"));
        const auto number = [](const QString &text) { return QLocale().toInt(text); };
        QStringList problems;
        int midLoad = 0;
        QTimer sampler;
        sampler.setInterval(10);
        connect(&sampler, &QTimer::timeout, this, [&] {
            const QString status = child<QLabel>("totalsLabel")->text();
            const QString activity = child<QLabel>("activityLabel")->text();
            const QRegularExpressionMatch match = totals.match(status);
            if (!match.hasMatch()) {
                problems << status;
                return;
            }
            const int all = number(match.captured(1));
            const int shown = number(match.captured(2));
            int perType = 0;
            for (int row = 5; row < sidebar()->count(); ++row)
                perType += sidebarCount(row);
            const QRegularExpressionMatch progress = loaded.match(activity);
            if (all != shown || sidebarCount(0) != all || perType != all
                || sidebarCount(1) != number(match.captured(3))
                || (progress.hasMatch() && number(progress.captured(1)) != all))
                problems << status + QStringLiteral(" | sidebar ") + sidebar()->item(0)->text()
                                + QStringLiteral(" | ") + activity;
            if (m_shown.session()->isLoading() && all > 0 && all < 2500)
                ++midLoad;
        });
        sampler.start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_shown.session()->isLoading(), 30000);
        QTest::qWait(50);
        sampler.stop();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
        QVERIFY2(midLoad >= 5, qPrintable(QString::number(midLoad)));
        QCOMPARE(sidebarCount(0), 2500);
    }

    // Item 11: a key whose test just failed is saved only when asked twice, and saying so.
    void aKeyThatFailedItsTestIsNotSavedSilently()
    {
        WorkspaceDialog dialog(WorkspaceConfig{}, false);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy tested(&dialog, &WorkspaceDialog::tested);
        dialog.findChild<QLineEdit *>(QStringLiteral("workspaceName"))
            ->setText(QStringLiteral("Acme"));
        dialog.findChild<QLineEdit *>(QStringLiteral("workspaceUrl"))
            ->setText(m_sandbox->url().toString());
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("workspaceKey"));
        key->setText(FiniSandbox::revokedKey());
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 10000);
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveWorkspaceButton"));
        const QString saveText = save->text();
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(accepted.size(), 0);
        const QString said = dialog.findChild<QLabel *>(QStringLiteral("testResult"))->text();
        QVERIFY2(said.startsWith(QStringLiteral("The connection test failed with this key")),
                 qPrintable(said));
        QCOMPARE(save->text(), QStringLiteral("Save anyway"));

        // Another key is not the one that failed: Save is Save again.
        QTest::keyClick(key, Qt::Key_Backspace);
        QCOMPARE(save->text(), saveText);
        key->setText(FiniSandbox::revokedKey());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(accepted.size(), 0);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
    }

    // Item 11: a read-only key is a visible notice with a way out, and Refresh and Generate
    // say why they cannot run instead of doing nothing.
    void aReadOnlyKeyIsShownAndExplained()
    {
        MemorySecretStore secrets;
        auto app = controller(&secrets);
        addWorkspace(*app, FiniSandbox::readKey());
        MainWindow *window = app->window();
        auto *bar = window->findChild<MessageBar *>(QStringLiteral("writeAccessBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QVERIFY2(bar->text().startsWith(QStringLiteral("This API key can only read")),
                 qPrintable(bar->text()));

        window->findChild<SourceTableView *>(QStringLiteral("sourceTable"))->selectAll();
        auto *refresh = window->findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh->isEnabled());
        refresh->trigger();
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("This key can only read"));
        QVERIFY(m_prompter.lastText().contains(QStringLiteral("write scope")));
        QVERIFY(!window->session()->operationRunning());
        window->findChild<QAction *>(QStringLiteral("generateAction"))->trigger();
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("This key can only read"));
        QVERIFY(!window->session()->operationRunning());

        // "Change the key…" edits the workspace; a key that writes takes the notice away.
        bool editorOpened = false;
        m_prompter.setNextDialogHandler([&editorOpened](QDialog &dialog) {
            editorOpened = dialog.objectName() == QLatin1String("workspaceDialog");
            dialog.findChild<QLineEdit *>(QStringLiteral("workspaceKey"))
                ->setText(FiniSandbox::writeKey());
            dialog.accept();
            return dialog.result();
        });
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("messageBarAction")),
                          Qt::LeftButton);
        QTRY_VERIFY(editorOpened);
        QTRY_VERIFY_WITH_TIMEOUT(app->window()->session()->writeAllowed(), 10000);
        QTRY_VERIFY(
            !app->window()->findChild<MessageBar *>(QStringLiteral("writeAccessBar"))->isVisible());
    }

    // Item 11: a rejected key's page offers to change the key, not only to try it again.
    void aRejectedKeyCanBeChangedFromItsPage()
    {
        MemorySecretStore secrets;
        auto app = controller(&secrets);
        addWorkspace(*app, FiniSandbox::revokedKey());
        // Fini's 401 asks for a new key at once; "not now" leaves the page.
        QTRY_COMPARE(m_prompter.openQuestions(), 1);
        QVERIFY(m_prompter.answer(false));
        MainWindow *window = app->window();
        auto *page = window->findChild<StatePage *>(QStringLiteral("statePage"));
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->state(), StatePage::State::Failed);
        auto *change = page->findChild<QPushButton *>(QStringLiteral("stateKeyButton"));
        QVERIFY(change->isVisible());
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("stateButton"))->isVisible());

        m_prompter.setNextDialogHandler([](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("workspaceKey"))
                ->setText(FiniSandbox::writeKey());
            dialog.accept();
            return dialog.result();
        });
        QTest::mouseClick(change, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app->window()->session()->model()->rowCount(), 2500, 15000);
    }

    // Item 12: the flow asks with the count, lists the changed sources with a check box each,
    // generates for exactly the checked ones whatever the table's selection, and its report
    // names the sources that failed with Fini's reason.
    void guidedFlowGeneratesForTheCheckedSources()
    {
        open(m_failing.get(), QStringLiteral("behaviour-guided"));
        const QStringList upstream = changeUpstream(m_failing.get(), 6);
        QCOMPARE(upstream.size(), 6);
        table()->selectIds(upstream);
        m_shown.window()->commands()->startGuidedFlow();
        QCOMPARE(m_prompter.openQuestions(), 1);
        QCOMPARE(m_prompter.lastAcceptLabel(), QStringLiteral("Refresh 6 sources"));
        QVERIFY(!m_shown.session()->operationRunning());
        QVERIFY(m_prompter.answer(true));
        QTRY_VERIFY(m_shown.window()->commands()->guidedFlow());
        GuidedFlowDialog *flow = m_shown.window()->commands()->guidedFlow();
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), GuidedFlowDialog::Step::Review, 15000);

        auto *list = flow->findChild<QListWidget *>(QStringLiteral("guidedChangedList"));
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), flow->changedIds().size());
        QVERIFY(list->count() >= 2);
        QCOMPARE(flow->chosenIds(), flow->changedIds());
        const QString leftOut = list->item(0)->data(Qt::UserRole).toString();
        QCOMPARE(list->item(0)->text(), titleOf(leftOut));
        list->item(0)->setCheckState(Qt::Unchecked);
        // Picking a source shows it in the window; a click in the table changes nothing here.
        list->setCurrentRow(1);
        QCOMPARE(table()->selectedIds(), QStringList{list->item(1)->data(Qt::UserRole).toString()});
        table()->selectIds({leftOut});
        const QStringList chosen = flow->chosenIds();
        QCOMPARE(chosen.size(), list->count() - 1);
        QVERIFY(!chosen.contains(leftOut));

        QString generateIntro;
        m_prompter.setNextDialogHandler([&generateIntro](QDialog &dialog) {
            generateIntro = dialog.findChild<QLabel *>()->text();
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(flow->findChild<QPushButton *>(QStringLiteral("guidedNext")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), GuidedFlowDialog::Step::Report, 15000);
        QVERIFY2(generateIntro.contains(QStringLiteral("content of %1 sources").arg(chosen.size())),
                 qPrintable(generateIntro));
        QStringList generatedFor = m_shown.session()->generateWorkflow()->jobs().keys();
        generatedFor.sort();
        QStringList expected = chosen;
        expected.sort();
        QCOMPARE(generatedFor, expected);

        // Every job failed in this sandbox: the report names each source and why.
        const QString report = flow->report();
        for (const QString &id : chosen)
            QVERIFY2(report.contains(QStringLiteral("• %1 — Failed: Fini could not generate "
                                                    "knowledge")
                                         .arg(titleOf(id))),
                     qPrintable(report));
        QVERIFY(!report.contains(titleOf(leftOut) + QStringLiteral(" — ")));
        QVERIFY(flow->findChild<QPlainTextEdit *>(QStringLiteral("guidedReport"))
                    ->toPlainText()
                    .contains(titleOf(chosen.first())));
        flow->close();
    }

    void quittingDuringGenerationAsksFirst_data()
    {
        QTest::addColumn<bool>("byKey");
        QTest::newRow("Ctrl+Q") << true;
        QTest::newRow("closing the window") << false;
    }

    // Item 16: quitting while knowledge generation runs asks first, like during a refresh,
    // and says what Fini goes on with; "Keep running" keeps the window and the generation.
    void quittingDuringGenerationAsksFirst()
    {
        QFETCH(bool, byKey);
        // Its jobs wait long enough for the question to be read and answered.
        SandboxOptions options = QuickSandbox::options(300);
        options.pendingMs = 60000;
        FiniSandbox slow(options);
        QVERIFY(slow.start());
        open(&slow, QStringLiteral("behaviour-quit"));
        QVERIFY(QTest::qWaitForWindowActive(m_shown.window()));
        table()->selectIds({m_shown.session()->model()->row(0).id});
        m_prompter.setNextDialogHandler([](QDialog &) { return int(QDialog::Accepted); });
        child<QAction>("generateAction")->trigger();
        const QString work = QStringLiteral("“Demo workspace”: Fini is generating knowledge from "
                                            "1 source; 0 finished so far.");
        QTRY_COMPARE(m_shown.session()->describeWorkAtFini(), work);

        const int asked = m_prompter.questionsAsked();
        if (byKey)
            QTest::keyClick(m_shown.window(), Qt::Key_Q, Qt::ControlModifier);
        else
            QVERIFY(!m_shown.window()->close());
        QTRY_COMPARE(m_prompter.openQuestions(), 1);
        QCOMPARE(m_prompter.questionsAsked(), asked + 1);
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("Quit Sourcedesk?"));
        QCOMPARE(m_prompter.lastText(),
                 work
                     + QStringLiteral("\n\nFini goes on with this work whether or not Sourcedesk "
                                      "is open. Sourcedesk follows it again the next time you "
                                      "open the workspace."));
        QCOMPARE(m_prompter.lastAcceptLabel(), QStringLiteral("Quit"));

        // "Keep running": the window stays open and the generation goes on.
        QVERIFY(m_prompter.answer(false));
        QTRY_COMPARE(m_prompter.openPrompts(), 0);
        QVERIFY(m_shown.window()->isVisible());
        QVERIFY(m_shown.session()->generateWorkflow()->isRunning());
        m_shown.close();
    }

    // Item 16: a failed knowledge job says why, in the table's tooltip and in the details.
    void aFailedJobSaysWhy()
    {
        open(m_failing.get(), QStringLiteral("behaviour-failed-job"));
        const QString id = m_shown.session()->model()->row(0).id;
        QSignalSpy finished(m_shown.session(), &WorkspaceSession::generateFinished);
        m_shown.session()->generate({id}, GenerateOptions{});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const QString job = m_shown.session()->generateWorkflow()->jobs().value(id);
        QVERIFY(!job.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_shown.session()->isLoading(), 15000);

        const SourceTableModel *model = m_shown.session()->model();
        const QString tip = model->index(model->rowOf(id), SourceTableModel::ActionColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.startsWith(QStringLiteral("Fini could not generate knowledge from this "
                                               "source and gave no reason (knowledge job %1")
                                    .arg(job)),
                 qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Generate again")));

        const SourceFilterProxy *proxy = m_shown.session()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(SourceTableModel::IdRole).toString() == id)
                table()->setCurrentIndex(proxy->index(row, 0));
        }
        const QString details = child<QLabel>("detailsAction")->text();
        QCOMPARE(details, QStringLiteral("Failed: ") + tip);
    }

    // Item 15: an edited paragraph marks the words that changed, with the palette's colours
    // and with underline and strike-out, so it does not depend on colour.
    void editedParagraphShowsTheChangedWords()
    {
        const auto entries =
            ParagraphDiff::compare({QStringLiteral("Refunds reach your card in 14 days.")},
                                   {QStringLiteral("Refunds reach your bank in 14 days.")});
        for (const QColor &button : {QColor(240, 240, 240), QColor(40, 40, 40)}) {
            QPalette palette(button);
            palette.setColor(QPalette::Highlight, QColor(48, 140, 198));
            QTextBrowser view;
            view.setPalette(palette);
            view.setHtml(DiffHtml::render(entries, palette));
            QCOMPARE(view.toPlainText(), QStringLiteral("Edited: Refunds reach your card bank in "
                                                        "14 days."));
            const QTextBlock block = view.document()->firstBlock();
            QString struck;
            QString underlined;
            QSet<QString> backgrounds;
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.fontStrikeOut())
                    struck += it.fragment().text();
                if (format.fontUnderline())
                    underlined += it.fragment().text();
                if (format.hasProperty(QTextFormat::BackgroundBrush))
                    backgrounds << format.background().color().name();
            }
            QCOMPARE(struck, QStringLiteral("card"));
            QCOMPARE(underlined, QStringLiteral("bank"));
            // The marks' colours come from this palette: light on light, dark on dark.
            QCOMPARE(backgrounds.size(), 2);
            const bool dark = palette.color(QPalette::Base).lightness() < 128;
            for (const QString &colour : backgrounds)
                QCOMPARE(QColor(colour).lightness() < 128, dark);
        }
    }
};

SOURCEDESK_TEST_MAIN(QApplication, WindowBehaviourTest)
#include "tst_window_behaviour.moc"
