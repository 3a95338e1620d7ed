#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActivityPanel.h"
#include "FilterBar.h"
#include "MessageBar.h"
#include "OperationBar.h"
#include "OperationResultPresenter.h"
#include "Prompter.h"
#include "ShortcutsDialog.h"
#include "SourceCommands.h"
#include "SourceDetailsPane.h"
#include "SourceTableView.h"
#include "StatePage.h"
#include "StatusLine.h"
#include "WindowActions.h"
#include "WorkspaceSession.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(WorkspaceSession *session, Prompter *prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_state(session->info().stateScope)
    , m_actions(new WindowActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    const WorkspaceInfo &workspace = session->info();
    setWindowTitle(workspace.demo ? tr("Demo workspace — Sourcedesk")
                                  : tr("%1 — Sourcedesk").arg(workspace.name));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sourcedesk.svg")));
    buildCentre();
    m_actions->buildMenus(this);
    m_actions->buildToolBar(this);
    m_statusLine = new StatusLine(m_session, statusBar(), this);
    buildActivityPanel();
    connectActions();
    connectSession();
    restoreLocalState();

    // Show the session as it is now: a load or an operation may have run for a while.
    onLoadChanged();
    m_operationBar->showState(session->operation());
    applyWriteAccess();
    m_presenter->showLastResult();
    showViewState();
}

MainWindow::~MainWindow()
{
    // Replaced by another workspace's view: this one's layout is kept for next time.
    saveLocalState();
}

QMenu *MainWindow::workspaceMenu() const
{
    return m_actions->workspaceMenu();
}

void MainWindow::setWorkAtFini(std::function<QStringList()> describe)
{
    m_workAtFini = std::move(describe);
}

void MainWindow::buildCentre()
{
    // Created in reading order, which is the order Tab visits them in: the views, the search
    // and filters, the bars above the table, the table (or the page in its place), the details.
    m_sidebar = new FilterSidebar(this);
    m_filterBar = new FilterBar(m_session->proxy(), this);
    m_operationBar = new OperationBar(this);
    // A key that can only read stays a fact of this window until the key changes.
    m_accessBar = new MessageBar(this);
    m_accessBar->setObjectName(QStringLiteral("writeAccessBar"));
    // The history's problems stay until they are dismissed, apart from what operations and
    // reloads say in the other bar.
    m_historyBar = new MessageBar(this);
    m_historyBar->setObjectName(QStringLiteral("historyBar"));
    m_messageBar = new MessageBar(this);
    m_table = new SourceTableView(this);
    m_table->showWithSelection(m_session->selection());
    m_table->addAction(m_actions->copyIds);
    m_table->addAction(m_actions->remove);
    m_statePage = new StatePage(this);
    m_centre = new QStackedWidget(this);
    m_centre->setObjectName(QStringLiteral("centreStack"));
    m_centre->addWidget(m_table);
    m_centre->addWidget(m_statePage);
    m_details = new SourceDetailsPane(m_session->client(), this);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(4);
    middleLayout->addWidget(m_filterBar);
    middleLayout->addWidget(m_operationBar);
    middleLayout->addWidget(m_accessBar);
    middleLayout->addWidget(m_historyBar);
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
    // The table gets what the window can spare: in a window 1,024 pixels wide the details
    // still have room for their fields, and the table for its workflow columns.
    m_splitter->setSizes({180, 900, 300});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_commands = new SourceCommands(m_session, m_table, m_prompter, this);
    m_presenter = new OperationResultPresenter(
        m_session, m_commands, m_prompter, {this, m_messageBar, m_table, m_sidebar, m_filterBar});
}

