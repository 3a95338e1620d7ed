#pragma once

#include "KnowledgeTypes.h"
#include "ProviderResource.h"
#include "RefreshWorkflow.h"
#include "SourceRow.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class GuidedFlowDialog;
class Prompter;
class SourceTableView;
class WorkspaceSession;

// What the user does with the selected or visible sources: refresh, generate, the guided
// flow, copy, open, export. Asks first where the action reaches Fini, then hands the work
// to the session.
class SourceCommands : public QObject
{
    Q_OBJECT

public:
    SourceCommands(WorkspaceSession *session, SourceTableView *table, Prompter *prompter,
                   QWidget *window);

    QList<SourceRow> selectedRows() const;
    QList<RefreshWorkflow::Target> selectedTargets() const;
    void refreshSelected();
    void generateForSelected();
    // Start at once, without asking: the user already chose them (Retry after an error).
    void refreshNow(const QList<RefreshWorkflow::Target> &targets);
    void generateNow(const QStringList &ids, const GenerateOptions &options);
    // "Remove from workspace…": asks with the count, the first titles and the separate choice
    // about linked articles, then removes.
    void removeSelected();
    void removeNow(const QList<SourceRow> &rows, bool deleteArticles);
    // "Add web pages…", with `urls` already filled in ("Add again" in Activity).
    void addWebPages(const QStringList &urls = {});
    void addNow(const QStringList &toAdd, const QStringList &toRefresh);
    // "Discover links…": the pages Fini finds from an address, to pick and add.
    void discoverLinks();
    // "Import from Notion, Zendesk or Confluence…": pick in the provider's tree, then import.
    void importFromProvider();
    void importNow(const QString &provider, const QList<ProviderResource> &resources);
    // "Refresh and regenerate…" on the selection, or on every source without one: asks with
    // the count first, then opens the flow.
    void startGuidedFlow();
    GuidedFlowDialog *guidedFlow() const;
    void exportWithDialog();
    bool exportVisibleRows(const QString &fileName);
    void copySelectedIds();
    void copySelectedUrls();
    void openSelectedUrl();
    // Opens `url` in the browser; where none opens, says so and shows the address to copy.
    void openUrl(const QString &url);
    void selectAllChanged();

Q_SIGNALS:
    // A new operation is about to start: earlier results are no longer news.
    void operationStarting();
    void statusMessage(const QString &text, int timeoutMs);

private:
    // With a key that can only read, says so and why, and answers true.
    bool explainReadOnly();
    // Asks "Refresh N sources?" (uploaded files left out), then hands the targets on.
    void confirmRefresh(const QString &title, const QString &intro,
                        const QList<RefreshWorkflow::Target> &targets,
                        std::function<void(const QList<RefreshWorkflow::Target> &)> then);
    // The workspace's web pages, in WebPageList::comparable() form.
    QSet<QString> knownWebPages() const;
    // The addresses of the workspace's sources of each provider, in WebPageList::comparable()
    // form.
    QHash<QString, QSet<QString>> knownProviderPages() const;
    void openGuidedFlow(const QList<RefreshWorkflow::Target> &targets);
    void exportFailed(const QString &reason);

    WorkspaceSession *m_session;
    SourceTableView *m_table;
    Prompter *m_prompter;
    QWidget *m_window;
    QPointer<GuidedFlowDialog> m_guided;
};
