#include "GuidedFlowDialog.h"

#include "GenerateDialog.h"
#include "Prompter.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

GuidedFlowDialog::GuidedFlowDialog(WorkspaceSession *session, Prompter *prompter,
                                   const QList<RefreshWorkflow::Target> &targets, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_targets(targets)
{
    setObjectName(QStringLiteral("guidedFlowDialog"));
    setWindowTitle(tr("Refresh and regenerate"));
    resize(640, 420);
    auto *layout = new QHBoxLayout(this);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("guidedSteps"));
    m_steps->setFixedWidth(190);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setAccessibleName(tr("Steps"));
    for (const QString &name :
         {tr("1. Refresh"), tr("2. Wait for Fini"), tr("3. Review changes"),
          tr("4. Generate knowledge"), tr("5. Follow the jobs"), tr("6. Report")})
        m_steps->addItem(name);
    layout->addWidget(m_steps);

    auto *right = new QVBoxLayout;
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("guidedText"));
    m_text->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("guidedProgress"));
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("guidedReport"));
    m_report->setReadOnly(true);
    m_report->setAccessibleName(tr("Report"));
    m_report->setTabChangesFocus(true);
    m_report->hide();
    m_changedList = new QListWidget(this);
    m_changedList->setObjectName(QStringLiteral("guidedChangedList"));
    m_changedList->hide();
    right->addWidget(m_text);
    right->addWidget(m_progress);
    right->addWidget(m_changedList, 1);
    right->addWidget(m_report, 1);
    right->addStretch();
    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("Copy report"), this);
    m_copy->setObjectName(QStringLiteral("guidedCopy"));
    m_save = new QPushButton(tr("Save report…"), this);
    m_save->setObjectName(QStringLiteral("guidedSave"));
    m_next = new QPushButton(tr("Generate knowledge…"), this);
    m_next->setObjectName(QStringLiteral("guidedNext"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("guidedCancel"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    right->addLayout(buttons);
    layout->addLayout(right, 1);
    m_copy->hide();
    m_save->hide();
    m_next->hide();

    connect(m_next, &QPushButton::clicked, this, &GuidedFlowDialog::generateChanged);
    connect(m_changedList, &QListWidget::itemChanged, this,
            [this] { m_next->setEnabled(!chosenIds().isEmpty()); });
    connect(m_changedList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT sourceActivated(item->data(Qt::UserRole).toString());
    });
    connect(m_cancel, &QPushButton::clicked, this, &GuidedFlowDialog::cancelFlow);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(report()); });
    connect(m_save, &QPushButton::clicked, this, &GuidedFlowDialog::saveReport);
    connect(m_session->refreshWorkflow(), &RefreshWorkflow::progress, this,
            [this](int done, int total) {
                if (m_step == Step::Refresh)
                    setStep(Step::Wait,
                            tr("Fini is refreshing the sources. Sourcedesk checks every few "
                               "seconds."));
                m_progress->setRange(0, std::max(1, total));
                m_progress->setValue(done);
            });
    connect(m_session->refreshWorkflow(), &RefreshWorkflow::finished, this,
            &GuidedFlowDialog::onRefreshFinished);
    connect(m_session->generateWorkflow(), &GenerateWorkflow::progress, this,
            [this](int done, int total) {
                if (m_step == Step::Generate)
                    setStep(Step::Track,
                            tr("Fini is writing knowledge. Sourcedesk follows each job."));
                m_progress->setRange(0, std::max(1, total));
                m_progress->setValue(done);
            });
    connect(m_session->generateWorkflow(), &GenerateWorkflow::finished, this,
            &GuidedFlowDialog::onGenerateFinished);
}

void GuidedFlowDialog::setStep(Step step, const QString &text)
{
    m_step = step;
    // Every step reads in the palette's text colour: the current one is marked by weight and
    // an arrow, the done ones by a check, and a screen reader says which is which.
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem *item = m_steps->item(row);
        const bool done = row < int(step);
        const bool current = row == int(step);
        QFont font = item->font();
        font.setBold(current);
        item->setFont(font);
        item->setIcon(done      ? style()->standardIcon(QStyle::SP_DialogApplyButton)
                      : current ? style()->standardIcon(QStyle::SP_ArrowRight)
                                : QIcon());
        item->setData(Qt::AccessibleDescriptionRole, done      ? tr("Done")
                                                     : current ? tr("Current step")
                                                               : tr("Still to come"));
    }
    m_text->setText(text);
    Q_EMIT stepChanged(step);
}

void GuidedFlowDialog::begin()
{
    setStep(Step::Refresh,
            tr("Queueing %Ln source(s) for refresh…", nullptr, int(m_targets.size())));
    m_progress->setRange(0, 0);
    m_session->refresh(m_targets);
}

