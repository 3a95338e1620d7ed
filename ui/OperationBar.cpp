#include "OperationBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

OperationBar::OperationBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("operationBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("operationText"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("operationProgress"));
    m_progress->setMaximumWidth(260);
    m_cancel = new QPushButton(tr("Stop watching"), this);
    m_cancel->setObjectName(QStringLiteral("operationCancel"));
    m_cancel->setToolTip(tr("Stop following this operation here. Work already queued at Fini "
                            "goes on."));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &OperationBar::cancelRequested);
    hide();
}

void OperationBar::begin(const QString &text)
{
    m_text->setText(text);
    m_progress->setRange(0, 0);
    show();
}

void OperationBar::setProgress(const QString &text, int done, int total)
{
    m_text->setText(text);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
}

void OperationBar::end()
{
    hide();
}
