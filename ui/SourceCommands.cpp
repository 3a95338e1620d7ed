#include "SourceCommands.h"

#include "AddPagesDialog.h"
#include "CsvWriter.h"
#include "DiscoverLinksDialog.h"
#include "GenerateDialog.h"
#include "GuidedFlowDialog.h"
#include "ImportDialog.h"
#include "Prompter.h"
#include "RemoveDialog.h"
#include "SourceTableView.h"
#include "WorkspaceSession.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

SourceCommands::SourceCommands(WorkspaceSession *session, SourceTableView *table,
                               Prompter *prompter, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_table(table)
    , m_prompter(prompter)
    , m_window(window)
{}

QList<SourceRow> SourceCommands::selectedRows() const
{
    const SourceTableModel *model = m_session->model();
    QList<SourceRow> rows;
    for (const int row : m_table->selectedSourceRows())
        rows.append(model->row(row));
    return rows;
}

QList<RefreshWorkflow::Target> SourceCommands::selectedTargets() const
{
    const SourceTableModel *model = m_session->model();
    const QList<int> rows = m_table->selectedSourceRows();
    QList<RefreshWorkflow::Target> targets;
    targets.reserve(rows.size());
    for (const int row : rows)
        targets.append(RefreshWorkflow::Target::of(model->row(row)));
    return targets;
}

bool SourceCommands::explainReadOnly()
{
    if (m_session->writeAllowed())
        return false;
    m_prompter->inform(m_window, QMessageBox::Information, tr("This key can only read"),
                       m_session->writeBlockedReason());
    return true;
}

void SourceCommands::refreshSelected()
{
    const QList<RefreshWorkflow::Target> targets = selectedTargets();
    if (targets.isEmpty() || m_session->operationRunning() || explainReadOnly())
        return;
    confirmRefresh(tr("Refresh sources"), {}, targets,
                   [this](const QList<RefreshWorkflow::Target> &agreed) { refreshNow(agreed); });
}

void SourceCommands::confirmRefresh(
    const QString &title, const QString &intro, const QList<RefreshWorkflow::Target> &targets,
    std::function<void(const QList<RefreshWorkflow::Target> &)> then)
{
    const auto files =
        std::count_if(targets.cbegin(), targets.cend(),
                      [](const RefreshWorkflow::Target &target) { return target.uploadedFile; });
    const int count = int(targets.size() - files);
    if (count == 0) {
        m_prompter->inform(m_window, QMessageBox::Information, tr("Nothing to refresh"),
                           tr("Only uploaded files are selected, and Fini cannot refresh "
                              "uploaded files. To update one, delete it in Fini and upload it "
                              "again."));
        return;
    }
    const QString filesNote =
        files == 0 ? QString()
                   : tr("\n\n%Ln uploaded file(s) will be left out: Fini cannot refresh "
                        "uploaded files. To update one, delete it in Fini and upload it "
                        "again.",
                        nullptr, int(files));
    m_prompter->ask(m_window,
                    {title,
                     intro
                         + tr("Refresh %Ln source(s)? Fini fetches them again and marks the ones "
                              "whose content changed.",
                              nullptr, count)
                         + filesNote,
                     tr("Refresh %Ln source(s)", nullptr, count),
                     {},
                     QMessageBox::Question},
                    this, [targets, then = std::move(then)](bool yes) {
                        if (yes)
                            then(targets);
                    });
}

void SourceCommands::refreshNow(const QList<RefreshWorkflow::Target> &targets)
{
    if (targets.isEmpty() || m_session->operationRunning())
        return;
    Q_EMIT operationStarting();
    m_session->refresh(targets);
}

void SourceCommands::generateNow(const QStringList &ids, const GenerateOptions &options)
{
    if (ids.isEmpty() || m_session->operationRunning())
        return;
    Q_EMIT operationStarting();
    m_session->generate(ids, options);
}

void SourceCommands::generateForSelected()
{
    const QStringList ids = m_table->selectedIds();
    if (ids.isEmpty() || m_session->operationRunning() || explainReadOnly())
        return;
    m_prompter->openDialog(std::make_unique<GenerateDialog>(int(ids.size()), m_prompter, m_window),
                           this, [this, ids](QDialog &dialog, bool accepted) {
                               if (accepted)
                                   generateNow(ids,
                                               static_cast<GenerateDialog &>(dialog).options());
                           });
}

void SourceCommands::removeSelected()
{
    const QList<SourceRow> rows = selectedRows();
    if (rows.isEmpty() || m_session->operationRunning() || explainReadOnly())
        return;
    m_prompter->openDialog(std::make_unique<RemoveDialog>(rows, m_window), this,
                           [this, rows](QDialog &dialog, bool accepted) {
                               if (accepted)
                                   removeNow(rows,
                                             static_cast<RemoveDialog &>(dialog).deleteArticles());
                           });
}

void SourceCommands::removeNow(const QList<SourceRow> &rows, bool deleteArticles)
{
    if (rows.isEmpty() || m_session->operationRunning())
        return;
    Q_EMIT operationStarting();
    m_session->remove(rows, deleteArticles);
}

void SourceCommands::addWebPages(const QStringList &urls)
{
    if (m_session->operationRunning() || explainReadOnly())
        return;
    auto dialog = std::make_unique<AddPagesDialog>(knownWebPages(), m_prompter, m_window);
    dialog->setText(urls.join(QLatin1Char('\n')));
    m_prompter->openDialog(std::move(dialog), this, [this](QDialog &dialog, bool accepted) {
        const auto &pages = static_cast<AddPagesDialog &>(dialog);
        if (accepted)
            addNow(pages.toAdd(), pages.toRefresh());
    });
}

QSet<QString> SourceCommands::knownWebPages() const
{
    const SourceTableModel *model = m_session->model();
    QSet<QString> known;
    for (int row = 0; row < model->rowCount(); ++row) {
        const SourceRow &source = model->row(row);
        if (source.source == QLatin1String("web"))
            known.insert(WebPageList::comparable(source.url));
    }
    return known;
}

void SourceCommands::discoverLinks()
{
    if (m_session->operationRunning() || explainReadOnly())
        return;
    m_prompter->openDialog(
        std::make_unique<DiscoverLinksDialog>(m_session->client(), knownWebPages(), m_window), this,
        [this](QDialog &dialog, bool accepted) {
            if (accepted)
                addNow(static_cast<DiscoverLinksDialog &>(dialog).checkedUrls(), {});
        });
}

QHash<QString, QSet<QString>> SourceCommands::knownProviderPages() const
{
    const SourceTableModel *model = m_session->model();
    QHash<QString, QSet<QString>> known;
    for (const QString &provider : ProviderResource::providers())
        known.insert(provider, {});
    for (int row = 0; row < model->rowCount(); ++row) {
        const SourceRow &source = model->row(row);
        const auto it = known.find(source.source);
        if (it != known.end())
            it->insert(WebPageList::comparable(source.url));
    }
    return known;
}

void SourceCommands::importFromProvider()
{
    if (m_session->operationRunning() || explainReadOnly())
        return;
    m_prompter->openDialog(
        std::make_unique<ImportDialog>(m_session->client(), knownProviderPages(), m_window), this,
        [this](QDialog &dialog, bool accepted) {
            const auto &import = static_cast<ImportDialog &>(dialog);
            if (accepted)
                importNow(import.provider(), import.chosen());
        });
}

void SourceCommands::importNow(const QString &provider, const QList<ProviderResource> &resources)
{
    if (resources.isEmpty() || m_session->operationRunning())
        return;
    Q_EMIT operationStarting();
    m_session->importResources(provider, resources);
}

void SourceCommands::addNow(const QStringList &toAdd, const QStringList &toRefresh)
{
    if ((toAdd.isEmpty() && toRefresh.isEmpty()) || m_session->operationRunning())
        return;
    Q_EMIT operationStarting();
    m_session->addWebPages(toAdd, toRefresh);
}

void SourceCommands::startGuidedFlow()
{
    if (m_session->operationRunning() || m_guided || explainReadOnly())
        return;
    // The flow asks before it refreshes, like the toolbar's Refresh: the count is the news.
    QList<RefreshWorkflow::Target> targets = selectedTargets();
    QString intro;
    if (targets.isEmpty()) {
        const SourceTableModel *model = m_session->model();
        targets.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            targets.append(RefreshWorkflow::Target::of(model->row(row)));
        intro = tr("No source is selected, so the flow takes every source of this workspace.")
                + QStringLiteral("\n\n");
    }
    if (targets.isEmpty())
        return;
    confirmRefresh(tr("Refresh and regenerate"), intro, targets,
                   [this](const QList<RefreshWorkflow::Target> &agreed) {
                       if (!m_session->operationRunning() && !m_guided)
                           openGuidedFlow(agreed);
                   });
}

GuidedFlowDialog *SourceCommands::guidedFlow() const
{
    return m_guided;
}

void SourceCommands::openGuidedFlow(const QList<RefreshWorkflow::Target> &targets)
{
    Q_EMIT operationStarting();
    m_guided = new GuidedFlowDialog(m_session, m_prompter, targets, m_window);
    m_guided->setAttribute(Qt::WA_DeleteOnClose);
    // A source picked in the flow's list shows its changes in the window's details.
    connect(m_guided, &GuidedFlowDialog::sourceActivated, m_table,
            [this](const QString &id) { m_table->selectIds({id}); });
    m_guided->show();
    m_guided->begin();
}

void SourceCommands::exportWithDialog()
{
    // The working directory of a desktop app is wherever it was started from (often /, or the
    // install folder): the dialog starts where people keep their files.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    m_prompter->askSaveFileName(m_window, tr("Export visible rows"),
                                QDir(folder).filePath(tr("sources.csv")), tr("CSV files (*.csv)"),
                                this, [this](const QString &name) {
                                    if (!name.isEmpty())
                                        exportVisibleRows(name);
                                });
}

