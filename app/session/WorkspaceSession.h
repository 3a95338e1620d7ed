#pragma once

#include "ActivityJournal.h"
#include "ActivityRecorder.h"
#include "ApiError.h"
#include "CursorWalker.h"
#include "FiniClient.h"
#include "GenerateWorkflow.h"
#include "RefreshWorkflow.h"
#include "RemoveWorkflow.h"
#include "SourceCache.h"
#include "SourceFilterProxy.h"
#include "SourceTableModel.h"
#include "WorkspaceInfo.h"
#include "WorkspaceLoader.h"

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

// One open workspace, whether or not a window shows it: its client, the table and its
// filters, the loader, the refresh and generate workflows, the activity journal, and what
// runs right now. A window is only a view of a session (like qBittorrent's Session and its
// MainWindow): switching workspaces switches the view, and the operations go on.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    enum class Operation { None, Refresh, Generate, ListChanged, Remove, Add };

    // What the window shows about the running operation.
    struct OperationState {
        Operation kind = Operation::None;
        QString text;
        int done = 0;
        int total = 0; // 0 while the total is not known yet
        QElapsedTimer clock;
    };

    // How adding web pages or importing a provider's resources went: what Fini queued (then
    // followed like a refresh) and the items it refused.
    struct AddResult {
        QString source = QStringLiteral("web"); // or the provider imported from
        QStringList addedIds;
        QStringList updatedIds;
        QList<IdRejection> refused;        // by URL, or by the provider's external ID
        QList<ProviderResource> resources; // what was to be imported, for a Retry
        ApiError firstError;
        RefreshWorkflow::Summary followed;
    };

    // How the last operation ended, for a window that was not showing it.
    struct Result {
        Operation kind = Operation::None;
        RefreshWorkflow::Summary refresh;
        GenerateWorkflow::Summary generate;
        RemoveWorkflow::Summary remove;
        AddResult add;
    };

    WorkspaceSession(std::unique_ptr<FiniClient> client, const WorkspaceInfo &info,
                     QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // Loads the sources and follows again what was running when Sourcedesk last stopped.
    void start();

    const WorkspaceInfo &info() const { return m_info; }
    // How the operations poll Fini from their next check on.
    void setPolling(const PollSchedule::Settings &polling);
    FiniClient *client() const { return m_client.get(); }
    SourceTableModel *model() { return &m_model; }
    SourceFilterProxy *proxy() { return &m_proxy; }
    // The rows picked in the table and the current one: kept here so that a workspace shown
    // again comes back with the sources that were picked, like its filters.
    QItemSelectionModel *selection() { return &m_selection; }
    WorkspaceLoader *loader() { return &m_loader; }
    RefreshWorkflow *refreshWorkflow() { return &m_refresh; }
    GenerateWorkflow *generateWorkflow() { return &m_generate; }
    ActivityJournal *journal() { return &m_journal; }
    ActivityRecorder *recorder() { return &m_recorder; }

    // Reads every source again, with every walk at once.
    void reload();
    void cancelLoad();
    bool isLoading() const { return m_readingCache || m_loader.isLoading(); }
    // When the rows shown were saved, while they came from the cache and the delta runs;
    // otherwise 0.
    qint64 cachedAt() const { return m_cachedAt; }
    // Keeps the table on disk now (it is kept after each load, and a moment after it changes).
    void saveCache();
    bool loadCancelled() const { return m_loadCancelled; }
    ApiError loadError() const { return m_loadError; }

    void refresh(const QList<RefreshWorkflow::Target> &targets);
    void generate(const QStringList &ids, const GenerateOptions &options);
    // Deletes these sources at Fini, with their linked articles when `deleteArticles`; the
    // rows Fini removed leave the table.
    void remove(const QList<SourceRow> &rows, bool deleteArticles);
    // Adds web pages (`toRefresh`: pages the workspace has already) and follows what Fini
    // queued until it has read them.
    void addWebPages(const QStringList &toAdd, const QStringList &toRefresh);
    // Registers these resources of `provider` with Fini, queues their ingestion (new ones to
    // add, known ones to refresh) and follows them like added web pages.
    void importResources(const QString &provider, const QList<ProviderResource> &resources);
    // Fini's own `changed=true` list, the authoritative one for the refresh workflow.
    void listChanged();
    // Stops following the operation here; what was queued at Fini goes on there.
    void cancelOperation();
    bool operationRunning() const { return m_operation.kind != Operation::None; }
    const OperationState &operation() const { return m_operation; }
    const std::optional<Result> &lastResult() const { return m_lastResult; }
    // A key without the write scope: refresh and generate stay off, with this reason.
    void setWriteBlocked(const QString &reason);
    bool writeAllowed() const { return m_writeBlockedReason.isEmpty(); }
    QString writeBlockedReason() const { return m_writeBlockedReason; }

    // A plain sentence about work that goes on at Fini (a refresh, knowledge jobs), or empty.
    QString describeWorkAtFini() const;

Q_SIGNALS:
    void loadChanged();
    void writeAccessChanged();
    void loadProgress(int loaded);
    void operationChanged();
    void refreshFinished(const RefreshWorkflow::Summary &summary);
    void generateFinished(const GenerateWorkflow::Summary &summary);
    void removeFinished(const RemoveWorkflow::Summary &summary);
    void addFinished(const WorkspaceSession::AddResult &result);
    void changedListed(const QStringList &ids);
    void changedListFailed(const ApiError &error);
    // Not fatal: a progress check failed and the next one tries again.
    void pollProblem(const ApiError &error);
    // Fini answered 401: the key is missing, mistyped or revoked.
    void keyRejected();

private:
    void connectLoader();
    void connectWorkflows();
    void connectRemoval();
    void onRegistered(const BatchOutcome<IngestResult> &outcome);
    void onQueued(const BatchOutcome<IngestResult> &outcome);
    void endAdd();
    void beginOperation(Operation kind, const QString &text);
    void setProgress(Operation kind, const QString &text, int done, int total);
    void endOperation();
    void onChangedWalkEnded(CursorWalker::End end, const ApiError &error);
    void applySources(const QList<Source> &sources);
    void readCache();
    void startDelta(qint64 syncedTo);
    void showCache(std::optional<SourceCache::Opened> opened);
    void connectCache();

    // Declared in the order they depend on each other: each member is destroyed before
    // the ones it points at (the recorder before the workflows, everything before the client).
    WorkspaceInfo m_info;
    std::unique_ptr<FiniClient> m_client;
    ActivityJournal m_journal;
    SourceTableModel m_model;
    SourceFilterProxy m_proxy;
    QItemSelectionModel m_selection;
    WorkspaceLoader m_loader;
    RefreshWorkflow m_refresh;
    GenerateWorkflow m_generate;
    RemoveWorkflow m_remove;
    ActivityRecorder m_recorder;
    CursorWalker m_changedWalk;
    std::unique_ptr<SourceCache> m_cache; // null when the workspace keeps none
    QTimer m_cacheSaveTimer;

    ApiError m_loadError;
    bool m_loadCancelled = false;
    bool m_readingCache = false;
    qint64 m_cachedAt = 0;
    qint64 m_syncedTo = 0;
    OperationState m_operation;
    std::optional<Result> m_lastResult;
    QStringList m_changedIds;
    QString m_writeBlockedReason;
    AddResult m_add;
};
