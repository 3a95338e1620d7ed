#include "MainWindow.h"

#include "ActivityJournal.h"
#include "ActivityPanel.h"
#include "ActivityRecorder.h"
#include "CsvWriter.h"
#include "Dialogs.h"
#include "FiniClient.h"
#include "GenerateDialog.h"
#include "GuidedFlowDialog.h"
#include "MessageBar.h"
#include "OperationBar.h"
#include "SourceDetailsPane.h"
#include "SourceTableView.h"
#include "StatePage.h"
#include "WorkspaceLoader.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QAction *makeAction(QObject *parent, const QString &text, const char *objectName,
                    const QString &icon = {}, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/") + icon + QStringLiteral(".svg")));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(text + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText)
                           + QLatin1Char(')'));
    }
    return action;
}

} // namespace

MainWindow::MainWindow(FiniClient *client, const WorkspaceInfo &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_workspace(workspace)
    , m_state(workspace.stateScope)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(workspace.demo ? tr("Demo workspace — Sourcedesk")
                                  : tr("%1 — Sourcedesk").arg(workspace.name));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sourcedesk.svg")));
    m_proxy.setSourceTableModel(&m_model);
    m_loader = new WorkspaceLoader(client, &m_model, this);
    m_proxy.followLoading(m_loader);
    m_refresh = new RefreshWorkflow(client, workspace.polling, this);
    m_generate = new GenerateWorkflow(client, workspace.polling, this);
    m_journal =
        std::make_unique<ActivityJournal>(ActivityJournal::defaultPath(workspace.stateScope));
    m_recorder = new ActivityRecorder(m_journal.get(), m_refresh, m_generate, this);

    buildActions();
    buildCentre();
    buildMenus();
    buildToolBar();

    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(250);
    connect(&m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_model, signal, &m_countsTimer, [this] { m_countsTimer.start(); });
    connect(&m_model, &QAbstractItemModel::dataChanged, &m_countsTimer,
            [this] { m_countsTimer.start(); });
    connect(&m_model, &QAbstractItemModel::modelReset, &m_countsTimer,
            [this] { m_countsTimer.start(); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_proxy, signal, this, &MainWindow::updateCentre);
    connect(&m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCentre);
    connect(&m_proxy, &SourceFilterProxy::filterChanged, this, &MainWindow::updateCentre);

    connect(m_loader, &WorkspaceLoader::progress, this, [this](int loaded) {
        m_activity->setText(tr("Loading sources… %1 loaded").arg(QLocale().toString(loaded)));
    });
    connect(m_loader, &WorkspaceLoader::finished, this, &MainWindow::onLoadFinished);
    connect(m_loader, &WorkspaceLoader::failed, this, &MainWindow::onLoadFailed);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &MainWindow::saveLocalState);
    connect(m_table, &SourceTableView::headerLayoutChanged, &m_saveTimer,
            [this] { m_saveTimer.start(); });

    connectWorkflows();
    buildActivityPanel();
    restoreLocalState();
    updateStatus();
    reload();
    // What was still running when Sourcedesk last stopped is followed again.
    if (m_recorder->resumeUnfinished() > 0)
        m_operationBar->begin(tr("Following the operation that was running when Sourcedesk "
                                 "stopped…"));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActivityPanel()
{
    m_activityPanel = new ActivityPanel(m_journal.get(), [this](const QString &id) {
        const int row = m_model.rowOf(id);
        return row >= 0 ? m_model.row(row).title : QString();
    });
    auto *dock = new QDockWidget(tr("Activity"), this);
    dock->setObjectName(QStringLiteral("activityDock"));
    dock->setWidget(m_activityPanel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("activityAction"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_viewMenu->addAction(toggle);
    m_activityTimer.setSingleShot(true);
    m_activityTimer.setInterval(300);
    connect(&m_activityTimer, &QTimer::timeout, m_activityPanel, &ActivityPanel::reload);
    connect(m_recorder, &ActivityRecorder::journalChanged, &m_activityTimer,
            [this] { m_activityTimer.start(); });
    connect(m_activityPanel, &ActivityPanel::sourcesActivated, this,
            [this](const QStringList &ids) {
                m_sidebar->selectView(FilterSidebar::View::All);
                m_search->clear();
                m_table->selectIds(ids);
            });
    m_activityPanel->reload();
    if (!m_journal->isOpen())
        m_messageBar->showMessage(MessageBar::Tone::Warning,
                                  tr("The activity history could not be opened; operations run "
                                     "but are not recorded. %1")
                                      .arg(m_journal->errorString()));
}

void MainWindow::buildActions()
{
    m_reloadAction = makeAction(this, tr("&Reload"), "reloadAction", QStringLiteral("reload"),
                                QKeySequence::Refresh);
    m_findAction = makeAction(this, tr("&Find…"), "findAction", {}, QKeySequence::Find);
    m_refreshAction = makeAction(this, tr("Re&fresh selected"), "refreshAction",
                                 QStringLiteral("refresh-sources"), QKeySequence(tr("Ctrl+R")));
    m_refreshAction->setToolTip(tr("Have Fini fetch the selected sources again and find out "
                                   "which changed (Ctrl+R)"));
    m_generateAction = makeAction(this, tr("&Generate knowledge…"), "generateAction",
                                  QStringLiteral("generate"), QKeySequence(tr("Ctrl+G")));
    m_generateAction->setToolTip(tr("Have Fini write knowledge from the selected sources "
                                    "(Ctrl+G)"));
    m_selectChangedAction =
        makeAction(this, tr("Select all &changed"), "selectChangedAction",
                   QStringLiteral("select-changed"), QKeySequence(tr("Ctrl+Shift+A")));
    m_copyIdsAction = makeAction(this, tr("&Copy IDs"), "copyIdsAction", QStringLiteral("copy"),
                                 QKeySequence::Copy);
    // Ctrl+C copies IDs only while the table has focus; elsewhere it copies text.
    m_copyIdsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyUrlAction = makeAction(this, tr("Copy &URL"), "copyUrlAction");
    m_openUrlAction = makeAction(this, tr("&Open in browser"), "openUrlAction");
    m_exportAction = makeAction(this, tr("&Export visible rows to CSV…"), "exportAction",
                                QStringLiteral("export"), QKeySequence(tr("Ctrl+E")));
    m_askChangedAction = makeAction(this, tr("Ask Fini for &changed sources"), "askChangedAction",
                                    QStringLiteral("ask-changed"));
    m_askChangedAction->setToolTip(
        tr("Fini's own list of sources whose content changed since knowledge was generated"));
    m_detailsAction = makeAction(this, tr("Show &details"), "detailsAction",
                                 QStringLiteral("details"), QKeySequence(tr("Ctrl+I")));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_resetColumnsAction = makeAction(this, tr("Reset &columns"), "resetColumnsAction");
    m_aboutAction = makeAction(this, tr("&About Sourcedesk"), "aboutAction");
    m_quitAction = makeAction(this, tr("&Quit"), "quitAction", {}, QKeySequence::Quit);

    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshSelected);
    connect(m_generateAction, &QAction::triggered, this, &MainWindow::generateForSelected);
    m_guidedAction = makeAction(this, tr("Refresh and re&generate…"), "guidedAction");
    m_guidedAction->setToolTip(tr("Refresh, wait, review what changed and generate knowledge, "
                                  "step by step"));
    connect(m_guidedAction, &QAction::triggered, this, &MainWindow::startGuidedFlow);
    connect(m_selectChangedAction, &QAction::triggered, this, &MainWindow::selectAllChanged);
    connect(m_copyIdsAction, &QAction::triggered, this, &MainWindow::copySelectedIds);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportWithDialog);
    connect(m_askChangedAction, &QAction::triggered, this, &MainWindow::askFiniForChanged);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::buildCentre()
{
    m_sidebar = new FilterSidebar(this);
    m_table = new SourceTableView(this);
    m_table->setModel(&m_proxy);
    m_table->addAction(m_copyIdsAction);
    m_statePage = new StatePage(this);
    m_centre = new QStackedWidget(this);
    m_centre->setObjectName(QStringLiteral("centreStack"));
    m_centre->addWidget(m_table);
    m_centre->addWidget(m_statePage);
    m_messageBar = new MessageBar(this);
    m_operationBar = new OperationBar(this);
    m_details = new SourceDetailsPane(m_client, this);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(4);
    middleLayout->addWidget(buildFilterBar());
    middleLayout->addWidget(m_operationBar);
    middleLayout->addWidget(m_messageBar);
    middleLayout->addWidget(m_centre, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({200, 900, 340});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_activity = new QLabel(this);
    m_activity->setObjectName(QStringLiteral("activityLabel"));
    m_activityBar = new QProgressBar(this);
    m_activityBar->setRange(0, 0);
    m_activityBar->setMaximumWidth(120);
    m_activityBar->setMaximumHeight(14);
    m_activityBar->setTextVisible(false);
    statusBar()->addWidget(m_totals, 1);
    statusBar()->addPermanentWidget(m_activity);
    statusBar()->addPermanentWidget(m_activityBar);

    connect(m_sidebar, &FilterSidebar::viewSelected, this, &MainWindow::applySidebarView);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showRowMenu);
    connect(m_statePage, &StatePage::retryRequested, this, &MainWindow::reload);
    connect(m_statePage, &StatePage::clearFiltersRequested, this, [this] {
        m_search->clear();
        m_operationFilter->setCurrentIndex(0);
        m_languageFilter->setCurrentIndex(0);
        m_sidebar->selectView(FilterSidebar::View::All);
        m_proxy.clearFilters();
    });
    connect(m_detailsAction, &QAction::toggled, m_details, &QWidget::setVisible);
    connect(m_resetColumnsAction, &QAction::triggered, m_table, &SourceTableView::resetColumns);
    connect(m_copyUrlAction, &QAction::triggered, this, [this] {
        QStringList urls;
        for (const QString &id : m_table->selectedIds())
            urls.append(m_model.row(m_model.rowOf(id)).url);
        QApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
    });
    connect(m_openUrlAction, &QAction::triggered, this, [this] {
        const QStringList ids = m_table->selectedIds();
        if (!ids.isEmpty())
            QDesktopServices::openUrl(QUrl(m_model.row(m_model.rowOf(ids.first())).url));
    });
}

void MainWindow::buildMenus()
{
    m_workspaceMenu = menuBar()->addMenu(tr("&Workspace"));
    m_workspaceMenu->setObjectName(QStringLiteral("workspaceMenu"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyIdsAction);
    edit->addAction(m_copyUrlAction);
    edit->addSeparator();
    edit->addAction(m_selectChangedAction);
    edit->addAction(m_findAction);

    QMenu *sources = menuBar()->addMenu(tr("&Sources"));
    sources->addAction(m_refreshAction);
    sources->addAction(m_generateAction);
    sources->addAction(m_guidedAction);
    sources->addSeparator();
    sources->addAction(m_askChangedAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(m_reloadAction);
    view->addSeparator();
    view->addAction(m_detailsAction);
    view->addAction(m_resetColumnsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Fini documentation on sources"), this, [] {
        QDesktopServices::openUrl(
            QUrl(QStringLiteral("https://docs.usefini.com/en/api-reference/sources")));
    });
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_reloadAction);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    bar->addAction(m_askChangedAction);
    bar->addAction(m_generateAction);
    bar->addSeparator();
    bar->addAction(m_selectChangedAction);
    bar->addAction(m_copyIdsAction);
    bar->addAction(m_exportAction);
}

QWidget *MainWindow::buildFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_operationFilter = new QComboBox(bar);
    m_operationFilter->setObjectName(QStringLiteral("operationFilter"));
    m_operationFilter->setToolTip(tr("Filter by linked knowledge operation"));
    m_operationFilter->addItem(tr("Any operation"));
    m_operationFilter->addItem(tr("Not linked"), QString());
    m_operationFilter->addItem(tr("Add article to folder"),
                               QStringLiteral("ADD_ARTICLE_TO_FOLDER"));
    m_operationFilter->addItem(tr("Update article"), QStringLiteral("UPDATE_ARTICLE"));
    m_operationFilter->addItem(tr("No change"), QStringLiteral("DO_NOTHING"));

    m_languageFilter = new QComboBox(bar);
    m_languageFilter->setObjectName(QStringLiteral("languageFilter"));
    m_languageFilter->setToolTip(tr("Filter by language processing"));
    m_languageFilter->addItem(tr("Any language"));
    m_languageFilter->addItem(tr("English"), true);
    m_languageFilter->addItem(tr("Other"), false);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search title, URL or ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_operationFilter);
    layout->addWidget(m_languageFilter);

    connect(m_search, &QLineEdit::textChanged, &m_proxy, &SourceFilterProxy::setSearchText);
    connect(m_findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_operationFilter, &QComboBox::currentIndexChanged, &m_proxy, [this](int index) {
        m_proxy.setOperation(
            index == 0 ? std::nullopt
                       : std::optional<QString>(m_operationFilter->itemData(index).toString()));
    });
    connect(m_languageFilter, &QComboBox::currentIndexChanged, &m_proxy, [this](int index) {
        m_proxy.setEnglish(index == 0
                               ? std::nullopt
                               : std::optional<bool>(m_languageFilter->itemData(index).toBool()));
    });
    return bar;
}

