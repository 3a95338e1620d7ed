#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

// Shows the operation that runs in the background (a refresh being followed, knowledge jobs
// being tracked) with its progress and a Cancel button.
class OperationBar : public QFrame
{
    Q_OBJECT

public:
    explicit OperationBar(QWidget *parent = nullptr);

    void begin(const QString &text);
    void setProgress(const QString &text, int done, int total);
    void end();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};
