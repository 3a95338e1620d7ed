#include "ActivityModel.h"
#include "ActivityPanel.h"
#include "FiniClient.h"
#include "FiniSandbox.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RemoveDialog.h"
#include "Screenshots.h"
#include "ScriptedPrompter.h"
#include "ShownWorkspace.h"
#include "SourceTableView.h"
#include "TestMain.h"
#include "TestPlaces.h"
#include "Translations.h"
#include "WindowActions.h"
#include "WorkspaceSession.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

// Managing the sources of a workspace (issue 15): removing them, with the confirmation that
// names them and the separate choice about their articles, and every way it can go wrong.
class ManageSourcesTest : public QObject
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
    QString messageBarText() const { return m_shown.messageBarText(); }
    QString messageBarDetails() const { return m_shown.messageBarDetails(); }

    // Sources of `type` that Fini has finished with, linked to an article or not.
    QList<SourceRow> pick(int count, const QString &type = QStringLiteral("web"),
                          std::optional<bool> linked = std::nullopt) const
    {
        QList<SourceRow> rows;
        const SourceTableModel *model = session()->model();
        for (int row = 0; row < model->rowCount() && rows.size() < count; ++row) {
            const SourceRow &r = model->row(row);
            if (r.source == type && !r.isRunning() && !r.title.isEmpty()
                && (!linked || *linked == !r.linkedKnowledgeId.isEmpty()))
                rows.append(r);
        }
        return rows;
    }

    static QStringList idsOf(const QList<SourceRow> &rows)
    {
        QStringList ids;
        for (const SourceRow &row : rows)
            ids.append(row.id);
        return ids;
    }

    int answers(const QString &route, const QString &status) const
    {
        return HttpProbe(m_sandbox->url()).answers(route, status);
    }

    int deleteAnswers(const QString &status) const
    {
        return answers(QStringLiteral("DELETE /v2/documents/public"), status);
    }

    bool existsAtFini(const QString &id) const
    {
        return HttpProbe(m_sandbox->url())
                   .get(QStringLiteral("/v2/documents/public/") + id, FiniSandbox::writeKey())
                   .status
               == 200;
    }

    void setFaults(int failFirst)
    {
        SandboxOptions faults = m_options;
        faults.failFirst = failFirst;
        m_sandbox->setFaults(faults);
    }

    // Selects `rows`, chooses Remove and answers the confirmation as `answer` says.
    void removeThroughDialog(const QList<SourceRow> &rows,
                             std::function<void(QDialog &dialog)> answer)
    {
        table()->selectIds(idsOf(rows));
        QTRY_COMPARE(table()->selectedCount(), int(rows.size()));
        QVERIFY(m_shown.window()->actions()->remove->isEnabled());
        QVERIFY(m_prompter.throughNextDialog(
            [this] { m_shown.window()->actions()->remove->trigger(); }, std::move(answer)));
    }

    // Triggers `action` and handles the dialog it opens as `answer` says.
    void dialogThrough(QAction *action, std::function<void(QDialog &dialog)> answer)
    {
        addThroughDialog(std::move(answer), [action] { action->trigger(); });
    }

    // Opens "Add web pages…" (or what `trigger` does) and fills it in as `answer` says.
    void addThroughDialog(std::function<void(QDialog &dialog)> answer,
                          std::function<void()> trigger = {})
    {
        if (!trigger)
            trigger = [this] { m_shown.window()->actions()->addPages->trigger(); };
        QVERIFY(m_prompter.throughNextDialog(trigger, std::move(answer)));
    }

    static void confirm(QDialog &dialog, bool withArticles)
    {
        dialog.findChild<QCheckBox *>(QStringLiteral("removeArticles"))->setChecked(withArticles);
        dialog.findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
    }

    static QString errorTextFor403()
    {
        return QStringLiteral("This API key can read but not change sources, or the sources belong "
                              "to another workspace. Create a key with the write scope in Fini "
                              "(Deploy → API Keys) and use it for this workspace.");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install();
        QVERIFY(m_settingsDir.isValid());
        TestPlaces::useThrowAway(m_settingsDir.path());
        m_options.sources = 300;
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

    void removeAsksNamingThemThenTheyLeaveTheTable()
    {
        open(QStringLiteral("remove-plain"));
        const QList<SourceRow> rows = pick(7);
        QCOMPARE(rows.size(), 7);
        const int before = session()->model()->rowCount();
        QString intro;
        QString titles;
        bool articlesOffAtFirst = false;
        removeThroughDialog(rows, [&](QDialog &dialog) {
            intro = dialog.findChild<QLabel *>(QStringLiteral("removeIntro"))->text();
            titles = dialog.findChild<QLabel *>(QStringLiteral("removeTitles"))->text();
            articlesOffAtFirst =
                !dialog.findChild<QCheckBox *>(QStringLiteral("removeArticles"))->isChecked();
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("removeArticlesExplanation"))
                        ->text()
                        .contains(QStringLiteral("Your customers read these articles")));
            QVERIFY(Screenshots::save(dialog, QStringLiteral("remove-confirmation.png")));
            confirm(dialog, false);
        });
        QCOMPARE(intro,
                 QStringLiteral("Remove 7 sources from this workspace? Fini deletes them and "
                                "no longer uses their content."));
        QVERIFY(articlesOffAtFirst);
        // The first five titles, then how many more.
        for (int i = 0; i < RemoveDialog::ListedTitles; ++i)
            QVERIFY2(titles.contains(rows.at(i).title), qPrintable(titles));
        QVERIFY(!titles.contains(rows.at(5).title));
        QVERIFY(titles.endsWith(QStringLiteral("… and 2 more")));

        QTRY_COMPARE(session()->model()->rowCount(), before - 7);
        for (const SourceRow &row : rows) {
            QCOMPARE(session()->model()->rowOf(row.id), -1);
            QVERIFY(!existsAtFini(row.id));
        }
        QCOMPARE(messageBarText(), QStringLiteral("Removed 7 sources from the workspace."));
        QCOMPARE(deleteAnswers(QStringLiteral("200")), 1);

        // The journal keeps what was removed, so that Activity can add the pages again.
        QTRY_VERIFY(!session()->journal()->recent(1).isEmpty()
                    && session()->journal()->recent(1).first().state == QLatin1String("finished"));
        ActivityModel activity({});
        activity.follow(session()->journal());
        activity.load();
        QTRY_VERIFY(activity.isLoaded());
        const QModelIndex operation = activity.index(0, ActivityModel::OperationColumn);
        QCOMPARE(operation.data().toString(), QStringLiteral("Removal of 7 sources"));
        QCOMPARE(activity.rowCount(operation.siblingAtColumn(0)), 7);
        QStringList shownTitles;
        QStringList shownUrls;
        for (int row = 0; row < 7; ++row) {
            const QModelIndex item = activity.index(row, 0, operation.siblingAtColumn(0));
            shownTitles << item.siblingAtColumn(ActivityModel::OperationColumn).data().toString();
            shownUrls << item.siblingAtColumn(ActivityModel::ResultColumn).data().toString();
            QCOMPARE(item.siblingAtColumn(ActivityModel::StateColumn).data().toString(),
                     QStringLiteral("Removed"));
        }
        QStringList urls;
        for (const SourceRow &row : rows) {
            QVERIFY(shownTitles.contains(row.title));
            QVERIFY(shownUrls.contains(row.url));
            urls << row.url;
        }
        QStringList addAgain = activity.addAgainUrls(operation);
        addAgain.sort();
        urls.sort();
        QCOMPARE(addAgain, urls);
    }

    void onlyWebPagesCanBeAddedAgain()
    {
        open(QStringLiteral("remove-notion"));
        const QList<SourceRow> rows = pick(2, QStringLiteral("notion"));
        QCOMPARE(rows.size(), 2);
        removeThroughDialog(rows, [](QDialog &dialog) { confirm(dialog, false); });
        QTRY_COMPARE(session()->model()->rowOf(rows.first().id), -1);
        ActivityModel activity({});
        activity.follow(session()->journal());
        activity.load();
        QTRY_VERIFY(activity.isLoaded() && activity.rowCount() > 0
                    && activity.index(0, ActivityModel::StateColumn).data().toString()
                           == QStringLiteral("Finished"));
        QVERIFY(activity.addAgainUrls(activity.index(0, 0)).isEmpty());
    }

    void removeWithArticlesSaysSo()
    {
        open(QStringLiteral("remove-articles"));
        const QList<SourceRow> rows = pick(2, QStringLiteral("web"), true);
        QCOMPARE(rows.size(), 2);
        QString explanation;
        removeThroughDialog(rows, [&](QDialog &dialog) {
            explanation =
                dialog.findChild<QLabel *>(QStringLiteral("removeArticlesExplanation"))->text();
            confirm(dialog, true);
        });
        QVERIFY2(explanation.startsWith(
                     QStringLiteral("2 of them have knowledge articles written from them.")),
                 qPrintable(explanation));
        QTRY_COMPARE(messageBarText(),
                     QStringLiteral("Removed 2 sources and the knowledge articles written from "
                                    "them."));
        QCOMPARE(session()->model()->rowOf(rows.first().id), -1);
    }

    void cancelRemovesNothing()
    {
        open(QStringLiteral("remove-cancel"));
        const QList<SourceRow> rows = pick(1);
        removeThroughDialog(rows, [](QDialog &dialog) {
            dialog.findChild<QPushButton *>(QStringLiteral("removeCancelButton"))->click();
        });
        QCOMPARE(deleteAnswers(QStringLiteral("200")), 0);
        QVERIFY(session()->model()->rowOf(rows.first().id) >= 0);
        QVERIFY(existsAtFini(rows.first().id));
    }

    void aServerErrorIsRetriedOnce()
    {
        open(QStringLiteral("remove-retry"));
        const QList<SourceRow> rows = pick(2);
        setFaults(1);
        removeThroughDialog(rows, [](QDialog &dialog) { confirm(dialog, false); });
        QTRY_COMPARE(messageBarText(), QStringLiteral("Removed 2 sources from the workspace."));
        QCOMPARE(deleteAnswers(QStringLiteral("500")), 1);
        QCOMPARE(deleteAnswers(QStringLiteral("200")), 1);
        QCOMPARE(session()->model()->rowOf(rows.first().id), -1);
    }

    void aSecondServerErrorIsReportedWithRetry()
    {
        open(QStringLiteral("remove-500"));
        const QList<SourceRow> rows = pick(2);
        setFaults(2);
        m_prompter.keepNextErrorOpen();
        removeThroughDialog(rows, [](QDialog &dialog) { confirm(dialog, false); });
        QTRY_COMPARE(m_prompter.openQuestions(), 1);
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("The sources were not removed"));
        QCOMPARE(
            m_prompter.lastText(),
            QStringLiteral("Deleting the sources failed because of a problem at Fini (HTTP "
                           "500). Nothing on your side is wrong; try again in a few minutes."));
        QVERIFY(m_prompter.lastErrorOfferedRetry());
        // Tried once more, as Fini's docs advise, and not again.
        QCOMPARE(deleteAnswers(QStringLiteral("500")), 2);
        QVERIFY(session()->model()->rowOf(rows.first().id) >= 0);
        QCOMPARE(table()->selectedIds().size(), 2);
        // Retry removes them without asking again.
        QVERIFY(m_prompter.answer(true));
        QTRY_COMPARE(session()->model()->rowOf(rows.first().id), -1);
        QCOMPARE(messageBarText(), QStringLiteral("Removed 2 sources from the workspace."));
    }

    void sourcesGoneAtFiniAreReportedOneByOne()
    {
        open(QStringLiteral("remove-partial"));
        const QList<SourceRow> rows = pick(3);
        // Someone removed the second one in Fini meanwhile: Fini refuses the whole request.
        HttpProbe(m_sandbox->url())
            .send("DELETE", QStringLiteral("/v2/documents/public"), FiniSandbox::writeKey(),
                  QJsonDocument(
                      QJsonObject{{QStringLiteral("documentIds"), QJsonArray{rows.at(1).id}}})
                      .toJson());
        removeThroughDialog(rows, [](QDialog &dialog) { confirm(dialog, false); });
        QTRY_VERIFY(messageBarText().startsWith(QStringLiteral("Removed 2 sources")));
        QCOMPARE(messageBarText(),
                 QStringLiteral("Removed 2 sources from the workspace. 1 source could not be "
                                "removed and is selected below; the details say why."));
        const QString details = messageBarDetails();
        QVERIFY2(
            details.startsWith(rows.at(1).title + QStringLiteral(": Fini refused it and said")),
            qPrintable(details));
        QCOMPARE(table()->selectedIds(), QStringList{rows.at(1).id});
        QCOMPARE(session()->model()->rowOf(rows.at(0).id), -1);
        QCOMPARE(session()->model()->rowOf(rows.at(2).id), -1);
    }

    void aReadOnlyKeyIsRefused()
    {
        open(QStringLiteral("remove-403"), FiniSandbox::readKey());
        const QList<SourceRow> rows = pick(1);
        removeThroughDialog(rows, [](QDialog &dialog) { confirm(dialog, false); });
        QTRY_COMPARE(m_prompter.lastText(), errorTextFor403());
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("The sources were not removed"));
        QVERIFY(!m_prompter.lastErrorOfferedRetry());
        QVERIFY(session()->model()->rowOf(rows.first().id) >= 0);
    }

    void aKeyKnownToBeReadOnlyExplainsInstead()
    {
        open(QStringLiteral("remove-read-only"), FiniSandbox::readKey());
        session()->setWriteBlocked(QStringLiteral("This key can only read sources."));
        table()->selectIds(idsOf(pick(1)));
        QTRY_COMPARE(table()->selectedCount(), 1);
        m_shown.window()->actions()->remove->trigger();
        QTRY_COMPARE(m_prompter.lastTitle(), QStringLiteral("This key can only read"));
        QCOMPARE(m_prompter.lastText(), QStringLiteral("This key can only read sources."));
        QVERIFY(!m_shown.window()->findChild<QDialog *>(QStringLiteral("removeDialog")));
        QCOMPARE(deleteAnswers(QStringLiteral("403")), 0);
    }

    void aRevokedKeyIsExplained()
    {
        open(QStringLiteral("remove-401"));
        const QList<SourceRow> rows = pick(1);
        QSignalSpy rejected(session(), &WorkspaceSession::keyRejected);
        session()->client()->setApiKey(FiniSandbox::revokedKey());
        removeThroughDialog(rows, [](QDialog &dialog) { confirm(dialog, false); });
        QTRY_COMPARE(
            m_prompter.lastText(),
            QStringLiteral("Fini did not accept the API key: it is missing, mistyped or was "
                           "revoked. Enter a valid key for this workspace (Fini: Deploy → "
                           "API Keys)."));
        QCOMPARE(rejected.size(), 1);
    }

    void addWebPagesSortsThemThenFollowsThemToTheEnd()
    {
        open(QStringLiteral("add-pages"));
        const SourceRow existing = pick(1).first();
        const QString first = QStringLiteral("https://help.acme.test/articles/new-returns");
        const QString second = QStringLiteral("https://help.acme.test/articles/new-shipping");
        QString summary;
        QString problems;
        QString button;
        addThroughDialog([&](QDialog &dialog) {
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("addPagesEdit"))
                ->setPlainText(first + QStringLiteral("\n") + existing.url + QStringLiteral("\n\n")
                               + second + QStringLiteral(", ") + first
                               + QStringLiteral("\nhelp.acme.test/faq\n"));
            summary = dialog.findChild<QLabel *>(QStringLiteral("addPagesSummary"))->text();
            problems = dialog.findChild<QLabel *>(QStringLiteral("addPagesProblems"))->text();
            auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addPagesButton"));
            button = add->text();
            QVERIFY(Screenshots::save(dialog, QStringLiteral("add-pages.png")));
            add->click();
        });
        QCOMPARE(summary, QStringLiteral("2 new web pages, 1 already in this workspace, 1 given "
                                         "twice (counted once), 1 not a web address (left out)."));
        QCOMPARE(problems, QStringLiteral("Line 5, “help.acme.test/faq”: not a web address: it "
                                          "must start with https:// or http://"));
        QCOMPARE(button, QStringLiteral("Add 3 web pages"));
        QTRY_COMPARE_WITH_TIMEOUT(messageBarText(),
                                  QStringLiteral("Fini has read the 3 web pages: 3 ready."), 15000);
        const SourceTableModel *model = session()->model();
        QStringList added;
        for (int row = 0; row < model->rowCount(); ++row) {
            const SourceRow &r = model->row(row);
            if (r.url == first || r.url == second) {
                QCOMPARE(r.status, QStringLiteral("COMPLETED"));
                added << r.id;
            }
        }
        QCOMPARE(added.size(), 2);
        QCOMPARE(table()->selectedIds().size(), 3);
        QCOMPARE(answers(QStringLiteral("POST /v2/documents/public"), QStringLiteral("200")), 1);
    }

    // A user trial found new rows saying "Refreshed": a page Fini reads for the first time is
    // "Added"; a page the workspace had already is "Refreshed".
    void addedPagesSayAddedAndKnownOnesRefreshed()
    {
        open(QStringLiteral("add-last-action"));
        const SourceRow existing = pick(1).first();
        const QString fresh = QStringLiteral("https://help.acme.test/articles/new-warranty");
        addThroughDialog([&](QDialog &dialog) {
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("addPagesEdit"))
                ->setPlainText(fresh + QStringLiteral("\n") + existing.url);
            dialog.findChild<QPushButton *>(QStringLiteral("addPagesButton"))->click();
        });
        QTRY_COMPARE_WITH_TIMEOUT(messageBarText(),
                                  QStringLiteral("Fini has read the 2 web pages: 2 ready."), 15000);
        const SourceTableModel *model = session()->model();
        int freshRow = -1;
        for (int row = 0; row < model->rowCount() && freshRow < 0; ++row)
            freshRow = model->row(row).url == fresh ? row : -1;
        QVERIFY(freshRow >= 0);
        QCOMPARE(model->index(freshRow, SourceTableModel::ActionColumn).data().toString(),
                 QStringLiteral("Added"));
        QCOMPARE(model->index(model->rowOf(existing.id), SourceTableModel::ActionColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Refreshed"));
    }

    // A user trial found the new rows selected but none current, so the details said "Select a
    // source": the topmost of them is current, shown in the details and scrolled into view.
    void theFirstAddedPageBecomesCurrent()
    {
        open(QStringLiteral("add-current"));
        const QStringList urls{QStringLiteral("https://help.acme.test/articles/new-gift-wrap"),
                               QStringLiteral("https://help.acme.test/articles/new-store-hours")};
        addThroughDialog([&](QDialog &dialog) {
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("addPagesEdit"))
                ->setPlainText(urls.join(QLatin1Char('\n')));
            dialog.findChild<QPushButton *>(QStringLiteral("addPagesButton"))->click();
        });
        QTRY_COMPARE_WITH_TIMEOUT(messageBarText(),
                                  QStringLiteral("Fini has read the 2 web pages: 2 ready."), 15000);
        QCOMPARE(table()->selectedIds().size(), 2);
        const QModelIndex current = table()->currentIndex();
        QVERIFY(current.isValid());
        const QString currentId = current.data(SourceTableModel::IdRole).toString();
        QVERIFY(table()->selectedIds().contains(currentId));
        // The topmost of the selection.
        for (const QModelIndex &selected : table()->selectionModel()->selectedRows())
            QVERIFY(selected.row() >= current.row());
        QVERIFY(table()->viewport()->rect().intersects(table()->visualRect(current)));
        const SourceRow &row = session()->model()->row(session()->model()->rowOf(currentId));
        QTRY_COMPARE(m_shown.child<QLabel>("detailsTitle")->text(), row.title);
        QVERIFY(!m_shown.child<QLabel>("detailsPlaceholder")->isVisible());
    }

    void refusedAddressesAreReportedOneByOne()
    {
        open(QStringLiteral("add-refused"));
        // The dialog lets no such address through; Fini's own check is the last word.
        session()->addWebPages({QStringLiteral("https://help.acme.test/articles/fine"),
                                QStringLiteral("ftp://files.acme.test/faq")},
                               {});
        QTRY_COMPARE_WITH_TIMEOUT(
            messageBarText(),
            QStringLiteral("Fini has read the 1 web page: 1 ready. 1 address was not added; the "
                           "details say why."),
            15000);
        const QString details = messageBarDetails();
        QVERIFY2(details.startsWith(QStringLiteral("ftp://files.acme.test/faq: Fini refused it")),
                 qPrintable(details));
    }

    void addingWithAReadOnlyKeyIsRefused()
    {
        open(QStringLiteral("add-403"), FiniSandbox::readKey());
        addThroughDialog([](QDialog &dialog) {
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("addPagesEdit"))
                ->setPlainText(QStringLiteral("https://help.acme.test/articles/denied"));
            dialog.findChild<QPushButton *>(QStringLiteral("addPagesButton"))->click();
        });
        QTRY_COMPARE(m_prompter.lastText(), errorTextFor403());
        QCOMPARE(m_prompter.lastTitle(), QStringLiteral("The web pages were not added"));
    }

    void addAgainBringsRemovedPagesBack()
    {
        open(QStringLiteral("add-again"));
        const QList<SourceRow> rows = pick(2);
        removeThroughDialog(rows, [](QDialog &dialog) { confirm(dialog, false); });
        QTRY_COMPARE(session()->model()->rowOf(rows.first().id), -1);
        ActivityModel activity({});
        activity.follow(session()->journal());
        activity.load();
        QTRY_VERIFY(activity.isLoaded() && activity.rowCount() > 0
                    && activity.index(0, ActivityModel::StateColumn).data().toString()
                           == QStringLiteral("Finished"));
        const QStringList urls = activity.addAgainUrls(activity.index(0, 0));
        QCOMPARE(urls.size(), 2);
        QString summary;
        addThroughDialog(
            [&](QDialog &dialog) {
                summary = dialog.findChild<QLabel *>(QStringLiteral("addPagesSummary"))->text();
                dialog.findChild<QPushButton *>(QStringLiteral("addPagesButton"))->click();
            },
            [&] { Q_EMIT m_shown.child<ActivityPanel>("activityPanel")->addAgainRequested(urls); });
        QCOMPARE(summary, QStringLiteral("2 new web pages."));
        QTRY_COMPARE_WITH_TIMEOUT(messageBarText(),
                                  QStringLiteral("Fini has read the 2 web pages: 2 ready."), 15000);
        const SourceTableModel *model = session()->model();
        int back = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            back += urls.contains(model->row(row).url) ? 1 : 0;
        QCOMPARE(back, 2);
    }

    void discoverLinksMarksKnownPagesThenAddsThePicked()
    {
        open(QStringLiteral("discover"));
        // The sandbox's help centre is the host of its web pages.
        const QUrl site =
            QUrl(pick(1).first().url)
                .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        QString status;
        QString button;
        int already = 0;
        QStringList picked;
        dialogThrough(m_shown.window()->actions()->discover, [&](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("discoverAddress"))
                ->setText(site.toString());
            QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("discoverLimit"))->value(), 250);
            dialog.findChild<QPushButton *>(QStringLiteral("discoverStart"))->click();
            auto *list = dialog.findChild<QListWidget *>(QStringLiteral("discoverList"));
            QTRY_VERIFY(list->count() > 0);
            status = dialog.findChild<QLabel *>(QStringLiteral("discoverStatus"))->text();
            for (int row = 0; row < list->count(); ++row) {
                QListWidgetItem *item = list->item(row);
                if (!(item->flags() & Qt::ItemIsUserCheckable)) {
                    ++already;
                    QVERIFY(item->text().endsWith(QStringLiteral(" (already a source)")));
                } else if (picked.size() < 3) {
                    picked << item->data(Qt::UserRole).toString();
                } else {
                    item->setCheckState(Qt::Unchecked);
                }
            }
            auto *add = dialog.findChild<QPushButton *>(QStringLiteral("discoverAddButton"));
            button = add->text();
            add->click();
        });
        QVERIFY(already > 0);
        QVERIFY2(status.startsWith(QStringLiteral("Fini found ")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("%1 already in this workspace").arg(already)));
        QCOMPARE(button, QStringLiteral("Add 3 web pages"));
        QTRY_COMPARE_WITH_TIMEOUT(messageBarText(),
                                  QStringLiteral("Fini has read the 3 web pages: 3 ready."), 15000);
        const SourceTableModel *model = session()->model();
        int added = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            added += picked.contains(model->row(row).url) ? 1 : 0;
        QCOMPARE(added, 3);
    }

    void discoverLinksSaysWhenTheLimitCutsTheList()
    {
        open(QStringLiteral("discover-limit"));
        QString status;
        int count = 0;
        dialogThrough(m_shown.window()->actions()->discover, [&](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("discoverAddress"))
                ->setText(QStringLiteral("https://docs.elsewhere.test"));
            dialog.findChild<QSpinBox *>(QStringLiteral("discoverLimit"))->setValue(5);
            dialog.findChild<QPushButton *>(QStringLiteral("discoverStart"))->click();
            auto *list = dialog.findChild<QListWidget *>(QStringLiteral("discoverList"));
            QTRY_VERIFY(list->count() > 0);
            count = list->count();
            status = dialog.findChild<QLabel *>(QStringLiteral("discoverStatus"))->text();
        });
        QCOMPARE(count, 5);
        QCOMPARE(status, QStringLiteral("Fini found 5 pages; 0 already in this workspace. That is "
                                        "the limit: raise it to see more."));
    }

    void discoverLinksExplainsAReadOnlyKey()
    {
        open(QStringLiteral("discover-403"), FiniSandbox::readKey());
        QString status;
        dialogThrough(m_shown.window()->actions()->discover, [&](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("discoverAddress"))
                ->setText(QStringLiteral("https://help.acme.test"));
            dialog.findChild<QPushButton *>(QStringLiteral("discoverStart"))->click();
            auto *label = dialog.findChild<QLabel *>(QStringLiteral("discoverStatus"));
            QTRY_VERIFY(label->text() != QStringLiteral("Fini is reading the pages…"));
            status = label->text();
        });
        QCOMPARE(status, errorTextFor403());
    }

    void theRowMenuAndTheSourcesMenuOfferRemove()
    {
        open(QStringLiteral("remove-menus"));
        const QAction *remove = m_shown.window()->actions()->remove;
        QVERIFY(!remove->isEnabled()); // nothing selected
        table()->selectIds(idsOf(pick(1)));
        QTRY_VERIFY(remove->isEnabled());
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        bool inSourcesMenu = false;
        for (const QAction *menu : m_shown.window()->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(remove))
                inSourcesMenu = menu->text() == QStringLiteral("&Sources");
        }
        QVERIFY(inSourcesMenu);
    }
};

SOURCEDESK_TEST_MAIN(QApplication, ManageSourcesTest)
#include "tst_manage_sources.moc"
