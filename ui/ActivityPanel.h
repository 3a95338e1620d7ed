#pragma once

#include "ActivityJournal.h"

#include <QTreeWidget>

#include <functional>

// The Activity panel: every refresh and generation of this workspace, newest first, with its
// time, counts, state and each source's outcome. It reads the journal, so it survives restarts.
class ActivityPanel : public QTreeWidget
{
    Q_OBJECT

public:
    using TitleOf = std::function<QString(const QString &sourceId)>;

    ActivityPanel(const ActivityJournal *journal, TitleOf titleOf, QWidget *parent = nullptr);

    void reload();

Q_SIGNALS:
    void sourcesActivated(const QStringList &ids);

private:
    const ActivityJournal *m_journal;
    TitleOf m_titleOf;
};
