#include "Dialogs.h"

#include <QFileDialog>

std::optional<QMessageBox::StandardButton> Dialogs::s_nextAnswer;
std::optional<QString> Dialogs::s_nextFileName;
QString Dialogs::s_lastText;

QMessageBox::StandardButton Dialogs::message(QWidget *parent, QMessageBox::Icon icon,
                                             const QString &title, const QString &text,
                                             const QString &details,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton) {
    s_lastText = text;
    if (s_nextAnswer)
        return std::exchange(s_nextAnswer, std::nullopt).value();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!details.isEmpty())
        box.setDetailedText(details);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                              const QString &filter) {
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer) {
    s_nextAnswer = answer;
}

void Dialogs::setNextFileName(const QString &fileName) {
    s_nextFileName = fileName;
}

QString Dialogs::lastText() {
    return s_lastText;
}
