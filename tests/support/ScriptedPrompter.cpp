#include "ScriptedPrompter.h"

#include <QDialog>
#include <QTest>

void ScriptedPrompter::record(const QString &title, const QString &text, const QString &details)
{
    ++m_asked;
    m_lastTitle = title;
    m_lastText = text;
    m_lastDetails = details;
}

void ScriptedPrompter::later(QObject *context, std::function<void()> deliver)
{
    promptOpened();
    const QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        this,
        [this, receiver, deliver] {
            if (receiver)
                deliver();
            promptClosed();
        },
        Qt::QueuedConnection);
}

void ScriptedPrompter::ask(QWidget *, const Question &question, QObject *context, Answer answer)
{
    record(question.title, question.text);
    m_lastAcceptLabel = question.acceptLabel;
    if (m_autoAnswer) {
        const bool yes = *m_autoAnswer;
        later(context, [answer, yes] { answer(yes); });
        return;
    }
    promptOpened();
    m_open.append({context, std::move(answer)});
}

bool ScriptedPrompter::answer(bool yes)
{
    if (m_open.isEmpty())
        return false;
    const OpenQuestion question = m_open.takeFirst();
    QMetaObject::invokeMethod(
        this,
        [this, question, yes] {
            if (question.context)
                question.answer(yes);
            promptClosed();
        },
        Qt::QueuedConnection);
    return true;
}

void ScriptedPrompter::inform(QWidget *, QMessageBox::Icon, const QString &title,
                              const QString &text)
{
    record(title, text);
}

void ScriptedPrompter::showError(QWidget *, const QString &title, const QString &text,
                                 const QString &details, bool offerRetry, QObject *context,
                                 Answer retry)
{
    record(title, text, details);
    m_lastOfferedRetry = offerRetry;
    const bool keepOpen = std::exchange(m_keepNextError, false);
    if (keepOpen && offerRetry && retry) {
        promptOpened();
        m_open.append({context, std::move(retry)});
        return;
    }
    // Tests read the error and close it: faults in the sandbox do not go away on a retry.
    if (retry)
        later(context, [retry] { retry(false); });
}

void ScriptedPrompter::askSaveFileName(QWidget *, const QString &, const QString &suggested,
                                       const QString &, QObject *context, FileAnswer answer)
{
    m_lastSuggestedFileName = suggested;
    const QString name = std::exchange(m_nextFileName, std::nullopt).value_or(QString());
    later(context, [answer, name] { answer(name); });
}

void ScriptedPrompter::askOpenFileName(QWidget *, const QString &, const QString &, const QString &,
                                       QObject *context, FileAnswer answer)
{
    const QString name = std::exchange(m_nextFileName, std::nullopt).value_or(QString());
    later(context, [answer, name] { answer(name); });
}

bool ScriptedPrompter::throughNextDialog(const std::function<void()> &open,
                                         std::function<void(QDialog &dialog)> answer, int timeoutMs)
{
    auto answered = std::make_shared<bool>(false);
    setNextDialogHandler([answer = std::move(answer), answered](QDialog &dialog) {
        answer(dialog);
        *answered = true;
        return dialog.result();
    });
    open();
    return QTest::qWaitFor([answered] { return *answered; }, timeoutMs);
}

void ScriptedPrompter::openDialog(std::unique_ptr<QDialog> dialog, QObject *context,
                                  DialogAnswer answer)
{
    const DialogHandler handler = std::exchange(m_dialogHandler, nullptr);
    const QPointer<QDialog> shown(dialog.release());
    const QPointer<QObject> receiver(context);
    promptOpened();
    QMetaObject::invokeMethod(
        this,
        [this, shown, receiver, handler, answer] {
            if (shown && receiver) {
                const int result = handler ? handler(*shown) : int(QDialog::Rejected);
                answer(*shown, result == QDialog::Accepted);
            }
            if (shown) // the answer may have closed its window, and the dialog with it
                shown->deleteLater();
            promptClosed();
        },
        Qt::QueuedConnection);
}