void MainWindow::applySidebarView(FilterSidebar::View view, const QString &type)
{
    m_proxy.setChangedOnly(view == FilterSidebar::View::Changed);
    m_proxy.setRunningOnly(view == FilterSidebar::View::Running);
    m_proxy.setFailedOnly(view == FilterSidebar::View::Failed);
    m_proxy.setSourceType(view == FilterSidebar::View::Type ? type : QString());
}

void MainWindow::reload()
{
    m_messageBar->hide();
    m_loadError = {};
    m_activity->setText(tr("Loading sources…"));
    m_activityBar->show();
    m_reloadAction->setEnabled(false);
    m_loader->start();
    updateCentre();
}

void MainWindow::onLoadFinished(bool complete)
{
    m_reloadAction->setEnabled(true);
    m_activityBar->hide();
    const QLocale locale;
    if (complete)
        m_activity->setText(tr("Loaded %1 sources in %2 s")
                                .arg(locale.toString(m_model.rowCount()))
                                .arg(locale.toString(m_loader->elapsedMs() / 1000.0, 'f', 1)));
    else
        m_activity->setText(
            tr("Loaded %1 sources (incomplete)").arg(locale.toString(m_model.rowCount())));
    updateCounts();
    updateCentre();
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    m_loadError = error;
    if (error.kind() == ApiError::Kind::Unauthorized)
        Q_EMIT keyRejected();
    if (m_model.rowCount() > 0)
        m_messageBar->showMessage(MessageBar::Tone::Error,
                                  tr("Not every source could be loaded. %1").arg(error.summary()),
                                  error.technicalDetails(), tr("Try again"), [this] { reload(); });
    updateCentre();
}

