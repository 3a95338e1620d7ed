#pragma once

#include <QMessageBox>

#include <optional>

// Every modal question goes through here, so GUI tests can answer it without a real modal:
// a test sets the next answer (or file name) and the dialog is not shown; the text the user
// would have read is kept for the test to check.
class Dialogs {
public:
    static QMessageBox::StandardButton
    message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
            const QString &details = {}, QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString &fileName);
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static std::optional<QString> s_nextFileName;
    static QString s_lastText;
};
