#include "SourceRowIndex.h"

#include "SourceRow.h"

std::optional<SourceRowIndex> SourceRowIndex::of(const QList<SourceRow> &rows)
{
    SourceRowIndex index;
    index.reserve(rows.size());
    for (const SourceRow &row : rows) {
        if (index.rowOf(row.id) >= 0)
            return std::nullopt;
        index.append(row.id);
    }
    return index;
}

int SourceRowIndex::rowOf(const QString &id) const
{
    const auto slot = m_slotById.constFind(id);
    return slot == m_slotById.constEnd() ? -1 : m_rowOfSlot.at(*slot);
}

int SourceRowIndex::append(const QString &id)
{
    const int row = int(m_slotOfRow.size());
    const int slot = int(m_rowOfSlot.size());
    m_slotById.insert(id, slot);
    m_rowOfSlot.append(row);
    m_slotOfRow.append(slot);
    return row;
}

void SourceRowIndex::reserve(qsizetype rows)
{
    m_slotById.reserve(rows);
    m_rowOfSlot.reserve(rows);
    m_slotOfRow.reserve(rows);
}

void SourceRowIndex::removeRows(int first, int last, const QList<SourceRow> &rows)
{
    for (int row = first; row <= last; ++row) {
        m_slotById.remove(rows.at(row).id);
        m_rowOfSlot[m_slotOfRow.at(row)] = -1;
    }
    m_slotOfRow.remove(first, last - first + 1);
}

void SourceRowIndex::renumberFrom(int row)
{
    for (int i = row; i < m_slotOfRow.size(); ++i)
        m_rowOfSlot[m_slotOfRow.at(i)] = i;
}

void SourceRowIndex::clear()
{
    m_slotById.clear();
    m_rowOfSlot.clear();
    m_slotOfRow.clear();
}
