#include "MessageBoxPrompter.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QPointer>
#include <QPushButton>

void MessageBoxPrompter::openAndWatch(QDialog *dialog, QObject *context,
                                      std::function<void(QDialog &dialog)> closed)
{
    promptOpened();
    auto counted = std::make_shared<bool>(true);
    const auto uncount = [this, counted] {
        if (std::exchange(*counted, false))
            promptClosed();
    };
    // A dialog destroyed with its window never finishes; it is no longer open either.
    connect(dialog, &QObject::destroyed, this, uncount);
    const QPointer<QDialog> watched(dialog);
    const QPointer<QObject> receiver(context);
    connect(dialog, &QDialog::finished, this, [this, watched, receiver, closed, uncount] {
        QMetaObject::invokeMethod(
            this,
            [watched, receiver, closed, uncount] {
                if (watched && receiver)
                    closed(*watched);
                // The answer may have closed the window and the dialog with it.
                if (watched)
                    watched->deleteLater();
                uncount();
            },
            Qt::QueuedConnection);
    });
    dialog->open();
}

void MessageBoxPrompter::ask(QWidget *parent, const Question &question, QObject *context,
                             Answer answer)
{
    auto *box = new QMessageBox(question.icon, question.title, question.text, QMessageBox::NoButton,
                                parent);
    box->setObjectName(QStringLiteral("confirmBox"));
    QPushButton *accept = box->addButton(question.acceptLabel, QMessageBox::AcceptRole);
    if (question.rejectLabel.isEmpty())
        box->addButton(QMessageBox::Cancel);
    else
        box->addButton(question.rejectLabel, QMessageBox::RejectRole);
    box->setDefaultButton(accept);
    openAndWatch(box, context,
                 [box, accept, answer](QDialog &) { answer(box->clickedButton() == accept); });
}

void MessageBoxPrompter::inform(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    openAndWatch(box, this, [](QDialog &) {});
}

void MessageBoxPrompter::showError(QWidget *parent, const QString &title, const QString &text,
                                   const QString &details, bool offerRetry, QObject *context,
                                   Answer retry)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, title, text,
        offerRetry ? QMessageBox::Retry | QMessageBox::Close : QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setDetailedText(details);
    QPushButton *copy = box->addButton(tr("Copy details"), QMessageBox::ActionRole);
    openAndWatch(box, context, [box, copy, text, details, retry](QDialog &) {
        if (box->clickedButton() == copy)
            QGuiApplication::clipboard()->setText(text + QStringLiteral("\n\n") + details);
        if (retry)
            retry(box->clickedButton() == box->button(QMessageBox::Retry));
    });
}

void MessageBoxPrompter::askSaveFileName(QWidget *parent, const QString &title,
                                         const QString &suggested, const QString &filter,
                                         QObject *context, FileAnswer answer)
{
    auto *dialog = new QFileDialog(parent, title, suggested, filter);
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    openAndWatch(dialog, context, [dialog, answer](QDialog &) {
        answer(dialog->result() == QDialog::Accepted ? dialog->selectedFiles().value(0)
                                                     : QString());
    });
}

void MessageBoxPrompter::askOpenFileName(QWidget *parent, const QString &title,
                                         const QString &folder, const QString &filter,
                                         QObject *context, FileAnswer answer)
{
    auto *dialog = new QFileDialog(parent, title, folder, filter);
    dialog->setObjectName(QStringLiteral("openFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    openAndWatch(dialog, context, [dialog, answer](QDialog &) {
        answer(dialog->result() == QDialog::Accepted ? dialog->selectedFiles().value(0)
                                                     : QString());
    });
}

void MessageBoxPrompter::openDialog(std::unique_ptr<QDialog> dialog, QObject *context,
                                    DialogAnswer answer)
{
    openAndWatch(dialog.release(), context, [answer](QDialog &closed) {
        answer(closed, closed.result() == QDialog::Accepted);
    });
}
