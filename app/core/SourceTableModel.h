#pragma once

#include "SearchText.h"
#include "SourceOutcome.h"
#include "SourceRow.h"
#include "SourceRowIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

// Every source of a workspace as table rows. Rows arrive in batches: new ones are inserted
// in one block, known ones updated in place with coalesced dataChanged ranges.
class SourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        TypeColumn,
        StatusColumn,
        ActionColumn,
        ChangedColumn,
        OperationColumn,
        UpdatedColumn,
        UrlColumn,
        LanguageColumn,
        ErrorColumn,
        IdColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,
        SourceTypeRole,
        StatusRole,
        ChangedRole,
        OperationRole,
        EnglishRole,
        UrlRole,
        FailedRole,
        OutcomeRole,
    };

    struct Counts {
        int all = 0;
        int changed = 0;
        int running = 0;
        int failed = 0;
        QHash<QString, int> perType;

        // Counts `row` in (`sign` 1) or out (-1).
        void add(const SourceRow &row, int sign);
    };

    // The default order's key, kept apart in one dense array: sorting 100,000 rows compares
    // keys 1.7 million times, and reading them from the rows missed the cache each time.
    // Many rows share a time, so the first four characters of the id come along for ties.
    struct SortKey {
        qint64 updatedAt = 0;
        quint64 idPrefix = 0;
    };

    // A table's rows with all the model keeps beside them, made by prepare() on any thread:
    // a saved table's on the thread that read it. Making the index, keys and counts here held
    // the window 60 ms for 100,000 rows.
    struct Contents {
        QList<SourceRow> rows;
        std::optional<SourceRowIndex> index; // none when an ID repeats
        SearchText searchText;
        QList<SortKey> sortKeys;
        Counts counts;
    };
    static Contents prepare(QList<SourceRow> rows);

    explicit SourceTableModel(QObject *parent = nullptr);
    ~SourceTableModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds new rows and updates known ones; an older copy of a row never replaces a newer.
    // Every row passed is marked as seen in the current generation, whether it changed or not.
    void upsert(QList<SourceRow> rows);
    // Fills an empty table with prepared contents in one insertion. Anything else (a table
    // not empty, a repeated ID) goes through upsert().
    void fill(Contents contents);
    // Starts a new generation (a load): no row is marked as seen in it yet.
    void beginGeneration();
    // How many rows were seen in the current generation.
    int seenInGeneration() const { return m_seenCount; }
    // Removes every row not seen in the current generation (after a complete walk): one pass
    // over a number per row. With `onlyTypes`, only rows of those source types can go: a walk
    // says nothing of types it did not cover.
    void removeUnseen(const std::optional<QSet<QString>> &onlyTypes = std::nullopt);
    // Removes the rows of these sources (deleted at Fini).
    void remove(const QSet<QString> &ids);
    void clear();
    // What the last operation did to these sources, shown in the "Last action" column. An
    // outcome for a source not loaded yet waits for its row.
    void setOutcomes(const QHash<QString, SourceOutcome> &outcomes);
    std::optional<SourceOutcome> outcome(const QString &id) const;

    int rowOf(const QString &id) const;
    const SourceRow &row(int row) const { return m_rows.at(row); }
    const SortKey &sortKey(int row) const { return m_sortKeys.at(row); }
    // Title, URL and ID of a row, case-folded, for the search. The rows themselves keep no
    // key: the keys lie side by side in a SearchText.
    QStringView searchKey(int row) const { return m_searchText.at(row); }
    // Kept up to date row by row, so asking costs nothing however large the workspace.
    const Counts &counts() const { return m_counts; }
    // Every row, for a snapshot: a copy shares the rows until one of them changes.
    const QList<SourceRow> &rows() const { return m_rows; }

private:
    // What "Last action" shows of an outcome: kept per row, a few bytes each, rather than a
    // hash of whole outcomes beside the workflow's own.
    struct ShownOutcome {
        bool present = false;
        SourceOutcome::State state = SourceOutcome::State::Queued;
        QString detail;
    };

    // Removes every row for which `gone` holds, keeping the other rows' order.
    void removeWhere(const std::function<bool(int row)> &gone);
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    void emitChanged(QList<int> rows, int firstColumn, int lastColumn);
    static SortKey sortKeyOf(const SourceRow &row);
    // Appends rows not in the table, whose IDs m_index holds already, and their search keys.
    void appendFresh(QList<SourceRow> rows);
    // Marks the rows from `first` on as seen, with any outcome that waited for them.
    void addRowStates(int first);
    void markSeen(int row);

    QList<SourceRow> m_rows;
    QList<SortKey> m_sortKeys; // one per row of m_rows
    SearchText m_searchText;   // one key per row of m_rows
    SourceRowIndex m_index;
    QList<ShownOutcome> m_shownOutcomes; // one per row of m_rows
    QList<quint32> m_seenIn; // one per row of m_rows: the generation it was last seen in
    quint32 m_generation = 0;
    int m_seenCount = 0;
    QHash<QString, ShownOutcome> m_waitingOutcomes;
    Counts m_counts;
};
