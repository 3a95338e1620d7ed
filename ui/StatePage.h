#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// What the centre of the window shows instead of an empty table: loading (with how far it
// got and Cancel), an empty workspace, a failure to load, a cancelled load, or a filter that
// matches nothing.
class StatePage : public QWidget
{
    Q_OBJECT

public:
    enum class State { Loading, Empty, Failed, Cancelled, NoMatches };

    explicit StatePage(QWidget *parent = nullptr);

    // `offerKeyChange`: the failure is about the API key, and "Change the key…" is offered
    // beside "Try again".
    void showState(State state, const QString &detail = {}, bool offerKeyChange = false);
    // While loading: how many sources arrived and for how long it has run.
    void setLoadingProgress(const QString &text);
    State state() const { return m_state; }

Q_SIGNALS:
    void retryRequested();
    void cancelRequested();
    void clearFiltersRequested();
    void changeKeyRequested();

private:
    State m_state = State::Loading;
    QLabel *m_title;
    QLabel *m_text;
    QProgressBar *m_busy;
    QPushButton *m_button;
    QPushButton *m_keyButton;
};