void GuidedFlowDialog::onRefreshFinished(const RefreshWorkflow::Summary &summary)
{
    if (m_step != Step::Refresh && m_step != Step::Wait)
        return;
    m_changed = summary.changedFromThisRefresh;
    m_refreshReport = tr("Refresh: %L1 queued, %L2 rejected, %L3 uploaded files skipped, %L4 "
                         "refreshed, %L5 failed, %L6 still running; %L7 changed.")
                          .arg(summary.queued)
                          .arg(summary.rejected)
                          .arg(summary.skippedFiles)
                          .arg(summary.completed)
                          .arg(summary.failed)
                          .arg(summary.stillRunning)
                          .arg(m_changed.size());
    const QStringList problems = problemLines(m_session->refreshWorkflow()->outcomes());
    if (!problems.isEmpty())
        m_refreshReport += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    if (summary.cancelled || m_changed.isEmpty()) {
        showReport(summary.cancelled ? tr("The flow was cancelled.")
                                     : tr("No source changed: there is nothing to regenerate."));
        return;
    }
    setStep(Step::Review,
            tr("%Ln source(s) changed. Uncheck the ones to leave out; pick one to see what "
               "changed in the main window's details. Then generate knowledge from the "
               "checked ones.",
               nullptr, int(m_changed.size())));
    showChangedList();
    m_progress->hide();
    m_next->show();
}

void GuidedFlowDialog::showChangedList()
{
    const QSignalBlocker quiet(m_changedList);
    m_changedList->clear();
    for (const QString &id : std::as_const(m_changed)) {
        auto *item = new QListWidgetItem(titleOf(id), m_changedList);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_changedList->show();
    m_next->setEnabled(true);
}

QString GuidedFlowDialog::titleOf(const QString &id) const
{
    const SourceTableModel *model = m_session->model();
    const int row = model->rowOf(id);
    const QString title = row >= 0 ? model->row(row).title : QString();
    return title.isEmpty() ? tr("(untitled) %1").arg(id) : title;
}

QStringList GuidedFlowDialog::chosenIds() const
{
    QStringList ids;
    for (int row = 0; row < m_changedList->count(); ++row) {
        const QListWidgetItem *item = m_changedList->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}

QStringList GuidedFlowDialog::problemLines(const QHash<QString, SourceOutcome> &outcomes) const
{
    using State = SourceOutcome::State;
    QStringList lines;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        if (it->state != State::Failed && it->state != State::Rejected
            && it->state != State::NoAnswer && it->state != State::StillRunning)
            continue;
        const QString what =
            it->detail.isEmpty() ? it->label() : tr("%1: %2").arg(it->label(), it->detail);
        lines << tr("  • %1 — %2").arg(titleOf(it.key()), what);
    }
    lines.sort(Qt::CaseInsensitive);
    return lines;
}

void GuidedFlowDialog::generateChanged()
{
    const QStringList chosen = chosenIds();
    if (m_step != Step::Review || chosen.isEmpty())
        return;
    m_prompter->openDialog(std::make_unique<GenerateDialog>(int(chosen.size()), m_prompter, this),
                           this, [this, chosen](QDialog &dialog, bool accepted) {
                               if (!accepted || m_step != Step::Review)
                                   return;
                               m_next->hide();
                               m_changedList->hide();
                               m_progress->show();
                               m_progress->setRange(0, 0);
                               setStep(Step::Generate, tr("Queueing knowledge generation…"));
                               m_session->generate(chosen,
                                                   static_cast<GenerateDialog &>(dialog).options());
                           });
}

void GuidedFlowDialog::onGenerateFinished(const GenerateWorkflow::Summary &summary)
{
    if (m_step != Step::Generate && m_step != Step::Track)
        return;
    m_generateReport =
        tr("Generate: %L1 queued, %L2 rejected, %L3 written, %L4 no change needed, %L5 "
           "failed, %L6 still running.")
            .arg(summary.queued)
            .arg(summary.rejected)
            .arg(summary.written)
            .arg(summary.noChange)
            .arg(summary.failed)
            .arg(summary.stillRunning);
    const QStringList problems = problemLines(m_session->generateWorkflow()->outcomes());
    if (!problems.isEmpty())
        m_generateReport += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    showReport(summary.cancelled ? tr("The flow was cancelled.")
                                 : tr("Done. Drafts wait in Fini's Review and Approvals."));
}

void GuidedFlowDialog::showReport(const QString &text)
{
    setStep(Step::Report, text);
    m_progress->hide();
    m_changedList->hide();
    m_next->hide();
    m_report->setPlainText(report());
    m_report->show();
    m_copy->show();
    m_save->show();
    m_cancel->setText(tr("Close"));
}

QString GuidedFlowDialog::report() const
{
    QStringList lines{
        tr("Sourcedesk: refresh and regenerate, %1")
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))};
    if (!m_refreshReport.isEmpty())
        lines << m_refreshReport;
    if (!m_generateReport.isEmpty())
        lines << m_generateReport;
    return lines.join(QLatin1Char('\n'));
}

void GuidedFlowDialog::cancelFlow()
{
    if (m_step == Step::Refresh || m_step == Step::Wait)
        m_session->refreshWorkflow()->cancel(); // reports through onRefreshFinished
    else if (m_step == Step::Generate || m_step == Step::Track)
        m_session->generateWorkflow()->cancel();
    else
        close();
}

void GuidedFlowDialog::saveReport()
{
    m_prompter->askSaveFileName(this, tr("Save report"), tr("sourcedesk-report.txt"),
                                tr("Text files (*.txt)"), this, [this](const QString &name) {
                                    if (name.isEmpty())
                                        return;
                                    QSaveFile file(name);
                                    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
                                        file.write(report().toUtf8() + '\n');
                                        file.commit();
                                    }
                                });
}
