#include "ParagraphDiff.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace ParagraphDiff {

namespace {

// Share of words the two paragraphs have in common (0..1).
double similarity(const QString &a, const QString &b)
{
    const QStringList wordsA = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList wordsB = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wordsA.isEmpty() || wordsB.isEmpty())
        return 0;
    const QSet<QString> setA(wordsA.cbegin(), wordsA.cend());
    int shared = 0;
    for (const QString &word : wordsB)
        shared += setA.contains(word) ? 1 : 0;
    return double(shared) / double(std::max(wordsA.size(), wordsB.size()));
}

} // namespace

QList<Entry> compare(const QStringList &before, const QStringList &after)
{
    // Longest common subsequence of whole paragraphs.
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] =
                before.at(i) == after.at(j)
                    ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);

    QList<Entry> raw;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before.at(i) == after.at(j)) {
            raw.append({Entry::Kind::Kept, before.at(i), after.at(j)});
            ++i;
            ++j;
        } else if (j < m
                   && (i == n || lcs[size_t(i)][size_t(j + 1)] >= lcs[size_t(i + 1)][size_t(j)])) {
            raw.append({Entry::Kind::Added, {}, after.at(j++)});
        } else {
            raw.append({Entry::Kind::Removed, before.at(i++), {}});
        }
    }

    // Within each run of changes, a removed paragraph that is mostly alike an added one
    // reads better as one edit.
    QList<Entry> entries;
    qsizetype k = 0;
    while (k < raw.size()) {
        if (raw.at(k).kind == Entry::Kind::Kept) {
            entries.append(raw.at(k++));
            continue;
        }
        QStringList removed;
        QStringList added;
        for (; k < raw.size() && raw.at(k).kind != Entry::Kind::Kept; ++k)
            (raw.at(k).kind == Entry::Kind::Removed ? removed : added)
                .append(raw.at(k).kind == Entry::Kind::Removed ? raw.at(k).before
                                                               : raw.at(k).after);
        QList<bool> addedUsed(added.size(), false);
        qsizetype nextAdded = 0;
        for (const QString &old : std::as_const(removed)) {
            qsizetype match = -1;
            for (qsizetype a = nextAdded; a < added.size() && match < 0; ++a) {
                if (similarity(old, added.at(a)) >= 0.5)
                    match = a;
            }
            if (match < 0) {
                entries.append({Entry::Kind::Removed, old, {}});
                continue;
            }
            for (qsizetype a = nextAdded; a < match; ++a) {
                entries.append({Entry::Kind::Added, {}, added.at(a)});
                addedUsed[a] = true;
            }
            entries.append({Entry::Kind::Edited, old, added.at(match)});
            addedUsed[match] = true;
            nextAdded = match + 1;
        }
        for (qsizetype a = 0; a < added.size(); ++a) {
            if (!addedUsed.at(a))
                entries.append({Entry::Kind::Added, {}, added.at(a)});
        }
    }
    return entries;
}

QString toHtml(const QList<Entry> &entries)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ParagraphDiff", text);
    };
    QString html;
    for (const Entry &entry : entries) {
        switch (entry.kind) {
        case Entry::Kind::Kept:
            html += QStringLiteral("<p>%1</p>").arg(entry.after.toHtmlEscaped());
            break;
        case Entry::Kind::Added:
            html += QStringLiteral("<p class=\"added\"><b>%1</b> %2</p>")
                        .arg(tr("Added:"), entry.after.toHtmlEscaped());
            break;
        case Entry::Kind::Removed:
            html += QStringLiteral("<p class=\"removed\"><b>%1</b> "
                                   "<s>%2</s></p>")
                        .arg(tr("Removed:"), entry.before.toHtmlEscaped());
            break;
        case Entry::Kind::Edited:
            html +=
                QStringLiteral("<p class=\"edited\"><b>%1</b> <s>%2</s>"
                               "<br/>%3</p>")
                    .arg(tr("Edited:"), entry.before.toHtmlEscaped(), entry.after.toHtmlEscaped());
            break;
        }
    }
    return html;
}

} // namespace ParagraphDiff
