#pragma once

#include <QList>
#include <QStringList>

// What changed between a source's previous and current content, paragraph by paragraph:
// kept, added, removed, or edited (a removed and an added paragraph that are mostly alike),
// and inside an edited paragraph, word by word.
namespace ParagraphDiff {

struct Word {
    enum class Kind { Kept, Added, Removed };
    Kind kind;
    QString text; // one or more words of the same kind, separated by single spaces

    bool operator==(const Word &) const = default;
};

struct Entry {
    enum class Kind { Kept, Added, Removed, Edited };
    Kind kind;
    QString before;
    QString after;
    QList<Word> words; // Edited only: the paragraph read from `before` to `after`
};

QList<Entry> compare(const QStringList &before, const QStringList &after);
// The words of `after` with those that `before` had and `after` lost: runs of words of one
// kind are joined, removed ones come before the added ones that replace them.
QList<Word> compareWords(const QString &before, const QString &after);

} // namespace ParagraphDiff