void MainWindow::updateCentre()
{
    if (m_proxy.rowCount() > 0) {
        m_centre->setCurrentWidget(m_table);
    } else if (m_model.rowCount() > 0) {
        m_statePage->showState(StatePage::State::NoMatches);
        m_centre->setCurrentWidget(m_statePage);
    } else if (m_loader->isLoading()) {
        m_statePage->showState(StatePage::State::Loading);
        m_centre->setCurrentWidget(m_statePage);
    } else if (m_loadError.isError()) {
        m_statePage->showState(StatePage::State::Failed, m_loadError.summary());
        m_centre->setCurrentWidget(m_statePage);
    } else {
        m_statePage->showState(StatePage::State::Empty);
        m_centre->setCurrentWidget(m_statePage);
    }
    updateStatus();
}

void MainWindow::updateCounts()
{
    m_counts = m_model.counts();
    m_sidebar->setCounts(m_counts);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    // Counting walks every row: it is done once per throttled pass (updateCounts), not on
    // every selection change.
    const SourceTableModel::Counts &counts = m_counts;
    const int selected =
        m_table->selectionModel() ? int(m_table->selectionModel()->selectedRows().size()) : 0;
    m_totals->setText(tr("%1 sources · %2 shown · %3 selected · %4 changed · %5 in progress")
                          .arg(locale.toString(counts.all), locale.toString(m_proxy.rowCount()),
                               locale.toString(selected), locale.toString(counts.changed),
                               locale.toString(counts.running)));
    m_copyIdsAction->setEnabled(selected > 0);
    m_copyUrlAction->setEnabled(selected > 0);
    m_openUrlAction->setEnabled(selected == 1);
    m_exportAction->setEnabled(m_proxy.rowCount() > 0);
    m_selectChangedAction->setEnabled(counts.changed > 0);
    m_refreshAction->setEnabled(m_writeAllowed && selected > 0 && !operationRunning());
    m_generateAction->setEnabled(m_writeAllowed && selected > 0 && !operationRunning());
    m_guidedAction->setEnabled(m_writeAllowed && counts.all > 0 && !operationRunning());
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->showSource(nullptr);
        return;
    }
    const int row = m_model.rowOf(current.data(SourceTableModel::IdRole).toString());
    m_details->showSource(row >= 0 ? &m_model.row(row) : nullptr);
}

