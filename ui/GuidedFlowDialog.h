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
// be copied or saved. The review step lists the changed sources with a check box each: the
// flow generates for the checked ones, whatever happens to the selection in the window. The
// report names every source that failed, with Fini's reason.
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
    // The changed sources still checked in the review step's list.
    QStringList chosenIds() const;

    // The review step's "Generate knowledge…": asks for the options, then generates.
    void generateChanged();

Q_SIGNALS:
    void stepChanged(GuidedFlowDialog::Step step);
    // A source picked in the review list: the window shows its details.
    void sourceActivated(const QString &id);

private:
    void setStep(Step step, const QString &text);
    void onRefreshFinished(const RefreshWorkflow::Summary &summary);
    void onGenerateFinished(const GenerateWorkflow::Summary &summary);
    void showChangedList();
    void cancelFlow();
    void saveReport();
    void showReport(const QString &text);
    // One line per source that did not get through, by title, with what Fini said.
    QStringList problemLines(const QHash<QString, SourceOutcome> &outcomes) const;
    // A source's title, or its ID where it has none.
    QString titleOf(const QString &id) const;

    WorkspaceSession *m_session;
    Prompter *m_prompter;
    QList<RefreshWorkflow::Target> m_targets;
    Step m_step = Step::Refresh;
    QStringList m_changed;
    QString m_refreshReport;
    QString m_generateReport;
    QListWidget *m_steps;
    QListWidget *m_changedList;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPlainTextEdit *m_report;
    QPushButton *m_next;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_save;
};
