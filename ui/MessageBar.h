#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

// A strip above the table for problems that do not block the user (a failed reload, a
// background poll): says what happened and offers one action, without a modal.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Tone tone, const QString &text, const QString &details = {},
                     const QString &actionText = {}, std::function<void()> action = {});
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
    std::function<void()> m_callback;
    Tone m_tone = Tone::Information;
};
