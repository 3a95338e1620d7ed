#pragma once

#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

// The search keys of every row of the sources table, side by side in row order in blocks of
// half a megabyte. A keystroke reads 13 million characters of 100,000 keys: read from blocks
// they stream through the cache, while keys kept in each row cost two cache misses per row
// and made the first keystroke's scan five times slower. Blocks never move once written: a
// single growing block was copied whole as it grew, up to 90 ms at once on the GUI thread.
class SearchText
{
public:
    SearchText() = default;
    // A copy is a compact copy of every key; moves are cheap.
    SearchText(const SearchText &other);
    SearchText &operator=(const SearchText &other);
    SearchText(SearchText &&) noexcept = default;
    SearchText &operator=(SearchText &&) noexcept = default;
    ~SearchText() = default;

    void append(QStringView key);
    void replace(qsizetype row, QStringView key);
    void remove(qsizetype first, qsizetype count);
    void clear();

    QStringView at(qsizetype row) const
    {
        const Span &span = m_spans[size_t(row)];
        return {span.text, span.length};
    }
    qsizetype size() const { return qsizetype(m_spans.size()); }

private:
    struct Span {
        char16_t *text = nullptr;
        qsizetype length = 0;
    };

    char16_t *place(QStringView key);
    void compactIfWasteful();

    std::vector<std::unique_ptr<char16_t[]>> m_blocks;
    char16_t *m_blockNext = nullptr; // where the last block's free space begins
    char16_t *m_blockEnd = nullptr;
    std::vector<Span> m_spans;
    qsizetype m_stored = 0; // characters written to the blocks
    qsizetype m_unused = 0; // of those, characters of keys replaced or removed
};