void MainWindow::copySelectedIds()
{
    const QStringList ids = m_table->selectedIds();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Copied %n ID(s)", nullptr, int(ids.size())), 3000);
}

void MainWindow::selectAllChanged()
{
    QStringList changed;
    for (int row = 0; row < m_proxy.rowCount(); ++row) {
        const QModelIndex index = m_proxy.index(row, 0);
        if (index.data(SourceTableModel::ChangedRole).toBool())
            changed.append(index.data(SourceTableModel::IdRole).toString());
    }
    m_table->selectIds(changed);
    m_table->setFocus();
}

void MainWindow::askFiniForChanged()
{
    // Fini's `changed=true` list is the authoritative one for the refresh workflow.
    m_askChangedAction->setEnabled(false);
    m_activity->setText(tr("Asking Fini for changed sources…"));
    auto ids = std::make_shared<QStringList>();
    auto fetch = std::make_shared<std::function<void(const QString &)>>();
    *fetch = [this, ids, fetch](const QString &cursor) {
        SourceQuery query;
        query.changed = true;
        query.cursor = cursor;
        m_client->listSources(query, this, [this, ids, fetch](const ApiResult<SourcePage> &r) {
            if (!r.ok()) {
                m_askChangedAction->setEnabled(true);
                m_activity->clear();
                m_messageBar->showMessage(MessageBar::Tone::Error, r.error().summary(),
                                          r.error().technicalDetails(), tr("Try again"),
                                          [this] { askFiniForChanged(); });
                return;
            }
            QList<SourceRow> rows;
            for (const Source &source : r.value().sources) {
                rows.append(SourceRow::fromSource(source));
                ids->append(source.id);
            }
            m_model.upsert(rows);
            if (r.value().hasMore && !r.value().sources.isEmpty()) {
                (*fetch)(r.value().sources.last().id);
                return;
            }
            m_askChangedAction->setEnabled(true);
            updateCounts(); // the changed flags just arrived: count them now, not in 250 ms
            m_search->clear();
            m_sidebar->selectView(FilterSidebar::View::All);
            m_table->selectIds(*ids);
            m_activity->setText(tr("Fini lists %n changed source(s); they are selected.", nullptr,
                                   int(ids->size())));
        });
    };
    (*fetch)(QString());
}

