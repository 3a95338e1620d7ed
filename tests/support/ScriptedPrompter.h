#pragma once

#include "Prompter.h"

#include <QList>
#include <QPointer>

#include <optional>

// The Prompter GUI tests inject: it records what the user would read and answers as the
// script says, always on a later turn of the event loop, like a user clicking. Questions
// without an answer in the script stay open until the test answers them.
class ScriptedPrompter : public Prompter
{
    Q_OBJECT

public:
    using DialogHandler = std::function<int(QDialog &dialog)>; // returns the dialog's result

    using Prompter::Prompter;

    // Answers every question with `yes` until cleared.
    void setAutoAnswer(std::optional<bool> yes) { m_autoAnswer = yes; }
    // Answers the oldest open question; false when none is open.
    bool answer(bool yes);
    int openQuestions() const { return int(m_open.size()); }
    // What the next save or open dialog answers; without one it is cancelled.
    void setNextFileName(const QString &fileName) { m_nextFileName = fileName; }
    // The next error with a Retry stays open like a question: answer(true) chooses Retry.
    void keepNextErrorOpen() { m_keepNextError = true; }
    // Handles the next dialog of our own as a user would; without one it is cancelled.
    void setNextDialogHandler(DialogHandler handler) { m_dialogHandler = std::move(handler); }
    // Runs `open`, which opens a dialog of our own, answers it as `answer` does and waits until
    // it has (false when that took longer than `timeoutMs`).
    bool throughNextDialog(const std::function<void()> &open,
                           std::function<void(QDialog &dialog)> answer, int timeoutMs = 15000);

    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }
    QString lastDetails() const { return m_lastDetails; }
    QString lastAcceptLabel() const { return m_lastAcceptLabel; } // of the last question
    bool lastErrorOfferedRetry() const { return m_lastOfferedRetry; }
    int questionsAsked() const { return m_asked; }
    // Where the last save dialog would have started.
    QString lastSuggestedFileName() const { return m_lastSuggestedFileName; }

    void ask(QWidget *parent, const Question &question, QObject *context, Answer answer) override;
    void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                const QString &text) override;
    void showError(QWidget *parent, const QString &title, const QString &text,
                   const QString &details, bool offerRetry, QObject *context,
                   Answer retry) override;
    void askSaveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter, QObject *context, FileAnswer answer) override;
    void askOpenFileName(QWidget *parent, const QString &title, const QString &folder,
                         const QString &filter, QObject *context, FileAnswer answer) override;
    void openDialog(std::unique_ptr<QDialog> dialog, QObject *context,
                    DialogAnswer answer) override;

private:
    struct OpenQuestion {
        QPointer<QObject> context;
        Answer answer;
    };
    void record(const QString &title, const QString &text, const QString &details = {});
    // Delivers on the next turn of the event loop, while the context lives.
    void later(QObject *context, std::function<void()> deliver);

    std::optional<bool> m_autoAnswer;
    QList<OpenQuestion> m_open;
    std::optional<QString> m_nextFileName;
    QString m_lastSuggestedFileName;
    DialogHandler m_dialogHandler;
    QString m_lastTitle;
    QString m_lastText;
    QString m_lastDetails;
    QString m_lastAcceptLabel;
    bool m_lastOfferedRetry = false;
    bool m_keepNextError = false;
    int m_asked = 0;
};
