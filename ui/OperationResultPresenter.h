#pragma once

#include "MessageBar.h"
#include "WorkspaceSession.h"

#include <QObject>

class FilterBar;
class FilterSidebar;
class Prompter;
class SourceCommands;
class SourceTableView;

// Tells the user how an operation of the session ended: a summary in the message bar, the
// sources it is about selected, and a dialog (with Retry where trying again can help) when
// Fini refused the whole operation. Results the window missed while it showed another
// workspace appear in the message bar when the window shows this session again.
class OperationResultPresenter : public QObject
{
    Q_OBJECT

public:
    struct View {
        QWidget *window;
        MessageBar *messageBar;
        SourceTableView *table;
        FilterSidebar *sidebar;
        FilterBar *filterBar;
    };

    OperationResultPresenter(WorkspaceSession *session, SourceCommands *commands,
                             Prompter *prompter, const View &view);

    void showLastResult();

Q_SIGNALS:
    void statusText(const QString &text);

private:
    void onRefreshFinished(const RefreshWorkflow::Summary &summary);
    void onGenerateFinished(const GenerateWorkflow::Summary &summary);
    void onRemoveFinished(const RemoveWorkflow::Summary &summary);
    void onAddFinished(const WorkspaceSession::AddResult &result);
    void showAddSummary(const WorkspaceSession::AddResult &result);
    static QStringList refusalLines(const WorkspaceSession::AddResult &result);
    void showRemoveSummary(const RemoveWorkflow::Summary &summary);
    // Removes again the sources of `ids` still in the table, without asking.
    void removeAgain(const QStringList &ids, bool deleteArticles);
    void onChangedListed(const QStringList &ids);
    void onLoadChanged();
    void showRefreshSummary(const RefreshWorkflow::Summary &summary, bool selectChanged);
    void showGenerateSummary(const GenerateWorkflow::Summary &summary);
    void showAll(const QStringList &selectIds);
    void showMessage(MessageBar::Tone tone, const QString &text, const QString &details = {},
                     const QString &actionText = {}, std::function<void()> action = {});

    WorkspaceSession *m_session;
    SourceCommands *m_commands;
    Prompter *m_prompter;
    View m_view;
    bool m_showsLoadError = false;
};
