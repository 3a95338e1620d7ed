#pragma once

#include "ApiError.h"
#include "FilterSidebar.h"
#include "GenerateWorkflow.h"
#include "LocalState.h"
#include "RefreshWorkflow.h"
#include "SourceFilterProxy.h"
#include "SourceTableModel.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class FiniClient;
class ActivityJournal;
class ActivityPanel;
class ActivityRecorder;
class GuidedFlowDialog;
class MessageBar;
class OperationBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class SourceDetailsPane;
class SourceTableView;
class StatePage;
class WorkspaceLoader;

struct WorkspaceInfo {
    QString name;
    QString stateScope; // keeps each workspace's table state apart
    bool demo = false;
    PollSchedule::Settings polling;
};

// The main window: the sources of one workspace in a filterable table, a sidebar of views
// with counts, the details of the current source, and the actions on the selection.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(FiniClient *client, const WorkspaceInfo &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void reload();
    void copySelectedIds();
    void selectAllChanged();
    bool exportVisibleRows(const QString &fileName);
    void askFiniForChanged();
    void refreshSelected();
    void generateForSelected();
    // "Refresh and regenerate…" on the selection (or every source when none is selected).
    GuidedFlowDialog *startGuidedFlow();
    // A key without the write scope: refresh and generate stay off, with the reason.
    void setWriteAllowed(bool allowed, const QString &reason = {});
    QMenu *workspaceMenu() const { return m_workspaceMenu; }

    SourceTableModel *sourceModel() { return &m_model; }
    SourceFilterProxy *proxyModel() { return &m_proxy; }
    WorkspaceLoader *loader() const { return m_loader; }
    RefreshWorkflow *refreshWorkflow() const { return m_refresh; }
    GenerateWorkflow *generateWorkflow() const { return m_generate; }
    ActivityJournal *journal() const { return m_journal.get(); }

Q_SIGNALS:
    // Fini answered 401: the key is missing, mistyped or revoked.
    void keyRejected();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    QWidget *buildFilterBar();
    void buildCentre();
    void restoreLocalState();
    void saveLocalState();
    void applySidebarView(FilterSidebar::View view, const QString &type);
    void updateCentre();
    void updateStatus();
    void updateCounts();
    void onCurrentChanged();
    void onLoadFinished(bool complete);
    void onLoadFailed(const ApiError &error);
    void showRowMenu(const QPoint &position);
    void exportWithDialog();
    void showAbout();
    void connectWorkflows();
    void buildActivityPanel();
    void onRefreshFinished(const RefreshWorkflow::Summary &summary);
    void onGenerateFinished(const GenerateWorkflow::Summary &summary);
    void showRetryCountdown(const ApiError &error, int delayMs);
    QList<SourceRow> selectedRows() const;
    bool operationRunning() const;

    FiniClient *m_client;
    WorkspaceInfo m_workspace;
    LocalState m_state;
    SourceTableModel m_model;
    SourceFilterProxy m_proxy;
    WorkspaceLoader *m_loader = nullptr;
    RefreshWorkflow *m_refresh = nullptr;
    std::unique_ptr<ActivityJournal> m_journal;
    ActivityRecorder *m_recorder = nullptr;
    ActivityPanel *m_activityPanel = nullptr;
    GenerateWorkflow *m_generate = nullptr;
    OperationBar *m_operationBar = nullptr;
    QTimer m_countdownTimer;
    int m_countdownSeconds = 0;
    QTimer m_countsTimer;
    SourceTableModel::Counts m_counts;
    QTimer m_saveTimer;

    FilterSidebar *m_sidebar = nullptr;
    SourceTableView *m_table = nullptr;
    StatePage *m_statePage = nullptr;
    QStackedWidget *m_centre = nullptr;
    SourceDetailsPane *m_details = nullptr;
    MessageBar *m_messageBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_operationFilter = nullptr;
    QComboBox *m_languageFilter = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_activity = nullptr;
    QProgressBar *m_activityBar = nullptr;
    ApiError m_loadError;

    QMenu *m_workspaceMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    bool m_writeAllowed = true;
    QString m_writeBlockedReason;
    QAction *m_reloadAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_guidedAction = nullptr;
    QPointer<GuidedFlowDialog> m_guided;
    QAction *m_findAction = nullptr;
    QAction *m_selectChangedAction = nullptr;
    QAction *m_copyIdsAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_openUrlAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_askChangedAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_resetColumnsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
};
