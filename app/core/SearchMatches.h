#pragma once

#include <QString>

#include <vector>

class SourceTableModel;

// Which rows of the sources table contain the search text, worked out once per keystroke.
// Typing on narrows the search: a row without "ref" cannot contain "refund", so while the
// table has not changed only the rows that matched before are searched again.
class SearchMatches
{
public:
    // `foldedText` is case-folded already; empty text matches every row.
    void search(const QString &foldedText, const SourceTableModel &model);
    // Rows were added, removed or edited: until the next search each row is checked on its own.
    void forget();
    bool matches(int row, const SourceTableModel &model) const;

private:
    QString m_text;
    std::vector<bool> m_rows; // per row of the model at the last search; empty when unknown
};
