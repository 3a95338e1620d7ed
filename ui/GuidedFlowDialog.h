#pragma once

#include "WorkspaceSession.h"

#include <QDialog>

class Prompter;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// "Refresh and regenerate…": refresh → wait → see what changed → generate → follow the jobs,
// as one guided flow with a step indicator, Cancel at every step and a final report that can
// be copied or saved.
class GuidedFlowDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Refresh, Wait, Review, Generate, Track, Report };

    GuidedFlowDialog(WorkspaceSession *session, Prompter *prompter,
                     const QList<RefreshWorkflow::Target> &targets, QWidget *parent = nullptr);

    void begin();
    Step step() const { return m_step; }
    QString report() const;
    QStringList changedIds() const { return m_changed; }

    // The review step's "Generate knowledge…": asks for the options, then generates.
    void generateChanged();

Q_SIGNALS:
    void stepChanged(GuidedFlowDialog::Step step);

private:
    void setStep(Step step, const QString &text);
    void onRefreshFinished(const RefreshWorkflow::Summary &summary);
    void onGenerateFinished(const GenerateWorkflow::Summary &summary);
    void cancelFlow();
    void saveReport();

    WorkspaceSession *m_session;
    Prompter *m_prompter;
    QList<RefreshWorkflow::Target> m_targets;
    Step m_step = Step::Refresh;
    QStringList m_changed;
    QString m_refreshReport;
    QString m_generateReport;
    QListWidget *m_steps;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPlainTextEdit *m_report;
    QPushButton *m_next;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_save;
};
