#include "OperationBar.h"

#include "ElapsedText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

OperationBar::OperationBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("operationBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text->setObjectName(QStringLiteral("operationText"));
    m_elapsed->setObjectName(QStringLiteral("operationElapsed"));
    m_elapsed->setToolTip(tr("How long this has been running"));
    m_progress->setObjectName(QStringLiteral("operationProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setObjectName(QStringLiteral("operationCancel"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &OperationBar::updateElapsed);
    connect(m_cancel, &QPushButton::clicked, this, &OperationBar::cancelRequested);
    hide();
}

void OperationBar::showState(const WorkspaceSession::OperationState &state)
{
    using Operation = WorkspaceSession::Operation;
    if (state.kind == Operation::None) {
        m_tick.stop();
        hide();
        return;
    }
    m_text->setText(state.text);
    m_progress->setRange(0, state.total); // 0, 0: busy, the total is not known yet
    m_progress->setValue(state.done);
    // A removal ends with Fini's one answer: there is nothing to stop watching.
    m_cancel->setVisible(state.kind != Operation::Remove);
    if (state.kind == Operation::ListChanged) {
        m_cancel->setText(tr("Cancel"));
        m_cancel->setToolTip(tr("Stop asking Fini; nothing changes at Fini."));
        m_cancel->setAccessibleDescription(m_cancel->toolTip());
    } else {
        m_cancel->setText(tr("Stop watching"));
        m_cancel->setToolTip(tr("Stop following this operation here. Work already queued at "
                                "Fini goes on."));
        m_cancel->setAccessibleDescription(m_cancel->toolTip());
    }
    m_clock = state.clock;
    updateElapsed();
    if (!m_tick.isActive())
        m_tick.start();
    show();
}

void OperationBar::updateElapsed()
{
    m_elapsed->setText(ElapsedText::format(m_clock.isValid() ? m_clock.elapsed() : 0));
}
