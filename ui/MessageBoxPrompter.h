#pragma once

#include "Prompter.h"

// The Prompter users see: window-modal message boxes and dialogs opened with open().
class MessageBoxPrompter : public Prompter
{
    Q_OBJECT

public:
    using Prompter::Prompter;

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
    // Opens the dialog and, once it is closed, hands it to `closed` on the next turn of the
    // event loop (while `context` lives), then deletes it.
    void openAndWatch(QDialog *dialog, QObject *context,
                      std::function<void(QDialog &dialog)> closed);
};
