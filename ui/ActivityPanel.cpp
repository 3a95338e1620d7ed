#include "ActivityPanel.h"

#include "FocusRing.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>

namespace {
// Changes reach the panel at most this often: a refresh of 100,000 sources sends thousands.
constexpr int PublishIntervalMs = 300;
constexpr int StatusTimeoutMs = 4000;
} // namespace

ActivityPanel::ActivityPanel(const ActivityJournal *journal, TitleOf titleOf, QWidget *parent)
    : QTreeView(parent)
    , m_model(std::move(titleOf))
{
    setObjectName(QStringLiteral("activityPanel"));
    setAccessibleName(tr("Activity"));
    setAccessibleDescription(
        tr("Every refresh, generation and removal of this workspace, newest first. "
           "Enter shows an operation's sources in the table; the menu "
           "key copies IDs."));
    setModel(&m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    // What the operation or source is gets the room; when, state and result take what they
    // need, so "Refresh of 10 sources" and a source's title are not cut short.
    QHeaderView *columns = header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(ActivityModel::WhenColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ActivityModel::OperationColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ActivityModel::StateColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ActivityModel::ResultColumn, QHeaderView::Interactive);
    columns->resizeSection(ActivityModel::ResultColumn,
                           30 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    m_model.follow(journal);
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(PublishIntervalMs);
    connect(&m_publishTimer, &QTimer::timeout, this, &ActivityPanel::reload);
    connect(&m_model, &ActivityModel::changesHeldBack, this, [this] {
        if (isVisible())
            m_publishTimer.start();
    });
    connect(this, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT sourcesActivated(m_model.sourceIds(index));
    });
}

void ActivityPanel::reload()
{
    if (!isVisible())
        return;
    if (!m_model.isLoaded())
        m_model.load();
    else
        m_model.publish();
}

void ActivityPanel::showEvent(QShowEvent *event)
{
    QTreeView::showEvent(event);
    reload();
}

void ActivityPanel::hideEvent(QHideEvent *event)
{
    m_publishTimer.stop();
    QTreeView::hideEvent(event);
}

void ActivityPanel::contextMenuEvent(QContextMenuEvent *event)
{
    // A click arrives through the viewport, in its coordinates; the menu key goes to the row
    // that has the focus.
    const QModelIndex index =
        event->reason() == QContextMenuEvent::Keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid())
        return;
    const QStringList ids = m_model.sourceIds(index);
    const QString sourceId = index.data(ActivityModel::SourceIdRole).toString();
    const QString articleId = index.data(ActivityModel::ArticleIdRole).toString();
    // popup(), not exec(): no nested event loop, even for a menu.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("activityMenu"));
    QAction *show = menu->addAction(tr("&Show in the table"), this,
                                    [this, ids] { Q_EMIT sourcesActivated(ids); });
    show->setObjectName(QStringLiteral("activityShowAction"));
    // Fini's API names the article a job wrote by its ID only, without an address to open.
    QAction *article = menu->addAction(tr("Copy &article ID"), this, [this, articleId] {
        copy(articleId, tr("Copied the article ID %1").arg(articleId));
    });
    article->setObjectName(QStringLiteral("activityCopyArticleAction"));
    article->setEnabled(!articleId.isEmpty());
    QAction *source = menu->addAction(tr("Copy &source ID"), this, [this, sourceId] {
        copy(sourceId, tr("Copied the source ID %1").arg(sourceId));
    });
    source->setObjectName(QStringLiteral("activityCopySourceAction"));
    source->setEnabled(!sourceId.isEmpty());
    const QStringList removedPages = m_model.addAgainUrls(index);
    if (!removedPages.isEmpty()) {
        menu->addSeparator();
        QAction *addAgain = menu->addAction(tr("A&dd again…"), this, [this, removedPages] {
            Q_EMIT addAgainRequested(removedPages);
        });
        addAgain->setObjectName(QStringLiteral("activityAddAgainAction"));
    }
    const QPoint where = event->reason() == QContextMenuEvent::Keyboard
                             ? viewport()->mapToGlobal(visualRect(index).center())
                             : event->globalPos();
    menu->popup(where);
}

void ActivityPanel::copy(const QString &text, const QString &message)
{
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(message, StatusTimeoutMs);
}

void ActivityPanel::drawRow(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QTreeView::drawRow(painter, option, index);
    const QModelIndex current = currentIndex();
    if (hasFocus() && current.isValid() && current.row() == index.row()
        && current.parent() == index.parent())
        FocusRing::paint(painter, option.rect, option.palette,
                         selectionModel()->isRowSelected(index.row(), index.parent()));
}
