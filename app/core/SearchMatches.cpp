#include "SearchMatches.h"

#include "SourceTableModel.h"
#include "SubstringSearch.h"

void SearchMatches::search(const QString &foldedText, const SourceTableModel &model)
{
    const bool narrowing = !m_text.isEmpty() && foldedText.contains(m_text)
                           && m_rows.size() == size_t(model.rowCount());
    m_text = foldedText;
    if (m_text.isEmpty()) {
        m_rows.clear();
        return;
    }
    if (!narrowing)
        m_rows.assign(size_t(model.rowCount()), true);
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row])
            m_rows[row] = containsSubstring(model.searchKey(int(row)), m_text);
    }
}

void SearchMatches::forget()
{
    m_rows.clear();
}

bool SearchMatches::matches(int row, const SourceTableModel &model) const
{
    if (m_text.isEmpty())
        return true;
    if (size_t(row) < m_rows.size())
        return m_rows[size_t(row)];
    return containsSubstring(model.searchKey(row), m_text);
}
