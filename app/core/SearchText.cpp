#include "SearchText.h"

#include <algorithm>
#include <utility>

namespace {
constexpr qsizetype BlockCharacters = qsizetype(1) << 18;
} // namespace

SearchText::SearchText(const SearchText &other)
{
    m_spans.reserve(other.m_spans.size());
    for (const Span &span : other.m_spans)
        append(QStringView(span.text, span.length));
}

SearchText &SearchText::operator=(const SearchText &other)
{
    if (this != &other)
        *this = SearchText(other);
    return *this;
}

char16_t *SearchText::place(QStringView key)
{
    if (key.size() > m_blockEnd - m_blockNext) {
        const qsizetype size = std::max(BlockCharacters, key.size());
        // Not value-initialised: every character is written before it is read.
        m_blocks.emplace_back(new char16_t[size_t(size)]);
        m_blockNext = m_blocks.back().get();
        m_blockEnd = m_blockNext + size;
    }
    char16_t *at = m_blockNext;
    std::copy(key.utf16(), key.utf16() + key.size(), at);
    m_blockNext += key.size();
    m_stored += key.size();
    return at;
}

void SearchText::append(QStringView key)
{
    m_spans.push_back({place(key), key.size()});
}

void SearchText::replace(qsizetype row, QStringView key)
{
    Span &span = m_spans[size_t(row)];
    if (key.size() <= span.length) {
        std::copy(key.utf16(), key.utf16() + key.size(), span.text);
        m_unused += span.length - key.size();
        span.length = key.size();
        return;
    }
    // A longer key goes to the end; the old place is reclaimed by the next compaction.
    m_unused += span.length;
    span = {place(key), key.size()};
    compactIfWasteful();
}

void SearchText::remove(qsizetype first, qsizetype count)
{
    const auto begin = m_spans.begin() + first;
    const auto end = begin + count;
    for (auto span = begin; span != end; ++span)
        m_unused += span->length;
    m_spans.erase(begin, end);
    compactIfWasteful();
}

void SearchText::clear()
{
    m_blocks.clear();
    m_spans.clear();
    m_blockNext = m_blockEnd = nullptr;
    m_stored = 0;
    m_unused = 0;
}

void SearchText::compactIfWasteful()
{
    if (m_unused * 2 <= m_stored)
        return;
    // The old blocks stay until every key is copied out of them.
    const std::vector<std::unique_ptr<char16_t[]>> old = std::exchange(m_blocks, {});
    m_blockNext = m_blockEnd = nullptr;
    m_stored = 0;
    m_unused = 0;
    for (Span &span : m_spans)
        span.text = place(QStringView(span.text, span.length));
}