void MainWindow::buildActivityPanel()
{
    const SourceTableModel *model = m_session->model();
    m_activityPanel = new ActivityPanel(m_session->journal(), [model](const QString &id) {
        const int row = model->rowOf(id);
        return row >= 0 ? model->row(row).title : QString();
    });
    auto *dock = new QDockWidget(tr("Activity"), this);
    dock->setObjectName(QStringLiteral("activityDock"));
    dock->setWidget(m_activityPanel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("activityAction"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_actions->viewMenu()->addAction(toggle);
    // Titles are looked up when shown and arrive with the rows: repaint once they are there.
    connect(m_session, &WorkspaceSession::loadChanged, m_activityPanel,
            [this] { m_activityPanel->viewport()->update(); });
    connect(m_activityPanel, &ActivityPanel::sourcesActivated, this,
            [this](const QStringList &ids) {
                m_sidebar->selectView(FilterSidebar::View::All);
                m_filterBar->clearSearch();
                m_table->selectIds(ids);
            });
    connect(m_activityPanel, &ActivityPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_activityPanel, &ActivityPanel::addAgainRequested, m_commands,
            &SourceCommands::addWebPages);
    connect(m_session->journal(), &ActivityJournal::writeFailed, this,
            [this](const QString &message) {
                m_historyBar->showMessage(MessageBar::Tone::Warning, message);
            });
    if (!m_session->journal()->notice().isEmpty())
        m_historyBar->showMessage(MessageBar::Tone::Information, m_session->journal()->notice());
    if (!m_session->journal()->isOpen())
        m_historyBar->showMessage(MessageBar::Tone::Warning,
                                  tr("The activity history could not be opened; operations run "
                                     "but are not recorded. %1")
                                      .arg(m_session->journal()->errorString()));
}

void MainWindow::connectActions()
{
    const WindowActions &a = *m_actions;
    connect(a.reload, &QAction::triggered, m_session, &WorkspaceSession::reload);
    connect(a.cancelLoad, &QAction::triggered, m_session, &WorkspaceSession::cancelLoad);
    connect(a.find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(a.refresh, &QAction::triggered, m_commands, &SourceCommands::refreshSelected);
    connect(a.generate, &QAction::triggered, m_commands, &SourceCommands::generateForSelected);
    connect(a.guided, &QAction::triggered, m_commands, &SourceCommands::startGuidedFlow);
    connect(a.remove, &QAction::triggered, m_commands, &SourceCommands::removeSelected);
    connect(a.addPages, &QAction::triggered, m_commands, [this] { m_commands->addWebPages(); });
    connect(a.discover, &QAction::triggered, m_commands, &SourceCommands::discoverLinks);
    connect(a.importResources, &QAction::triggered, m_commands,
            &SourceCommands::importFromProvider);
    connect(a.selectChanged, &QAction::triggered, m_commands, &SourceCommands::selectAllChanged);
    connect(a.copyIds, &QAction::triggered, m_commands, &SourceCommands::copySelectedIds);
    connect(a.copyUrl, &QAction::triggered, m_commands, &SourceCommands::copySelectedUrls);
    connect(a.openUrl, &QAction::triggered, m_commands, &SourceCommands::openSelectedUrl);
    connect(m_details, &SourceDetailsPane::openUrlRequested, m_commands, &SourceCommands::openUrl);
    connect(a.exportRows, &QAction::triggered, m_commands, &SourceCommands::exportWithDialog);
    connect(a.askChanged, &QAction::triggered, m_session, &WorkspaceSession::listChanged);
    connect(a.details, &QAction::toggled, m_details, &QWidget::setVisible);
    connect(a.resetColumns, &QAction::triggered, m_table, &SourceTableView::resetColumns);
    connect(a.about, &QAction::triggered, this, [this] {
        m_prompter->openDialog(std::make_unique<AboutDialog>(this), this, [](QDialog &, bool) {});
    });
    connect(a.shortcuts, &QAction::triggered, this, [this] {
        m_prompter->openDialog(std::make_unique<ShortcutsDialog>(menuBar(), this), this,
                               [](QDialog &, bool) {});
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    connect(m_commands, &SourceCommands::operationStarting, m_messageBar, &QWidget::hide);
    connect(m_commands, &SourceCommands::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_presenter, &OperationResultPresenter::statusText, m_statusLine,
            &StatusLine::setActivityText);
    connect(m_sidebar, &FilterSidebar::viewSelected, this, &MainWindow::applySidebarView);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (m_table->indexAt(position).isValid())
            m_actions->showRowMenu(this, m_table->viewport()->mapToGlobal(position));
    });
    connect(m_statePage, &StatePage::retryRequested, a.reload, &QAction::trigger);
    connect(m_statePage, &StatePage::changeKeyRequested, this, &MainWindow::changeKeyRequested);
    connect(m_statePage, &StatePage::cancelRequested, m_session, &WorkspaceSession::cancelLoad);
    connect(m_statePage, &StatePage::clearFiltersRequested, this, [this] {
        m_filterBar->clearAll();
        m_sidebar->selectView(FilterSidebar::View::All);
        m_session->proxy()->clearFilters();
    });
    connect(m_operationBar, &OperationBar::cancelRequested, m_session,
            &WorkspaceSession::cancelOperation);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &MainWindow::saveLocalState);
    connect(m_table, &SourceTableView::headerLayoutChanged, &m_saveTimer,
            [this] { m_saveTimer.start(); });
}

void MainWindow::connectSession()
{
    SourceTableModel *model = m_session->model();
    SourceFilterProxy *proxy = m_session->proxy();
    connect(m_statusLine, &StatusLine::countsChanged, this,
            [this](const SourceTableModel::Counts &counts) {
                m_sidebar->setCounts(counts);
                updateStatus();
            });
    connect(m_statusLine, &StatusLine::loadProgressText, m_statePage,
            &StatePage::setLoadingProgress);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCentre);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCentre);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCentre);
    connect(proxy, &SourceFilterProxy::filterChanged, this, &MainWindow::updateCentre);
    // The details follow their source's row: a refresh, a generation or a reload changes it
    // in place. A view or search that hides the row leaves the table without a current index
    // (the selection model says nothing then), and the details must not keep showing it.
    connect(model, &QAbstractItemModel::dataChanged, m_details,
            [this, model](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = model->rowOf(m_details->currentId());
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showDetails(row);
            });
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::onCurrentChanged);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::onCurrentChanged);

    connect(m_session, &WorkspaceSession::loadChanged, this, &MainWindow::onLoadChanged);
    connect(m_session, &WorkspaceSession::operationChanged, this, [this] {
        m_operationBar->showState(m_session->operation());
        updateStatus();
    });
    connect(m_session, &WorkspaceSession::writeAccessChanged, this, &MainWindow::applyWriteAccess);
}

