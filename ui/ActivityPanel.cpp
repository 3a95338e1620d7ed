#include "ActivityPanel.h"

#include <QHeaderView>

namespace {
// Changes reach the panel at most this often: a refresh of 100,000 sources sends thousands.
constexpr int PublishIntervalMs = 300;
} // namespace

ActivityPanel::ActivityPanel(const ActivityJournal *journal, TitleOf titleOf, QWidget *parent)
    : QTreeView(parent)
    , m_model(std::move(titleOf))
{
    setObjectName(QStringLiteral("activityPanel"));
    setModel(&m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    m_model.follow(journal);
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(PublishIntervalMs);
    connect(&m_publishTimer, &QTimer::timeout, this, &ActivityPanel::reload);
    connect(&m_model, &ActivityModel::changesHeldBack, this, [this] {
        if (isVisible())
            m_publishTimer.start();
    });
    connect(&m_model, &ActivityModel::loaded, this,
            [this] { resizeColumnToContents(ActivityModel::WhenColumn); });
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
