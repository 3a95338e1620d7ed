#pragma once

#include "WorkspaceSession.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;

// Shows the operation a session runs in the background (a refresh being followed, knowledge
// jobs being tracked, Fini's list of changed sources) with its progress, how long it has
// run, and a button to stop it.
class OperationBar : public QFrame
{
    Q_OBJECT

public:
    explicit OperationBar(QWidget *parent = nullptr);

    // Shows the state, or hides the bar when nothing runs.
    void showState(const WorkspaceSession::OperationState &state);

Q_SIGNALS:
    void cancelRequested();

private:
    void updateElapsed();

    QLabel *m_text;
    QLabel *m_elapsed;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QElapsedTimer m_clock;
    QTimer m_tick;
};