void MainWindow::applySidebarView(FilterSidebar::View view, const QString &type)
{
    SourceFilterProxy *proxy = m_session->proxy();
    proxy->setChangedOnly(view == FilterSidebar::View::Changed);
    proxy->setRunningOnly(view == FilterSidebar::View::Running);
    proxy->setFailedOnly(view == FilterSidebar::View::Failed);
    proxy->setSourceType(view == FilterSidebar::View::Type ? type : QString());
}

void MainWindow::onLoadChanged()
{
    m_actions->setLoading(m_session->isLoading());
    m_statusLine->showLoadState();
    updateCentre();
}

void MainWindow::updateCentre()
{
    const ApiError loadError = m_session->loadError();
    if (m_session->proxy()->rowCount() > 0) {
        m_centre->setCurrentWidget(m_table);
    } else if (m_session->model()->rowCount() > 0) {
        m_statePage->showState(StatePage::State::NoMatches);
        m_centre->setCurrentWidget(m_statePage);
    } else if (m_session->isLoading()) {
        if (m_statePage->state() != StatePage::State::Loading) {
            m_statePage->showState(StatePage::State::Loading);
            m_statusLine->showLoadState();
        }
        m_centre->setCurrentWidget(m_statePage);
    } else if (m_session->loadCancelled()) {
        m_statePage->showState(StatePage::State::Cancelled);
        m_centre->setCurrentWidget(m_statePage);
    } else if (loadError.isError()) {
        // A rejected key is not fixed by trying again: the page offers to change it too.
        m_statePage->showState(StatePage::State::Failed, loadError.summary(),
                               loadError.kind() == ApiError::Kind::Unauthorized
                                   && !m_session->info().demo);
        m_centre->setCurrentWidget(m_statePage);
    } else {
        m_statePage->showState(StatePage::State::Empty);
        m_centre->setCurrentWidget(m_statePage);
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    const int selected = m_table->selectedCount();
    const int shown = m_session->proxy()->rowCount();
    m_statusLine->showTotals(shown, selected);
    const SourceTableModel::Counts &counts = m_statusLine->counts();
    const WindowActions &a = *m_actions;
    // A read-only key leaves refresh and generate on: triggered, they say why they cannot run.
    const bool free = !m_session->operationRunning();
    a.copyIds->setEnabled(selected > 0);
    a.copyUrl->setEnabled(selected > 0);
    a.openUrl->setEnabled(selected == 1);
    a.exportRows->setEnabled(shown > 0);
    a.selectChanged->setEnabled(counts.changed > 0);
    a.askChanged->setEnabled(free);
    a.refresh->setEnabled(free && selected > 0);
    a.generate->setEnabled(free && selected > 0);
    a.remove->setEnabled(free && selected > 0);
    a.addPages->setEnabled(free);
    a.discover->setEnabled(free);
    a.importResources->setEnabled(free);
    a.guided->setEnabled(free && counts.all > 0);
}

void MainWindow::applyWriteAccess()
{
    const QString reason = m_session->writeBlockedReason();
    for (QAction *action : {m_actions->refresh, m_actions->generate, m_actions->remove,
                            m_actions->addPages, m_actions->discover, m_actions->importResources}) {
        action->setToolTip(reason.isEmpty() ? action->text().remove(QLatin1Char('&')) : reason);
        action->setStatusTip(reason);
    }
    if (reason.isEmpty())
        m_accessBar->hide();
    else if (m_session->info().demo)
        m_accessBar->showMessage(MessageBar::Tone::Warning, reason);
    else
        m_accessBar->showMessage(MessageBar::Tone::Warning, reason, {}, tr("Change the key…"),
                                 [this] { Q_EMIT changeKeyRequested(); });
    updateStatus();
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const SourceTableModel *model = m_session->model();
    showDetails(current.isValid() ? model->rowOf(current.data(SourceTableModel::IdRole).toString())
                                  : -1);
}

void MainWindow::showDetails(int modelRow)
{
    const SourceTableModel *model = m_session->model();
    if (modelRow < 0) {
        m_details->showSource(nullptr);
        return;
    }
    const SourceRow &row = model->row(modelRow);
    m_details->showSource(&row, model->outcome(row.id));
}

void MainWindow::showViewState()
{
    // The session keeps its filters and selection while another workspace is shown: come
    // back to them as they were left.
    const SourceFilterProxy *proxy = m_session->proxy();
    if (proxy->changedOnly())
        m_sidebar->selectView(FilterSidebar::View::Changed);
    else if (proxy->runningOnly())
        m_sidebar->selectView(FilterSidebar::View::Running);
    else if (proxy->failedOnly())
        m_sidebar->selectView(FilterSidebar::View::Failed);
    else if (!proxy->sourceType().isEmpty())
        m_sidebar->selectView(FilterSidebar::View::Type, proxy->sourceType());
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_table->scrollTo(current, QAbstractItemView::PositionAtCenter);
    onCurrentChanged();
    updateStatus();
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
    const QStringList work = m_workAtFini ? m_workAtFini()
                             : m_session->describeWorkAtFini().isEmpty()
                                 ? QStringList()
                                 : QStringList{m_session->describeWorkAtFini()};
    if (m_closeApproved || work.isEmpty()) {
        saveLocalState();
        event->accept();
        return;
    }
    event->ignore();
    if (std::exchange(m_closeAsked, true))
        return; // the question is already on screen
    m_prompter->ask(this,
                    {tr("Quit Sourcedesk?"),
                     work.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                         + tr("Fini goes on with this work whether or not Sourcedesk is open. "
                              "Sourcedesk follows it again the next time you open the "
                              "workspace."),
                     tr("Quit"), tr("Keep running"), QMessageBox::Question},
                    this, [this](bool quit) {
                        m_closeAsked = false;
                        if (!quit)
                            return;
                        m_closeApproved = true;
                        close();
                    });
}
