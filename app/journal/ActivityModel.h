#pragma once

#include "ActivityJournal.h"

#include <QAbstractItemModel>

#include <functional>
#include <memory>
#include <vector>

// The Activity panel's tree: the recent operations, newest first, each with its sources.
// Loaded once from the journal, then kept up to date from the journal's signals: a change
// touches only its own rows and is held back (no signal) until publish(), so a view that is
// not shown costs nothing and catches up in one step.
class ActivityModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, OperationColumn, StateColumn, ResultColumn, ColumnCount };
    enum Role {
        SourceIdRole = Qt::UserRole + 1,
        // The article a generation wrote for this source, if any.
        ArticleIdRole,
        // The address of a removed web page, which can be added again.
        AddAgainUrlRole,
    };
    using TitleOf = std::function<QString(const QString &sourceId)>;

    static constexpr int Keep = 30;

    explicit ActivityModel(TitleOf titleOf, QObject *parent = nullptr);
    ~ActivityModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Follows the journal's changes from now on; they count once load() has the snapshot.
    void follow(const ActivityJournal *journal);
    // Reads the recent operations (off the GUI thread) and shows them with every change
    // recorded since the read was asked for.
    void load();
    bool isLoaded() const { return m_state == State::Loaded; }

    // Tells views about every change held back; returns whether there was any.
    bool publish();
    QStringList sourceIds(const QModelIndex &index) const;
    // The removed web pages of a source row or of an operation's rows, to add again.
    QStringList addAgainUrls(const QModelIndex &index) const;

Q_SIGNALS:
    // The first change after a publish(): a view that is shown schedules one.
    void changesHeldBack();
    void loaded();

private:
    struct Operation;
    enum class State { Idle, Loading, Loaded };

    void setOperations(const QList<ActivityJournal::Operation> &operations);
    Operation *find(qint64 id) const;
    int rowOf(const Operation *operation) const;
    void markDirty(Operation *operation, qsizetype row);
    // Applies a change now, or after the snapshot when one is being read.
    void apply(std::function<void()> change);
    void begin(qint64 id, const QString &kind, qint64 startedAt, const QStringList &sourceIds);
    void recordJobs(qint64 id, const QHash<QString, QString> &jobBySource);
    void recordOutcomes(qint64 id, const QHash<QString, SourceOutcome> &outcomes);
    void finish(qint64 id, const QString &state, const QString &summary);

    TitleOf m_titleOf;
    const ActivityJournal *m_journal = nullptr;
    State m_state = State::Idle;
    std::vector<std::function<void()>> m_duringLoad;
    // Shown operations, newest first, then those not published yet (newest first too).
    std::vector<std::unique_ptr<Operation>> m_shown;
    std::vector<std::unique_ptr<Operation>> m_unpublished;
    bool m_heldBack = false;
};
