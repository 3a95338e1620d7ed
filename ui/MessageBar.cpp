#include "MessageBar.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_close = new QPushButton(tr("Dismiss"), this);
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setFlat(true);
    m_close->setAccessibleName(tr("Dismiss the message"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        if (m_callback)
            m_callback();
    });
    hide();
}

void MessageBar::showMessage(Tone tone, const QString &text, const QString &details,
                             const QString &actionText, std::function<void()> action)
{
    m_tone = tone;
    update();
    m_text->setText(text);
    m_text->setToolTip(details);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageBar::paintEvent(QPaintEvent *)
{
    // Painted from the palette each time, so a change of theme reaches a bar on screen.
    const Theme::Tone tone = m_tone == Tone::Error     ? Theme::Tone::Error
                             : m_tone == Tone::Warning ? Theme::Tone::Warning
                                                       : Theme::Tone::Information;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Theme::border(tone, palette()));
    painter.setBrush(Theme::background(tone, palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

QString MessageBar::text() const
{
    return m_text->text();
}
