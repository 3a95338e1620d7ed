#pragma once

#include <QMessageBox>

#include <functional>
#include <optional>

class QDialog;

// Every modal question goes through here, so GUI tests can answer it without a real modal:
// a test sets the next answer (or file name) and the dialog is not shown; the text the user
// would have read is kept for the test to check.
class Dialogs
{
public:
    static QMessageBox::StandardButton
    message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
            const QString &details = {}, QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // Asks before an action, with a verb on the button ("Refresh 40 sources").
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &acceptLabel, QMessageBox::Icon icon = QMessageBox::Question);
    // A blocking error: what happened and what to do, the technical details behind a button,
    // and "Copy details" (never with the key, which ApiError does not hold).
    // With `offerRetry` the dialog also has Retry; returns true when the user chose it.
    static bool error(QWidget *parent, const QString &title, const QString &text,
                      const QString &details, bool offerRetry = false);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter);

    // Runs a dialog of our own modally, or hands it to the test's handler instead.
    static int run(QDialog &dialog);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Answers every dialog with `answer` (Yes confirms) until cleared, for tests that run
    // through several dialogs.
    static void setAutoAnswer(std::optional<QMessageBox::StandardButton> answer);
    static void setNextDialogHandler(std::function<int(QDialog &)> handler);
    static void setNextFileName(const QString &fileName);
    static QString lastText();
    static QString lastDetails();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static std::optional<QMessageBox::StandardButton> s_autoAnswer;
    static std::optional<QMessageBox::StandardButton> takeAnswer();
    static std::optional<QString> s_nextFileName;
    static std::function<int(QDialog &)> s_dialogHandler;
    static QString s_lastText;
    static QString s_lastDetails;
};
