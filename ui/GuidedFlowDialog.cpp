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
    right->addWidget(m_text);
    right->addWidget(m_progress);
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
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem *item = m_steps->item(row);
        QFont font = item->font();
        font.setBold(row == int(step));
        item->setFont(font);
        item->setIcon(row < int(step) ? style()->standardIcon(QStyle::SP_DialogApplyButton)
                                      : QIcon());
        item->setForeground(row > int(step) ? palette().color(QPalette::PlaceholderText)
                                            : palette().color(QPalette::Text));
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
    if (summary.cancelled || m_changed.isEmpty()) {
        setStep(Step::Report, summary.cancelled ? tr("The flow was cancelled.")
                                                : tr("No source changed: there is nothing to "
                                                     "regenerate."));
        m_report->setPlainText(report());
        m_report->show();
        m_copy->show();
        m_save->show();
        m_cancel->setText(tr("Close"));
        return;
    }
    setStep(Step::Review, tr("%Ln source(s) changed. They are selected in the main window, where "
                             "the details show what changed. Generate knowledge from them?",
                             nullptr, int(m_changed.size())));
    m_progress->hide();
    m_next->show();
}

void GuidedFlowDialog::generateChanged()
{
    if (m_step != Step::Review)
        return;
    m_prompter->openDialog(
        std::make_unique<GenerateDialog>(int(m_changed.size()), m_prompter, this), this,
        [this](QDialog &dialog, bool accepted) {
            if (!accepted || m_step != Step::Review)
                return;
            m_next->hide();
            m_progress->show();
            m_progress->setRange(0, 0);
            setStep(Step::Generate, tr("Queueing knowledge generation…"));
            m_session->generate(m_changed, static_cast<GenerateDialog &>(dialog).options());
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
    setStep(Step::Report, summary.cancelled ? tr("The flow was cancelled.")
                                            : tr("Done. Drafts wait in Fini's Review and "
                                                 "Approvals."));
    m_progress->hide();
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
