#include "SubstringSearch.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define SOURCEDESK_SSE2_SEARCH 1
#endif

namespace {
bool sameAt(const char16_t *at, const char16_t *needle, qsizetype length)
{
    return std::memcmp(at, needle, size_t(length) * sizeof(char16_t)) == 0;
}
} // namespace

bool containsSubstringScalar(QStringView haystack, QStringView needle)
{
    if (needle.isEmpty())
        return true;
    const qsizetype starts = haystack.size() - needle.size() + 1;
    const char16_t *text = haystack.utf16();
    const char16_t *word = needle.utf16();
    const char16_t first = word[0];
    const char16_t last = word[needle.size() - 1];
    for (qsizetype at = 0; at < starts; ++at) {
        if (text[at] == first && text[at + needle.size() - 1] == last
            && sameAt(text + at, word, needle.size()))
            return true;
    }
    return false;
}

#ifdef SOURCEDESK_SSE2_SEARCH
bool containsSubstring(QStringView haystack, QStringView needle)
{
    constexpr qsizetype Lanes = 8; // 16-bit characters in 128 bits
    const qsizetype starts = haystack.size() - needle.size() + 1;
    if (needle.isEmpty() || starts < Lanes)
        return containsSubstringScalar(haystack, needle);
    const char16_t *text = haystack.utf16();
    const char16_t *word = needle.utf16();
    const qsizetype lastOffset = needle.size() - 1;
    const __m128i first = _mm_set1_epi16(short(word[0]));
    const __m128i last = _mm_set1_epi16(short(word[lastOffset]));
    qsizetype block = 0;
    for (; block + Lanes <= starts; block += Lanes) {
        const __m128i heads = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + block));
        const __m128i tails =
            _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + block + lastOffset));
        // Two mask bits per 16-bit lane.
        unsigned candidates = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi16(heads, first), _mm_cmpeq_epi16(tails, last))));
        while (candidates != 0) {
            const int bit = std::countr_zero(candidates);
            if (sameAt(text + block + bit / 2, word, needle.size()))
                return true;
            candidates &= ~(3u << bit);
        }
    }
    // The last few starts, fewer than a block.
    return containsSubstringScalar(haystack.sliced(block), needle);
}
#else
bool containsSubstring(QStringView haystack, QStringView needle)
{
    return containsSubstringScalar(haystack, needle);
}
#endif
