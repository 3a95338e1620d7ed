#include "OperationResultPresenter.h"

#include "FilterBar.h"
#include "FilterSidebar.h"
#include "MessageBar.h"
#include "Prompter.h"
#include "SourceCommands.h"
#include "SourceTableView.h"

namespace {

// Where trying again can help: a problem at Fini or on the way, not a refusal.
bool retryable(const ApiError &error)
{
    return error.isUnanswered() || error.kind() == ApiError::Kind::RateLimited;
}

// Generation creates work at Fini: after a lost or unreadable answer Fini may have made the
// jobs anyway (the error says to check first), so only an answer that says nothing was done
// offers Retry.
bool generateRetryable(const ApiError &error)
{
    return error.kind() == ApiError::Kind::ServerError
           || error.kind() == ApiError::Kind::RateLimited;
}

// The sources Fini did not queue, for the dialog's selection and its Retry.
QStringList notQueued(const QHash<QString, SourceOutcome> &outcomes)
{
    QStringList ids;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        if (it->state == SourceOutcome::State::Rejected
            || it->state == SourceOutcome::State::NoAnswer)
            ids.append(it.key());
    }
    return ids;
}

// The summary's words for what was not queued: refused by Fini, or left without an answer.
void addNotQueued(QStringList &parts, int rejected, int unanswered)
{
    if (rejected > unanswered)
        parts << OperationResultPresenter::tr("%Ln rejected", nullptr, rejected - unanswered);
    if (unanswered)
        parts << OperationResultPresenter::tr("%Ln without an answer from Fini", nullptr,
                                              unanswered);
}

QStringList idsOf(const QList<IdRejection> &rejections)
{
    QStringList ids;
    ids.reserve(rejections.size());
    for (const IdRejection &rejection : rejections)
        ids.append(rejection.id);
    return ids;
}

} // namespace

OperationResultPresenter::OperationResultPresenter(WorkspaceSession *session,
                                                   SourceCommands *commands, Prompter *prompter,
                                                   const View &view)
    : QObject(view.window)
    , m_session(session)
    , m_commands(commands)
    , m_prompter(prompter)
    , m_view(view)
{
    connect(session, &WorkspaceSession::refreshFinished, this,
            &OperationResultPresenter::onRefreshFinished);
    connect(session, &WorkspaceSession::generateFinished, this,
            &OperationResultPresenter::onGenerateFinished);
    connect(session, &WorkspaceSession::removeFinished, this,
            &OperationResultPresenter::onRemoveFinished);
    connect(session, &WorkspaceSession::addFinished, this,
            &OperationResultPresenter::onAddFinished);
    connect(session, &WorkspaceSession::changedListed, this,
            &OperationResultPresenter::onChangedListed);
    connect(session, &WorkspaceSession::changedListFailed, this, [this](const ApiError &error) {
        Q_EMIT statusText({});
        showMessage(MessageBar::Tone::Error, error.summary(), error.technicalDetails(),
                    tr("Try again"), [this] { m_session->listChanged(); });
    });
    connect(session, &WorkspaceSession::pollProblem, this, [this](const ApiError &error) {
        showMessage(MessageBar::Tone::Warning,
                    tr("Sourcedesk could not check on Fini's progress this "
                       "time and keeps trying. %1")
                        .arg(error.summary()),
                    error.technicalDetails());
    });
    connect(session, &WorkspaceSession::loadChanged, this,
            &OperationResultPresenter::onLoadChanged);
}

void OperationResultPresenter::showLastResult()
{
    const std::optional<WorkspaceSession::Result> &result = m_session->lastResult();
    if (!result)
        return;
    if (result->kind == WorkspaceSession::Operation::Refresh)
        showRefreshSummary(result->refresh, false);
    else if (result->kind == WorkspaceSession::Operation::Generate)
        showGenerateSummary(result->generate);
    else if (result->kind == WorkspaceSession::Operation::Remove)
        showRemoveSummary(result->remove);
    else if (result->kind == WorkspaceSession::Operation::Add)
        showAddSummary(result->add);
}

