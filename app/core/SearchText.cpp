#include "SearchText.h"

#include <algorithm>

void SearchText::reserveMore(qsizetype characters)
{
    // Rows arrive a page at a time: grow by half the block at least, so a load copies the
    // block a few times rather than once per page.
    const size_t needed = m_text.size() + size_t(characters);
    if (needed > m_text.capacity())
        m_text.reserve(std::max(needed, m_text.capacity() + m_text.capacity() / 2));
}

void SearchText::append(QStringView key)
{
    reserveMore(key.size());
    m_spans.push_back({qsizetype(m_text.size()), key.size()});
    m_text.insert(m_text.end(), key.utf16(), key.utf16() + key.size());
}

void SearchText::replace(qsizetype row, QStringView key)
{
    Span &span = m_spans[size_t(row)];
    if (key.size() <= span.length) {
        std::copy(key.utf16(), key.utf16() + key.size(), m_text.begin() + span.offset);
        m_unused += span.length - key.size();
        span.length = key.size();
        return;
    }
    // A longer key goes to the end; the old place is reclaimed by the next compaction.
    m_unused += span.length;
    reserveMore(key.size());
    span = {qsizetype(m_text.size()), key.size()};
    m_text.insert(m_text.end(), key.utf16(), key.utf16() + key.size());
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
    m_text = {};
    m_spans = {};
    m_unused = 0;
}

void SearchText::compactIfWasteful()
{
    if (m_unused * 2 <= qsizetype(m_text.size()))
        return;
    std::vector<char16_t> compact;
    compact.reserve(m_text.size() - size_t(m_unused));
    for (Span &span : m_spans) {
        const auto from = m_text.begin() + span.offset;
        span.offset = qsizetype(compact.size());
        compact.insert(compact.end(), from, from + span.length);
    }
    m_text = std::move(compact);
    m_unused = 0;
}
