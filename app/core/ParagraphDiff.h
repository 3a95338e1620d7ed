#pragma once

#include <QList>
#include <QStringList>

// What changed between a source's previous and current content, paragraph by paragraph:
// kept, added, removed, or edited (a removed and an added paragraph that are mostly alike).
namespace ParagraphDiff {

struct Entry {
    enum class Kind { Kept, Added, Removed, Edited };
    Kind kind;
    QString before;
    QString after;
};

QList<Entry> compare(const QStringList &before, const QStringList &after);
// The same as HTML for a rich-text view, with words the user can also read in grey scale.
// Changed paragraphs carry a class (added, removed, edited): the view colours them for its
// theme (Theme::diffStyleSheet).
QString toHtml(const QList<Entry> &entries);

} // namespace ParagraphDiff
