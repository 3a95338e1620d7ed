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
class QSplitter;
class QStackedWidget;
class SourceCommands;
class SourceDetailsPane;
class SourceTableView;
class StatePage;
class StatusLine;
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

Q_SIGNALS:
    // The user wants to give this workspace another key (edit the workspace).
    void changeKeyRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildCentre();
    void buildActivityPanel();
    void connectActions();
    void connectSession();
    void showViewState();
    void restoreLocalState();
    void saveLocalState();
    void applySidebarView(FilterSidebar::View view, const QString &type);
    void updateCentre();
    void updateStatus();
    void onCurrentChanged();
    void showDetails(int modelRow);
    void onLoadChanged();
    void applyWriteAccess();

    WorkspaceSession *m_session;
    Prompter *m_prompter;
    LocalState m_state;
    std::function<QStringList()> m_workAtFini;
    bool m_closeApproved = false;
    bool m_closeAsked = false;
    QTimer m_saveTimer;

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
    MessageBar *m_accessBar = nullptr;
    QSplitter *m_splitter = nullptr;
    StatusLine *m_statusLine = nullptr;
    ActivityPanel *m_activityPanel = nullptr;
    SourceCommands *m_commands = nullptr;
    OperationResultPresenter *m_presenter = nullptr;
};