bool MainWindow::exportVisibleRows(const QString &fileName)
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        Dialogs::message(this, QMessageBox::Warning, tr("Export failed"),
                         tr("The file could not be written: %1").arg(file.errorString()));
        return false;
    }
    file.write(CsvWriter::toCsv(m_proxy, columns).toUtf8());
    if (!file.commit()) {
        Dialogs::message(this, QMessageBox::Warning, tr("Export failed"),
                         tr("The file could not be written: %1").arg(file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %n row(s)", nullptr, m_proxy.rowCount()), 4000);
    return true;
}

void MainWindow::exportWithDialog()
{
    const QString name = Dialogs::saveFileName(this, tr("Export visible rows"), tr("sources.csv"),
                                               tr("CSV files (*.csv)"));
    if (!name.isEmpty())
        exportVisibleRows(name);
}

void MainWindow::showRowMenu(const QPoint &position)
{
    if (!m_table->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("rowMenu"));
    menu.addAction(m_refreshAction);
    menu.addAction(m_generateAction);
    menu.addSeparator();
    menu.addAction(m_copyIdsAction);
    menu.addAction(m_copyUrlAction);
    menu.addAction(m_openUrlAction);
    menu.addSeparator();
    menu.addAction(m_selectChangedAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::showAbout()
{
    // The licence and notices are compiled into the executable (app/CMakeLists.txt).
    QString notices;
    for (const QString &name :
         {QStringLiteral(":/legal/LICENSE"), QStringLiteral(":/legal/THIRD-PARTY-NOTICES.txt")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            notices += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
    }
    Dialogs::message(this, QMessageBox::Information, tr("About Sourcedesk"),
                     tr("Sourcedesk %1\n\nKeeps a Fini workspace's knowledge in step with its "
                        "sources: refresh sources, see what changed, generate knowledge.\n\n"
                        "Copyright 2026 Sourcedesk. Uses Qt (LGPLv3), QtKeychain (BSD) and "
                        "SQLite (public domain): the licence and notices are under "
                        "Show Details, and in Help > About Qt.")
                         .arg(QApplication::applicationVersion()),
                     notices);
}

void MainWindow::restoreLocalState()
{
    if (!restoreGeometry(m_state.windowGeometry()))
        resize(1400, 860);
    restoreState(m_state.windowState());
    m_splitter->restoreState(m_state.splitterState());
    m_table->restoreHeaderState(m_state.headerState());
}

void MainWindow::saveLocalState()
{
    m_state.setWindowGeometry(saveGeometry());
    m_state.setWindowState(saveState());
    m_state.setSplitterState(m_splitter->saveState());
    m_state.setHeaderState(m_table->saveHeaderState());
    m_state.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLocalState();
    m_loader->cancel();
    event->accept();
}

void MainWindow::setWriteAllowed(bool allowed, const QString &reason)
{
    m_writeAllowed = allowed;
    m_writeBlockedReason = reason;
    for (QAction *action : {m_refreshAction, m_generateAction}) {
        action->setToolTip(allowed ? action->text().remove(QLatin1Char('&')) : reason);
        action->setStatusTip(allowed ? QString() : reason);
    }
    updateStatus();
}

bool MainWindow::operationRunning() const
{
    return m_refresh->isRunning() || m_generate->isRunning();
}

QList<SourceRow> MainWindow::selectedRows() const
{
    QList<SourceRow> rows;
    for (const QString &id : m_table->selectedIds()) {
        const int row = m_model.rowOf(id);
        if (row >= 0)
            rows.append(m_model.row(row));
    }
    return rows;
}

void MainWindow::connectWorkflows()
{
    const auto showOutcomes = [this](const QHash<QString, SourceOutcome> &outcomes) {
        m_model.setOutcomes(outcomes);
    };
    const auto showPollProblem = [this](const ApiError &error) {
        m_messageBar->showMessage(MessageBar::Tone::Warning,
                                  tr("Sourcedesk could not check on Fini's progress this time "
                                     "and keeps trying. %1")
                                      .arg(error.summary()),
                                  error.technicalDetails());
    };
    connect(m_refresh, &RefreshWorkflow::outcomesChanged, this, showOutcomes);
    connect(m_generate, &GenerateWorkflow::outcomesChanged, this, showOutcomes);
    connect(m_refresh, &RefreshWorkflow::pollProblem, this, showPollProblem);
    connect(m_generate, &GenerateWorkflow::pollProblem, this, showPollProblem);
    connect(m_refresh, &RefreshWorkflow::sourcesRead, this, [this](const QList<Source> &sources) {
        QList<SourceRow> rows;
        rows.reserve(sources.size());
        for (const Source &source : sources)
            rows.append(SourceRow::fromSource(source));
        m_model.upsert(rows);
    });
    connect(m_refresh, &RefreshWorkflow::progress, this, [this](int done, int total) {
        m_operationBar->setProgress(
            tr("Refreshing %1 sources at Fini: %2 finished").arg(total).arg(done), done, total);
    });
    connect(m_generate, &GenerateWorkflow::progress, this, [this](int done, int total) {
        m_operationBar->setProgress(
            tr("Generating knowledge from %1 sources: %2 finished").arg(total).arg(done), done,
            total);
    });
    connect(m_refresh, &RefreshWorkflow::finished, this, &MainWindow::onRefreshFinished);
    connect(m_generate, &GenerateWorkflow::finished, this, &MainWindow::onGenerateFinished);
    connect(m_operationBar, &OperationBar::cancelRequested, this, [this] {
        m_refresh->cancel();
        m_generate->cancel();
    });
    connect(m_client, &FiniClient::retryScheduled, this, &MainWindow::showRetryCountdown);
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, [this] {
        if (--m_countdownSeconds <= 0) {
            m_countdownTimer.stop();
            m_activity->clear();
            return;
        }
        m_activity->setText(tr("Fini asked Sourcedesk to slow down: trying again in %n s", nullptr,
                               m_countdownSeconds));
    });
}

void MainWindow::showRetryCountdown(const ApiError &error, int delayMs)
{
    if (error.kind() != ApiError::Kind::RateLimited || delayMs < 1000)
        return;
    m_countdownSeconds = (delayMs + 999) / 1000;
    m_activity->setText(tr("Fini asked Sourcedesk to slow down: trying again in %n s", nullptr,
                           m_countdownSeconds));
    m_countdownTimer.start();
}

void MainWindow::refreshSelected()
{
    const QList<SourceRow> rows = selectedRows();
    if (rows.isEmpty() || operationRunning())
        return;
    QStringList files;
    const QStringList ids = RefreshWorkflow::refreshable(rows, &files);
    const QString filesNote =
        files.isEmpty() ? QString()
                        : tr("\n\n%n uploaded file(s) will be left out: Fini cannot refresh "
                             "uploaded files. To update one, delete it in Fini and upload it "
                             "again.",
                             nullptr, int(files.size()));
    if (ids.isEmpty()) {
        Dialogs::message(this, QMessageBox::Information, tr("Nothing to refresh"),
                         tr("Only uploaded files are selected, and Fini cannot refresh uploaded "
                            "files. To update one, delete it in Fini and upload it again."));
        return;
    }
    if (!Dialogs::confirm(this, tr("Refresh sources"),
                          tr("Refresh %n source(s)? Fini fetches them again and marks the ones "
                             "whose content changed.",
                             nullptr, int(ids.size()))
                              + filesNote,
                          tr("Refresh %n source(s)", nullptr, int(ids.size()))))
        return;
    m_messageBar->hide();
    m_operationBar->begin(tr("Queueing %n source(s) for refresh…", nullptr, int(ids.size())));
    m_recorder->refresh(rows);
    updateStatus();
}

void MainWindow::onRefreshFinished(const RefreshWorkflow::Summary &summary)
{
    m_operationBar->end();
    updateStatus();
    if (summary.queued == 0 && summary.rejected > 0) {
        const ApiError &error = summary.firstError;
        // Show which sources it was about, then offer to try again where that can help.
        QStringList affected;
        for (auto it = m_refresh->outcomes().cbegin(); it != m_refresh->outcomes().cend(); ++it) {
            if (it->state == SourceOutcome::State::Rejected)
                affected.append(it.key());
        }
        m_sidebar->selectView(FilterSidebar::View::All);
        m_table->selectIds(affected);
        const bool retryable = error.kind() == ApiError::Kind::ServerError
                               || error.kind() == ApiError::Kind::Timeout
                               || error.kind() == ApiError::Kind::Network
                               || error.kind() == ApiError::Kind::RateLimited
                               || error.kind() == ApiError::Kind::MalformedResponse;
        if (Dialogs::error(this, tr("The refresh did not start"), error.summary(),
                           error.technicalDetails(), retryable))
            QMetaObject::invokeMethod(this, &MainWindow::refreshSelected, Qt::QueuedConnection);
        if (error.kind() == ApiError::Kind::Unauthorized)
            Q_EMIT keyRejected();
        return;
    }
    QStringList parts;
    parts << tr("%n refreshed", nullptr, summary.completed);
    if (summary.failed)
        parts << tr("%n failed", nullptr, summary.failed);
    if (summary.rejected)
        parts << tr("%n rejected", nullptr, summary.rejected);
    if (summary.skippedFiles)
        parts << tr("%n uploaded file(s) skipped", nullptr, summary.skippedFiles);
    if (summary.stillRunning)
        parts << tr("%n still running at Fini", nullptr, summary.stillRunning);
    const int changed = int(summary.changedFromThisRefresh.size());
    QString text =
        (summary.cancelled ? tr("Stopped watching the refresh: %1.") : tr("Refresh finished: %1."))
            .arg(parts.join(QStringLiteral(", ")));
    text += QLatin1Char(' ')
            + (changed > 0 ? tr("%n of them changed and are selected below.", nullptr, changed)
                           : tr("None of them changed."));
    const MessageBar::Tone tone = summary.failed || summary.rejected || summary.stillRunning
                                      ? MessageBar::Tone::Warning
                                      : MessageBar::Tone::Information;
    if (changed > 0) {
        m_search->clear();
        m_sidebar->selectView(FilterSidebar::View::Changed);
        m_table->selectIds(summary.changedFromThisRefresh);
        m_messageBar->showMessage(tone, text, {}, tr("Generate knowledge…"),
                                  [this] { generateForSelected(); });
    } else {
        m_messageBar->showMessage(tone, text);
    }
}

GuidedFlowDialog *MainWindow::startGuidedFlow()
{
    if (operationRunning() || m_guided)
        return m_guided;
    QList<SourceRow> rows = selectedRows();
    if (rows.isEmpty()) {
        if (!Dialogs::confirm(this, tr("Refresh and regenerate"),
                              tr("No source is selected. Refresh all %n source(s) of this "
                                 "workspace?",
                                 nullptr, m_model.rowCount()),
                              tr("Refresh all")))
            return nullptr;
        for (int row = 0; row < m_model.rowCount(); ++row)
            rows.append(m_model.row(row));
    }
    m_guided = new GuidedFlowDialog(m_recorder, m_refresh, m_generate, rows, this);
    m_guided->setAttribute(Qt::WA_DeleteOnClose);
    m_guided->show();
    m_guided->begin();
    updateStatus();
    return m_guided;
}

void MainWindow::generateForSelected()
{
    const QStringList ids = m_table->selectedIds();
    if (ids.isEmpty() || operationRunning())
        return;
    GenerateDialog dialog(int(ids.size()), this);
    if (Dialogs::run(dialog) != QDialog::Accepted)
        return;
    m_messageBar->hide();
    m_operationBar->begin(
        tr("Queueing knowledge generation for %n source(s)…", nullptr, int(ids.size())));
    m_recorder->generate(ids, dialog.options());
    updateStatus();
}

void MainWindow::onGenerateFinished(const GenerateWorkflow::Summary &summary)
{
    m_operationBar->end();
    updateStatus();
    if (summary.queued == 0 && summary.rejected > 0) {
        Dialogs::error(this, tr("Knowledge generation did not start"), summary.firstError.summary(),
                       summary.firstError.technicalDetails());
        if (summary.firstError.kind() == ApiError::Kind::Unauthorized)
            Q_EMIT keyRejected();
        return;
    }
    QStringList parts;
    parts << tr("%n written", nullptr, summary.written);
    parts << tr("%n needed no change", nullptr, summary.noChange);
    if (summary.failed)
        parts << tr("%n failed", nullptr, summary.failed);
    if (summary.rejected)
        parts << tr("%n rejected", nullptr, summary.rejected);
    if (summary.stillRunning)
        parts << tr("%n still running at Fini", nullptr, summary.stillRunning);
    const QString text = (summary.cancelled ? tr("Stopped watching knowledge generation: %1.")
                                            : tr("Knowledge generation finished: %1. Drafts wait "
                                                 "in Fini's Review and Approvals."))
                             .arg(parts.join(QStringLiteral(", ")));
    m_messageBar->showMessage(summary.failed || summary.rejected ? MessageBar::Tone::Warning
                                                                 : MessageBar::Tone::Information,
                              text);
    // Generation clears the changed flags at Fini: bring the table up to date.
    reload();
}
