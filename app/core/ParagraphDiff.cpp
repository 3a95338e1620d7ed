#include "ParagraphDiff.h"

#include <QRegularExpression>

#include <vector>

namespace ParagraphDiff {

namespace {

// Paragraphs longer than this many words squared are compared as wholes: a word table of
// that size would cost more than the answer is worth.
constexpr qsizetype MaxWordCells = 250000;
// Two paragraphs at least this alike (Dice's coefficient of their common words in order)
// are one edited paragraph: a sentence added to a one-sentence paragraph still pairs.
constexpr double EditedSimilarity = 0.5;

QStringList words(const QString &paragraph)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return paragraph.split(space, Qt::SkipEmptyParts);
}

// Longest common subsequence table: cell [i][j] is the length for a[i..] and b[j..].
template<typename Sequence>
std::vector<std::vector<int>> commonTable(const Sequence &a, const Sequence &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> table(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            table[size_t(i)][size_t(j)] =
                a.at(i) == b.at(j)
                    ? table[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(table[size_t(i + 1)][size_t(j)], table[size_t(i)][size_t(j + 1)]);
    return table;
}

double similarity(const QString &a, const QString &b)
{
    const QStringList wordsA = words(a);
    const QStringList wordsB = words(b);
    if (wordsA.isEmpty() || wordsB.isEmpty() || wordsA.size() * wordsB.size() > MaxWordCells)
        return 0;
    const int common = commonTable(wordsA, wordsB)[0][0];
    return 2.0 * common / double(wordsA.size() + wordsB.size());
}

void append(QList<Word> &result, Word::Kind kind, const QString &word)
{
    if (!result.isEmpty() && result.last().kind == kind)
        result.last().text += QLatin1Char(' ') + word;
    else
        result.append({kind, word});
}

} // namespace

QList<Word> compareWords(const QString &before, const QString &after)
{
    const QStringList a = words(before);
    const QStringList b = words(after);
    QList<Word> result;
    if (a.size() * b.size() > MaxWordCells) {
        if (!a.isEmpty())
            result.append({Word::Kind::Removed, a.join(QLatin1Char(' '))});
        if (!b.isEmpty())
            result.append({Word::Kind::Added, b.join(QLatin1Char(' '))});
        return result;
    }
    const auto table = commonTable(a, b);
    // Removed words are collected until the next kept word, so that a replaced phrase reads
    // as the old words struck out, then the new ones.
    QStringList removed;
    QStringList added;
    const auto flush = [&] {
        for (const QString &word : std::as_const(removed))
            append(result, Word::Kind::Removed, word);
        for (const QString &word : std::as_const(added))
            append(result, Word::Kind::Added, word);
        removed.clear();
        added.clear();
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a.at(i) == b.at(j)) {
            flush();
            append(result, Word::Kind::Kept, a.at(i));
            ++i;
            ++j;
        } else if (j < b.size()
                   && (i == a.size()
                       || table[size_t(i)][size_t(j + 1)] >= table[size_t(i + 1)][size_t(j)])) {
            added.append(b.at(j++));
        } else {
            removed.append(a.at(i++));
        }
    }
    flush();
    return result;
}

QList<Entry> compare(const QStringList &before, const QStringList &after)
{
    // Longest common subsequence of whole paragraphs.
    const auto lcs = commonTable(before, after);
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    QList<Entry> raw;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before.at(i) == after.at(j)) {
            raw.append({Entry::Kind::Kept, before.at(i), after.at(j), {}});
            ++i;
            ++j;
        } else if (j < m
                   && (i == n || lcs[size_t(i)][size_t(j + 1)] >= lcs[size_t(i + 1)][size_t(j)])) {
            raw.append({Entry::Kind::Added, {}, after.at(j++), {}});
        } else {
            raw.append({Entry::Kind::Removed, before.at(i++), {}, {}});
        }
    }

    // Within each run of changes, a removed paragraph that is mostly alike an added one
    // reads better as one edit, with the words that changed marked inside it.
    QList<Entry> entries;
    qsizetype k = 0;
    while (k < raw.size()) {
        if (raw.at(k).kind == Entry::Kind::Kept) {
            entries.append(raw.at(k++));
            continue;
        }
        QStringList removed;
        QStringList added;
        for (; k < raw.size() && raw.at(k).kind != Entry::Kind::Kept; ++k) {
            if (raw.at(k).kind == Entry::Kind::Removed)
                removed.append(raw.at(k).before);
            else
                added.append(raw.at(k).after);
        }
        QList<bool> addedUsed(added.size(), false);
        qsizetype nextAdded = 0;
        for (const QString &old : std::as_const(removed)) {
            qsizetype match = -1;
            for (qsizetype a = nextAdded; a < added.size() && match < 0; ++a) {
                if (similarity(old, added.at(a)) >= EditedSimilarity)
                    match = a;
            }
            if (match < 0) {
                entries.append({Entry::Kind::Removed, old, {}, {}});
                continue;
            }
            for (qsizetype a = nextAdded; a < match; ++a) {
                entries.append({Entry::Kind::Added, {}, added.at(a), {}});
                addedUsed[a] = true;
            }
            entries.append(
                {Entry::Kind::Edited, old, added.at(match), compareWords(old, added.at(match))});
            addedUsed[match] = true;
            nextAdded = match + 1;
        }
        for (qsizetype a = 0; a < added.size(); ++a) {
            if (!addedUsed.at(a))
                entries.append({Entry::Kind::Added, {}, added.at(a), {}});
        }
    }
    return entries;
}

} // namespace ParagraphDiff
