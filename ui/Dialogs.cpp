#include "Dialogs.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QGuiApplication>
#include <QPushButton>

std::optional<QMessageBox::StandardButton> Dialogs::s_nextAnswer;
std::optional<QMessageBox::StandardButton> Dialogs::s_autoAnswer;
std::optional<QString> Dialogs::s_nextFileName;
std::function<int(QDialog &)> Dialogs::s_dialogHandler;
QString Dialogs::s_lastText;
QString Dialogs::s_lastDetails;

QMessageBox::StandardButton Dialogs::message(QWidget *parent, QMessageBox::Icon icon,
                                             const QString &title, const QString &text,
                                             const QString &details,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (const auto answer = takeAnswer())
        return *answer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!details.isEmpty())
        box.setDetailedText(details);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &acceptLabel, QMessageBox::Icon icon)
{
    s_lastText = text;
    if (const auto answer = takeAnswer())
        return *answer == QMessageBox::Yes;
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

bool Dialogs::error(QWidget *parent, const QString &title, const QString &text,
                    const QString &details, bool offerRetry)
{
    s_lastText = text;
    s_lastDetails = details;
    if (const auto answer = takeAnswer())
        return offerRetry && *answer == QMessageBox::Retry;
    QMessageBox box(QMessageBox::Warning, title, text,
                    offerRetry ? QMessageBox::Retry | QMessageBox::Close : QMessageBox::Close,
                    parent);
    box.setObjectName(QStringLiteral("errorBox"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.setDetailedText(details);
    QPushButton *copy = box.addButton(QCoreApplication::translate("Dialogs", "Copy details"),
                                      QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == copy)
        QGuiApplication::clipboard()->setText(text + QStringLiteral("\n\n") + details);
    return box.clickedButton() == box.button(QMessageBox::Retry);
}

QString Dialogs::lastDetails()
{
    return s_lastDetails;
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                              const QString &filter)
{
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

int Dialogs::run(QDialog &dialog)
{
    if (s_dialogHandler)
        return std::exchange(s_dialogHandler, nullptr)(dialog);
    return dialog.exec();
}

void Dialogs::setNextDialogHandler(std::function<int(QDialog &)> handler)
{
    s_dialogHandler = std::move(handler);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void Dialogs::setAutoAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    s_autoAnswer = answer;
}

std::optional<QMessageBox::StandardButton> Dialogs::takeAnswer()
{
    if (s_nextAnswer)
        return std::exchange(s_nextAnswer, std::nullopt);
    return s_autoAnswer;
}

void Dialogs::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

QString Dialogs::lastText()
{
    return s_lastText;
}
