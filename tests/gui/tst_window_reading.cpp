#include "ActivityJournal.h"
#include "FilterSidebar.h"
#include "FiniClient.h"
#include "FiniSandbox.h"
#include "GuidedFlowDialog.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "QuickSandbox.h"
#include "ScriptedPrompter.h"
#include "ShownWorkspace.h"
#include "SourceCommands.h"
#include "SourceDetailsPane.h"
#include "SourceTableView.h"
#include "StatePage.h"
#include "TestMain.h"
#include "TestPlaces.h"
#include "Translations.h"
#include "WorkspaceSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

// What a support person reads in the window (issue 12): counts in words and with the
// locale's grouping, details that follow their source, a state page that says all of its
// explanation, result and history messages that a reload does not take away, and reports
// whose counts are grouped too.
class WindowReadingTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<FiniSandbox> m_sandbox;
    ScriptedPrompter m_prompter;
    ShownWorkspace m_shown{&m_prompter};

    void open(const QString &scope, const QString &key = FiniSandbox::writeKey())
    {
        QVERIFY(m_shown.open(m_sandbox->url(), key, scope));
    }

    template<typename T>
    T *child(const char *name)
    {
        return m_shown.child<T>(name);
    }

    SourceTableView *table() { return child<SourceTableView>("sourceTable"); }

    QString fieldText(const char *name) { return child<QLabel>(name)->text(); }

    // A web source with a linked article that Fini has finished with and that has not changed:
    // a refresh after an upstream change marks it changed.
    QString pickLinkedSource()
    {
        const SourceTableModel *model = m_shown.session()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const SourceRow &r = model->row(row);
            if (r.source == QLatin1String("web") && !r.changed && !r.linkedKnowledgeId.isEmpty()
                && !r.isRunning() && !r.isFailed())
                return r.id;
        }
        return {};
    }

    const SourceRow &rowOf(const QString &id)
    {
        return m_shown.session()->model()->row(m_shown.session()->model()->rowOf(id));
    }

    void makeCurrent(const QString &id)
    {
        SourceFilterProxy *proxy = m_shown.session()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(SourceTableModel::IdRole).toString() == id) {
                table()->setCurrentIndex(proxy->index(row, 0));
                return;
            }
        }
        QFAIL("the source is not in the view");
    }

    static QString longTime(qint64 ms)
    {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
    }

    // The details show the table's current source, or nothing when there is none.
    QString currentId()
    {
        const QModelIndex current = table()->currentIndex();
        return current.isValid() ? current.data(SourceTableModel::IdRole).toString() : QString();
    }

    void refreshOne(const QString &id)
    {
        QSignalSpy finished(m_shown.session(), &WorkspaceSession::refreshFinished);
        m_shown.session()->refresh({RefreshWorkflow::Target::of(rowOf(id))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    }

    void generateFor(const QStringList &ids)
    {
        QSignalSpy finished(m_shown.session(), &WorkspaceSession::generateFinished);
        m_shown.session()->generate(ids, GenerateOptions{});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        // Generation clears the changed flags at Fini, and the session reloads the table.
        QTRY_VERIFY_WITH_TIMEOUT(!m_shown.session()->isLoading(), 15000);
    }

    // "Refresh and regenerate…" asks with the count first, like Refresh: answered yes.
    void startGuidedFlow()
    {
        m_shown.window()->commands()->startGuidedFlow();
        QVERIFY(m_prompter.answer(true));
        QTRY_VERIFY_WITH_TIMEOUT(m_shown.window()->commands()->guidedFlow(), 5000);
    }

    void reload()
    {
        child<QAction>("reloadAction")->trigger();
        QVERIFY(m_shown.session()->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!m_shown.session()->isLoading(), 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The counts below are written as a user in the United States reads them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install();
        // Journals and other app data go to a throw-away place, never the user's.
        QVERIFY(m_settingsDir.isValid());
        TestPlaces::useThrowAway(m_settingsDir.path());
        m_sandbox = QuickSandbox::start(); // the demo workspace: 2,500 sources, 175 of them files
        QVERIFY(m_sandbox);
    }

    void cleanup()
    {
        m_prompter.setAutoAnswer(std::nullopt);
        m_shown.close();
    }

    void countsAreWordsWithGroupedNumbers()
    {
        open(QStringLiteral("reading-counts"));
        table()->selectAll();
        child<QAction>("refreshAction")->trigger();
        QCOMPARE(m_prompter.openQuestions(), 1);
        QCOMPARE(m_prompter.lastAcceptLabel(), QStringLiteral("Refresh 2,325 sources"));
        QVERIFY2(m_prompter.lastText().startsWith(QStringLiteral("Refresh 2,325 sources?")),
                 qPrintable(m_prompter.lastText()));
        QVERIFY2(
            m_prompter.lastText().contains(QStringLiteral("175 uploaded files will be left out")),
            qPrintable(m_prompter.lastText()));
        QVERIFY(!m_prompter.lastText().contains(QStringLiteral("(s)")));
        QVERIFY(m_prompter.answer(false));

        // One source is one source.
        const QString one = pickLinkedSource();
        table()->selectIds({one});
        child<QAction>("refreshAction")->trigger();
        QCOMPARE(m_prompter.lastAcceptLabel(), QStringLiteral("Refresh 1 source"));
        QVERIFY(m_prompter.lastText().startsWith(QStringLiteral("Refresh 1 source?")));
        QVERIFY(m_prompter.answer(false));

        auto *sidebar = child<FilterSidebar>("filterSidebar");
        QCOMPARE(sidebar->item(0)->toolTip(), QStringLiteral("2,500 sources"));
        QVERIFY(sidebar->item(0)->text().endsWith(QStringLiteral("2,500")));
        for (int row = 0; row < sidebar->count(); ++row)
            QVERIFY2(!sidebar->item(row)->toolTip().contains(QStringLiteral("(s)")),
                     qPrintable(sidebar->item(row)->toolTip()));

        table()->selectAll();
        child<QAction>("copyIdsAction")->trigger();
        QCOMPARE(m_shown.window()->statusBar()->currentMessage(),
                 QStringLiteral("Copied 2,500 IDs"));
    }

    void detailsFollowARefreshAndAGeneration()
    {
        open(QStringLiteral("reading-details"));
        const QString id = pickLinkedSource();
        QVERIFY(!id.isEmpty());
        HttpProbe(m_sandbox->url())
            .post(QStringLiteral("/_sandbox/upstream-change"), {},
                  QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray{id}}}));
        makeCurrent(id);
        auto *content = child<QTextBrowser>("detailsContent");
        QTRY_VERIFY_WITH_TIMEOUT(!content->toPlainText().startsWith(QStringLiteral("Loading")),
                                 5000);
        const QString updatedBefore = fieldText("detailsUpdated");
        QCOMPARE(fieldText("detailsChanged"), QStringLiteral("No"));

        refreshOne(id);
        // The refresh found a change: the window shows the Changed view, where this source
        // stays current, and the details say what the row says now.
        QCOMPARE(currentId(), id);
        QCOMPARE(child<SourceDetailsPane>("detailsPane")->currentId(), id);
        QVERIFY(rowOf(id).changed);
        QCOMPARE(fieldText("detailsUpdated"), longTime(rowOf(id).updatedAt));
        QVERIFY(fieldText("detailsUpdated") != updatedBefore);
        QVERIFY(fieldText("detailsChanged").startsWith(QStringLiteral("Yes")));
        QTRY_VERIFY_WITH_TIMEOUT(content->toPlainText().startsWith(QStringLiteral("What changed")),
                                 5000);

        child<FilterSidebar>("filterSidebar")->selectView(FilterSidebar::View::All);
        makeCurrent(id);
        generateFor({id});
        QVERIFY(!rowOf(id).changed);
        QCOMPARE(child<SourceDetailsPane>("detailsPane")->currentId(), id);
        QCOMPARE(fieldText("detailsChanged"), QStringLiteral("No"));
        QCOMPARE(fieldText("detailsUpdated"), longTime(rowOf(id).updatedAt));
    }

    void detailsLeaveWithTheirRow()
    {
        open(QStringLiteral("reading-views"));
        const QString id = pickLinkedSource();
        makeCurrent(id);
        auto *pane = child<SourceDetailsPane>("detailsPane");
        QCOMPARE(pane->currentId(), id);
        auto *sidebar = child<FilterSidebar>("filterSidebar");
        for (const FilterSidebar::View view :
             {FilterSidebar::View::Failed, FilterSidebar::View::Changed}) {
            sidebar->selectView(FilterSidebar::View::All);
            makeCurrent(id);
            sidebar->selectView(view);
            // The source is not in this view, so the details do not show it.
            QVERIFY(pane->currentId() != id);
            QCOMPARE(pane->currentId(), currentId());
            QCOMPARE(child<QLabel>("detailsPlaceholder")->isVisible(), currentId().isEmpty());
        }
    }

    void statePageSaysTheWholeExplanation()
    {
        open(QStringLiteral("reading-state"), FiniSandbox::revokedKey());
        auto *state = child<StatePage>("statePage");
        QCOMPARE(state->state(), StatePage::State::Failed);
        for (const QSize size : {QSize(1400, 860), QSize(900, 700)}) {
            m_shown.window()->resize(size);
            for (const char *name : {"stateTitle", "stateText"}) {
                auto *label = state->findChild<QLabel *>(QLatin1String(name));
                QTRY_VERIFY(label->isVisible());
                QCoreApplication::processEvents();
                const QRect needed = label->fontMetrics().boundingRect(
                    QRect(0, 0, label->width(), 100000), Qt::TextWordWrap | Qt::AlignCenter,
                    label->text());
                QVERIFY2(needed.width() <= label->width() && needed.height() <= label->height(),
                         qPrintable(QStringLiteral("%1 needs %2x%3, has %4x%5: %6")
                                        .arg(QLatin1String(name))
                                        .arg(needed.width())
                                        .arg(needed.height())
                                        .arg(label->width())
                                        .arg(label->height())
                                        .arg(label->text())));
            }
        }
        // The explanation is longer than a line, or the check above proves nothing.
        auto *text = state->findChild<QLabel *>(QStringLiteral("stateText"));
        QVERIFY(text->height() >= 2 * text->fontMetrics().lineSpacing());
        QVERIFY(text->text().contains(QStringLiteral("API key")));
    }

    void generationSummaryOutlivesTheReload()
    {
        open(QStringLiteral("reading-summary"));
        const QString id = pickLinkedSource();
        generateFor({id});
        auto *bar = child<MessageBar>("messageBar");
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().startsWith(QStringLiteral("Knowledge generation finished")),
                 qPrintable(bar->text()));
        reload();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().startsWith(QStringLiteral("Knowledge generation finished")));
    }

    void historyWarningOutlivesReloadsAndOperations()
    {
        // A journal file that is not a database: moved aside, and the bar says where.
        const QString scope = QStringLiteral("reading-history");
        QFile damaged(ActivityJournal::defaultPath(scope));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));
        damaged.close();
        open(scope);
        auto *history = child<MessageBar>("historyBar");
        QVERIFY(history);
        QVERIFY(history->isVisible());
        QVERIFY2(history->text().contains(QStringLiteral("was damaged. It was moved aside")),
                 qPrintable(history->text()));
        reload();
        QVERIFY(history->isVisible());
        refreshOne(pickLinkedSource());
        QVERIFY(child<MessageBar>("messageBar")->text().startsWith(QStringLiteral("Refresh")));
        QVERIFY(history->isVisible());
        QVERIFY2(history->text().contains(QStringLiteral("was damaged. It was moved aside")),
                 qPrintable(history->text()));
        QVERIFY(damaged.remove());
    }

    void reportAndHistoryGroupTheirCounts()
    {
        open(QStringLiteral("reading-report"));
        table()->selectAll();
        startGuidedFlow();
        GuidedFlowDialog *flow = m_shown.window()->commands()->guidedFlow();
        QVERIFY(flow);
        // Whether or not Fini finds changes, the refresh's part of the report is written.
        QTRY_VERIFY_WITH_TIMEOUT(flow->step() == GuidedFlowDialog::Step::Review
                                     || flow->step() == GuidedFlowDialog::Step::Report,
                                 60000);
        QVERIFY2(flow->report().contains(QStringLiteral("Refresh: 2,325 queued")),
                 qPrintable(flow->report()));
        QVERIFY(flow->report().contains(QStringLiteral("175 uploaded files skipped")));
        QVERIFY(m_shown.session()->journal()->waitForWrites(5000));
        const QList<ActivityJournal::Operation> recent = m_shown.session()->journal()->recent(1);
        QCOMPARE(recent.size(), 1);
        QVERIFY2(recent.first().summary.startsWith(QStringLiteral("2,325 queued")),
                 qPrintable(recent.first().summary));
        flow->close();
    }
};

SOURCEDESK_TEST_MAIN(QApplication, WindowReadingTest)
#include "tst_window_reading.moc"