void OperationResultPresenter::showMessage(MessageBar::Tone tone, const QString &text,
                                           const QString &details, const QString &actionText,
                                           std::function<void()> action)
{
    m_showsLoadError = false;
    m_view.messageBar->showMessage(tone, text, details, actionText, std::move(action));
}

void OperationResultPresenter::onLoadChanged()
{
    // A reload answers the load error shown, so that goes; the summary of an operation stays,
    // including the one whose end reloads the table (generation).
    if (m_session->isLoading()) {
        if (std::exchange(m_showsLoadError, false))
            m_view.messageBar->hide();
        return;
    }
    const ApiError error = m_session->loadError();
    if (!error.isError() || m_session->model()->rowCount() == 0)
        return; // an empty table says it on the state page instead
    showMessage(MessageBar::Tone::Error,
                tr("Not every source could be loaded. %1").arg(error.summary()),
                error.technicalDetails(), tr("Try again"), [this] { m_session->reload(); });
    m_showsLoadError = true;
}

void OperationResultPresenter::showAll(const QStringList &selectIds)
{
    m_view.filterBar->clearSearch();
    m_view.sidebar->selectView(FilterSidebar::View::All);
    m_view.table->selectIds(selectIds);
}

void OperationResultPresenter::onChangedListed(const QStringList &ids)
{
    showAll(ids);
    Q_EMIT statusText(
        tr("Fini lists %Ln changed source(s); they are selected.", nullptr, int(ids.size())));
}

void OperationResultPresenter::onRefreshFinished(const RefreshWorkflow::Summary &summary)
{
    if (summary.queued > 0 || summary.rejected == 0) {
        showRefreshSummary(summary, true);
        return;
    }
    // Nothing was queued: show which sources it was about, then offer to try again where that
    // can help. The user asked for this refresh already, so Retry sends it without asking.
    const QStringList affected = notQueued(m_session->refreshWorkflow()->outcomes());
    showAll(affected);
    const ApiError &error = summary.firstError;
    m_prompter->showError(m_view.window, tr("The refresh did not start"), error.summary(),
                          error.technicalDetails(), retryable(error), this,
                          [this, affected](bool retry) {
                              if (!retry)
                                  return;
                              const SourceTableModel *model = m_session->model();
                              QList<RefreshWorkflow::Target> targets;
                              for (const QString &id : affected) {
                                  const int row = model->rowOf(id);
                                  if (row >= 0)
                                      targets.append(RefreshWorkflow::Target::of(model->row(row)));
                              }
                              m_commands->refreshNow(targets);
                          });
}

void OperationResultPresenter::showRefreshSummary(const RefreshWorkflow::Summary &summary,
                                                  bool selectChanged)
{
    QStringList parts;
    parts << tr("%Ln refreshed", nullptr, summary.completed);
    if (summary.failed)
        parts << tr("%Ln failed", nullptr, summary.failed);
    addNotQueued(parts, summary.rejected, summary.unanswered);
    if (summary.skippedFiles)
        parts << tr("%Ln uploaded file(s) skipped", nullptr, summary.skippedFiles);
    if (summary.stillRunning)
        parts << tr("%Ln still running at Fini", nullptr, summary.stillRunning);
    const int changed = int(summary.changedFromThisRefresh.size());
    QString text =
        (summary.cancelled ? tr("Stopped watching the refresh: %1.") : tr("Refresh finished: %1."))
            .arg(parts.join(QStringLiteral(", ")));
    const MessageBar::Tone tone = summary.failed || summary.rejected || summary.stillRunning
                                      ? MessageBar::Tone::Warning
                                      : MessageBar::Tone::Information;
    if (changed == 0) {
        showMessage(tone, text + QLatin1Char(' ') + tr("None of them changed."));
        return;
    }
    if (!selectChanged) {
        showMessage(tone, text + QLatin1Char(' ') + tr("%Ln of them changed.", nullptr, changed));
        return;
    }
    m_view.filterBar->clearSearch();
    m_view.sidebar->selectView(FilterSidebar::View::Changed);
    m_view.table->selectIds(summary.changedFromThisRefresh);
    text += QLatin1Char(' ') + tr("%Ln of them changed and are selected below.", nullptr, changed);
    showMessage(tone, text, {}, tr("Generate knowledge…"),
                [this] { m_commands->generateForSelected(); });
}

