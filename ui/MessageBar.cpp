#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
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
    const char *colors = tone == Tone::Error     ? "#fdecea; color: #611a15; border-color: #f5c2c0"
                         : tone == Tone::Warning ? "#fff4e5; color: #663c00; border-color: #ffd8a8"
                                                 : "#e8f4fd; color: #0d3c61; border-color: #b6dcfb";
    // By class, not by name: a window has more than one bar.
    setStyleSheet(QStringLiteral("MessageBar { background: %1; border-radius: 4px; }"
                                 "MessageBar QLabel { color: inherit; }")
                      .arg(QLatin1String(colors)));
    m_text->setText(text);
    m_text->setToolTip(details);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}
