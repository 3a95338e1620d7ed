#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

struct SourceRow;

// Where each source's row is, by ID. Rows move up when rows above them go, so each ID keeps a
// slot of its own and only the dense list from slot to row is renumbered: re-inserting the ID
// of every row that moved held the window 60 ms after 50 of 100,000 rows were removed.
class SourceRowIndex
{
public:
    // The index of rows with these IDs, in order, made on any thread; none when an ID repeats.
    static std::optional<SourceRowIndex> of(const QList<SourceRow> &rows);

    // The row of `id`, or -1 when it has none.
    int rowOf(const QString &id) const;
    // Gives `id` the row after the last one, and returns it.
    int append(const QString &id);
    void reserve(qsizetype rows);
    // Forgets rows `first` to `last` of `rows` (the table before the removal). The rows below
    // keep their old numbers until renumberFrom().
    void removeRows(int first, int last, const QList<SourceRow> &rows);
    // Numbers the rows from `row` down by their place now.
    void renumberFrom(int row);
    void clear();

private:
    QHash<QString, int> m_slotById;
    QList<int> m_rowOfSlot; // -1 for the slot of a removed row
    QList<int> m_slotOfRow;
};