void OperationResultPresenter::onGenerateFinished(const GenerateWorkflow::Summary &summary)
{
    if (summary.queued > 0 || summary.rejected == 0) {
        showGenerateSummary(summary);
        return;
    }
    const QStringList affected = notQueued(m_session->generateWorkflow()->outcomes());
    showAll(affected);
    const ApiError &error = summary.firstError;
    // The options are the ones the user chose for this generation; Retry asks for the same.
    const GenerateOptions options = m_session->generateWorkflow()->options();
    m_prompter->showError(m_view.window, tr("Knowledge generation did not start"), error.summary(),
                          error.technicalDetails(), generateRetryable(error), this,
                          [this, affected, options](bool retry) {
                              if (retry)
                                  m_commands->generateNow(affected, options);
                          });
}

void OperationResultPresenter::showGenerateSummary(const GenerateWorkflow::Summary &summary)
{
    QStringList parts;
    parts << tr("%Ln written", nullptr, summary.written);
    parts << tr("%Ln needed no change", nullptr, summary.noChange);
    if (summary.failed)
        parts << tr("%Ln failed", nullptr, summary.failed);
    addNotQueued(parts, summary.rejected, summary.unanswered);
    if (summary.stillRunning)
        parts << tr("%Ln still running at Fini", nullptr, summary.stillRunning);
    const QString text = (summary.cancelled ? tr("Stopped watching knowledge generation: %1.")
                                            : tr("Knowledge generation finished: %1. Drafts wait "
                                                 "in Fini's Review and Approvals."))
                             .arg(parts.join(QStringLiteral(", ")));
    showMessage(summary.failed || summary.rejected ? MessageBar::Tone::Warning
                                                   : MessageBar::Tone::Information,
                text);
}

void OperationResultPresenter::onRemoveFinished(const RemoveWorkflow::Summary &summary)
{
    if (!summary.removedIds.isEmpty() || summary.notRemoved.isEmpty()) {
        showRemoveSummary(summary);
        return;
    }
    // Nothing was removed: show which sources it was about, and why.
    const QStringList affected = idsOf(summary.notRemoved);
    showAll(affected);
    const ApiError &error = summary.firstError;
    const bool deleteArticles = summary.deleteArticles;
    m_prompter->showError(m_view.window, tr("The sources were not removed"), error.summary(),
                          error.technicalDetails(), retryable(error), this,
                          [this, affected, deleteArticles](bool retry) {
                              if (retry)
                                  removeAgain(affected, deleteArticles);
                          });
}

void OperationResultPresenter::showRemoveSummary(const RemoveWorkflow::Summary &summary)
{
    const int removed = int(summary.removedIds.size());
    QString text = summary.deleteArticles
                       ? tr("Removed %Ln source(s) and the knowledge articles written from them.",
                            nullptr, removed)
                       : tr("Removed %Ln source(s) from the workspace.", nullptr, removed);
    if (summary.notRemoved.isEmpty()) {
        showMessage(MessageBar::Tone::Information, text);
        return;
    }
    // One line per source that stayed, with Fini's reason for it.
    QStringList lines;
    for (const IdRejection &rejection : summary.notRemoved) {
        const RemovalRecord record = summary.records.value(rejection.id);
        const QString name = record.title.isEmpty() ? rejection.id : record.title;
        lines << tr("%1: %2").arg(name, rejection.error.explanationFor(rejection.id));
    }
    const QStringList affected = idsOf(summary.notRemoved);
    showAll(affected);
    text += QLatin1Char(' ')
            + tr("%Ln source(s) could not be removed and are selected below; the details say why.",
                 nullptr, int(affected.size()));
    if (!retryable(summary.firstError)) {
        showMessage(MessageBar::Tone::Warning, text, lines.join(QLatin1Char('\n')));
        return;
    }
    const bool deleteArticles = summary.deleteArticles;
    showMessage(MessageBar::Tone::Warning, text, lines.join(QLatin1Char('\n')), tr("Try again"),
                [this, affected, deleteArticles] { removeAgain(affected, deleteArticles); });
}

