#pragma once

#include "FilterSidebar.h"
#include "LocalState.h"
#include "SourceTableModel.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>

class ActivityPanel;
class FilterBar;
class GuidedFlowDialog;
class MessageBar;
class OperationBar;
class OperationResultPresenter;
class Prompter;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class SourceCommands;
class SourceDetailsPane;
class SourceTableView;
class StatePage;
class WindowActions;
class WorkspaceSession;

// The window shows one workspace session: its sources in a filterable table, a sidebar of
// views with counts, the details of the current source, what runs and how long it has run,
// and the actions on the selection. It owns none of the session's state, so closing it or
// showing another workspace leaves every operation running.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(WorkspaceSession *session, Prompter *prompter, QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceSession *session() const { return m_session; }
    SourceCommands *commands() const { return m_commands; }
    QMenu *workspaceMenu() const;
    const WindowActions *actions() const { return m_actions; }
    // What goes on at Fini that quitting leaves running, one sentence each; by default this
    // window's session. The app's controller knows every open workspace.
    void setWorkAtFini(std::function<QStringList()> describe);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildCentre();
    void buildStatusBar();
    void buildActivityPanel();
    void connectActions();
    void connectSession();
    void showViewState();
    void restoreLocalState();
    void saveLocalState();
    void applySidebarView(FilterSidebar::View view, const QString &type);
    void updateCentre();
    void updateStatus();
    void updateCounts();
    void onCurrentChanged();
    void onLoadChanged();
    void showLoadProgress();
    void showRetryCountdown(const ApiError &error, int delayMs);
    void showAbout();
    void applyWriteAccess();

    WorkspaceSession *m_session;
    Prompter *m_prompter;
    LocalState m_state;
    std::function<QStringList()> m_workAtFini;
    bool m_closeApproved = false;
    bool m_closeAsked = false;
    SourceTableModel::Counts m_counts;
    int m_countdownSeconds = 0;
    QTimer m_countsTimer;
    QTimer m_saveTimer;
    QTimer m_countdownTimer;
    QTimer m_loadTick;

    WindowActions *m_actions;
    FilterSidebar *m_sidebar = nullptr;
    SourceTableView *m_table = nullptr;
    StatePage *m_statePage = nullptr;
    QStackedWidget *m_centre = nullptr;
    SourceDetailsPane *m_details = nullptr;
    FilterBar *m_filterBar = nullptr;
    OperationBar *m_operationBar = nullptr;
    MessageBar *m_messageBar = nullptr;
    MessageBar *m_historyBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_activity = nullptr;
    QProgressBar *m_activityBar = nullptr;
    ActivityPanel *m_activityPanel = nullptr;
    SourceCommands *m_commands = nullptr;
    OperationResultPresenter *m_presenter = nullptr;
};
