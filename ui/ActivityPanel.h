#pragma once

#include "ActivityModel.h"

#include <QTimer>
#include <QTreeView>

// The Activity panel: every refresh and generation of this workspace, newest first, with its
// time, counts, state and each source's outcome. It reads the journal the first time it is
// shown, so it survives restarts, and then follows the journal's changes: only rows that
// changed are updated, a few times a second at most, and nothing happens while it is hidden.
// A row's menu shows its sources in the table, copies a source's or an article's ID, and adds
// removed web pages again.
class ActivityPanel : public QTreeView
{
    Q_OBJECT

public:
    using TitleOf = ActivityModel::TitleOf;

    ActivityPanel(const ActivityJournal *journal, TitleOf titleOf, QWidget *parent = nullptr);

    // Brings the panel up to date when it is shown; when hidden it catches up once shown.
    void reload();

Q_SIGNALS:
    void sourcesActivated(const QStringList &ids);
    // "Add again" on removed web pages.
    void addAgainRequested(const QStringList &urls);
    void statusMessage(const QString &text, int timeoutMs);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawRow(QPainter *painter, const QStyleOptionViewItem &option,
                 const QModelIndex &index) const override;

private:
    void copy(const QString &text, const QString &message);

    ActivityModel m_model;
    QTimer m_publishTimer;
};