bool SourceCommands::exportVisibleRows(const QString &fileName)
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    // A row of a spreadsheet is worth little without what identifies the source at Fini:
    // the URL and the ID go along even while the table hides them.
    for (const int always : {int(SourceTableModel::UrlColumn), int(SourceTableModel::IdColumn)}) {
        if (!columns.contains(always))
            columns.append(always);
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        exportFailed(file.errorString());
        return false;
    }
    const SourceFilterProxy &proxy = *m_session->proxy();
    file.write(CsvWriter::toCsv(proxy, columns).toUtf8());
    if (!file.commit()) {
        exportFailed(file.errorString());
        return false;
    }
    Q_EMIT statusMessage(tr("Exported %Ln row(s) to %1", nullptr, proxy.rowCount())
                             .arg(QDir::toNativeSeparators(fileName)),
                         10000);
    return true;
}

void SourceCommands::exportFailed(const QString &reason)
{
    m_prompter->inform(m_window, QMessageBox::Warning, tr("Export failed"),
                       tr("The file could not be written: %1").arg(reason));
}

void SourceCommands::copySelectedIds()
{
    const QStringList ids = m_table->selectedIds();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    Q_EMIT statusMessage(tr("Copied %Ln ID(s)", nullptr, int(ids.size())), 3000);
}

void SourceCommands::copySelectedUrls()
{
    QStringList urls;
    for (const SourceRow &row : selectedRows())
        urls.append(row.url);
    QApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
}

void SourceCommands::openSelectedUrl()
{
    const QList<SourceRow> rows = selectedRows();
    if (!rows.isEmpty())
        openUrl(rows.first().url);
}

void SourceCommands::openUrl(const QString &url)
{
    if (QDesktopServices::openUrl(QUrl(url)))
        return;
    // No browser, or none the desktop knows of: the address is still what the user wants.
    m_prompter->inform(m_window, QMessageBox::Information, tr("No browser opened"),
                       tr("Sourcedesk could not open a web browser on this computer. Copy the "
                          "address and open it yourself:\n\n%1")
                           .arg(url));
}

void SourceCommands::selectAllChanged()
{
    const SourceFilterProxy *proxy = m_session->proxy();
    QStringList changed;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (index.data(SourceTableModel::ChangedRole).toBool())
            changed.append(index.data(SourceTableModel::IdRole).toString());
    }
    m_table->selectIds(changed);
    m_table->setFocus();
}
