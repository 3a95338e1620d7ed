#pragma once

#include "SourceTableModel.h"

#include <QObject>
#include <QTimer>

class ApiError;
class QLabel;
class QProgressBar;
class QStatusBar;
class WorkspaceSession;

// The window's status bar: the totals (sources, shown, selected, changed, in progress), what
// the window is busy with (loading, a countdown when Fini asks to slow down) and how the last
// load ended. The counts it shows are the ones the sidebar shows, taken at the same moment as
// the rows they count, so no two numbers on screen contradict each other while a load runs.
class StatusLine : public QObject
{
    Q_OBJECT

public:
    StatusLine(WorkspaceSession *session, QStatusBar *bar, QObject *parent);

    const SourceTableModel::Counts &counts() const { return m_counts; }
    void showTotals(int shown, int selected);
    // Follows the session's load: progress while it runs, how it ended after.
    void showLoadState();
    void setActivityText(const QString &text);

Q_SIGNALS:
    // The counts changed: the sidebar shows them, the window enables its actions by them.
    void countsChanged(const SourceTableModel::Counts &counts);
    // While loading: how many sources are in the table and for how long the load has run.
    void loadProgressText(const QString &text);

private:
    void updateCounts();
    void showLoadProgress();
    void showRetryCountdown(const ApiError &error, int delayMs);
    void showCountdown();

    WorkspaceSession *m_session;
    SourceTableModel::Counts m_counts;
    int m_countdownSeconds = 0;
    QTimer m_countsTimer;
    QTimer m_countdownTimer;
    QTimer m_loadTick;
    QLabel *m_totals;
    QLabel *m_activity;
    QProgressBar *m_activityBar;
};