void OperationResultPresenter::removeAgain(const QStringList &ids, bool deleteArticles)
{
    const SourceTableModel *model = m_session->model();
    QList<SourceRow> rows;
    for (const QString &id : ids) {
        const int row = model->rowOf(id);
        if (row >= 0)
            rows.append(model->row(row));
    }
    m_commands->removeNow(rows, deleteArticles);
}

// One line per refused item: its title where the user picked it from a provider's tree.
QStringList OperationResultPresenter::refusalLines(const WorkspaceSession::AddResult &result)
{
    QHash<QString, QString> titles;
    for (const ProviderResource &resource : result.resources)
        titles.insert(resource.externalId, resource.title);
    QStringList lines;
    for (const IdRejection &refused : result.refused)
        lines << tr("%1: %2").arg(titles.value(refused.id, refused.id),
                                  refused.error.explanationFor(refused.id));
    return lines;
}

void OperationResultPresenter::onAddFinished(const WorkspaceSession::AddResult &result)
{
    if (!result.addedIds.isEmpty() || !result.updatedIds.isEmpty() || result.refused.isEmpty()) {
        showAddSummary(result);
        return;
    }
    const ApiError &error = result.firstError;
    const bool web = result.source == QLatin1String("web");
    // A refusal of some items names each; a refusal of the request says it once.
    QString text = error.summary();
    if (error.kind() == ApiError::Kind::BadRequest)
        text = (web ? tr("Fini refused these web pages:") : tr("Fini refused these items:"))
               + QLatin1Char('\n') + refusalLines(result).join(QLatin1Char('\n'));
    const QString title =
        web ? tr("The web pages were not added")
            : tr("Nothing was imported from %1").arg(ProviderResource::displayName(result.source));
    const QStringList urls = idsOf(result.refused);
    m_prompter->showError(m_view.window, title, text, error.technicalDetails(), retryable(error),
                          this, [this, result, urls](bool retry) {
                              if (!retry)
                                  return;
                              if (result.source == QLatin1String("web"))
                                  m_commands->addWebPages(urls);
                              else
                                  m_commands->importNow(result.source, result.resources);
                          });
}

void OperationResultPresenter::showAddSummary(const WorkspaceSession::AddResult &result)
{
    const RefreshWorkflow::Summary &followed = result.followed;
    QStringList parts;
    parts << tr("%Ln ready", nullptr, followed.completed);
    if (followed.failed)
        parts << tr("%Ln failed", nullptr, followed.failed);
    if (followed.stillRunning)
        parts << tr("%Ln still running at Fini", nullptr, followed.stillRunning);
    const int queued = int(result.addedIds.size() + result.updatedIds.size());
    const QString done = parts.join(QStringLiteral(", "));
    QString text;
    const QStringList lines = refusalLines(result);
    if (result.source == QLatin1String("web")) {
        text = (followed.cancelled ? tr("Stopped watching the %Ln web page(s) Fini is reading: "
                                        "%1.",
                                        nullptr, queued)
                                   : tr("Fini has read the %Ln web page(s): %1.", nullptr, queued))
                   .arg(done);
        if (!lines.isEmpty())
            text += QLatin1Char(' ')
                    + tr("%Ln address(es) were not added; the details say why.", nullptr,
                         int(lines.size()));
    } else {
        const QString what = ProviderResource::itemsText(result.source, queued);
        const QString from = ProviderResource::displayName(result.source);
        text = (followed.cancelled ? tr("Stopped watching the %1 from %2 that Fini is reading: %3.")
                                   : tr("Fini has read the %1 imported from %2: %3."))
                   .arg(what, from, done);
        if (!lines.isEmpty())
            text += QLatin1Char(' ')
                    + tr("%Ln item(s) were not imported; the details say why.", nullptr,
                         int(lines.size()));
    }
    showAll(result.addedIds + result.updatedIds);
    const bool trouble = followed.failed || followed.stillRunning || !lines.isEmpty();
    showMessage(trouble ? MessageBar::Tone::Warning : MessageBar::Tone::Information, text,
                lines.join(QLatin1Char('\n')));
}
