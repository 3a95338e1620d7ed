#pragma once

#include <QMessageBox>
#include <QObject>

#include <functional>
#include <memory>

class QDialog;

// Every question the app asks the user goes through one Prompter, held by the controller and
// handed to each window. Prompts open window-modal and answer through a callback on a later
// turn of the event loop, never from a nested event loop: a reply or keychain answer that
// arrives meanwhile cannot run inside a prompt or destroy the window under it. The callback
// runs only while its context object lives. Tests inject a Prompter that answers by script.
class Prompter : public QObject
{
    Q_OBJECT

public:
    struct Question {
        QString title;
        QString text;
        QString acceptLabel; // a verb: "Refresh 40 sources"
        QString rejectLabel; // empty: Cancel
        QMessageBox::Icon icon = QMessageBox::Question;
    };
    using Answer = std::function<void(bool yes)>;
    using DialogAnswer = std::function<void(QDialog &dialog, bool accepted)>;
    using FileAnswer = std::function<void(const QString &fileName)>; // empty: cancelled

    using QObject::QObject;

    virtual void ask(QWidget *parent, const Question &question, QObject *context,
                     Answer answer) = 0;
    virtual void inform(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                        const QString &text) = 0;
    // A blocking error: what happened and what to do, the technical details behind a button,
    // and "Copy details". With `offerRetry` the answer says whether the user chose Retry.
    virtual void showError(QWidget *parent, const QString &title, const QString &text,
                           const QString &details, bool offerRetry, QObject *context,
                           Answer retry) = 0;
    virtual void askSaveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter, QObject *context, FileAnswer answer) = 0;
    virtual void askOpenFileName(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filter, QObject *context, FileAnswer answer) = 0;
    // Takes a dialog of our own; the answer sees the dialog before it is deleted.
    virtual void openDialog(std::unique_ptr<QDialog> dialog, QObject *context,
                            DialogAnswer answer) = 0;

    int openPrompts() const { return m_open; }

Q_SIGNALS:
    // The last open prompt was answered: windows may be replaced again.
    void allAnswered();

protected:
    void promptOpened();
    void promptClosed();

private:
    int m_open = 0;
};
