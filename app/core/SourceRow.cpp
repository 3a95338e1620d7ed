#include "SourceRow.h"

SourceRow SourceRow::fromSource(const Source &s)
{
    SourceRow row;
    row.id = s.id;
    row.title = s.title;
    row.source = s.source;
    row.status = s.linkedJobStatus;
    row.linkedOperation = s.linkedOperation;
    row.linkedKnowledgeId = s.linkedKnowledgeId;
    row.url = s.originalUrl;
    row.error = s.error;
    row.updatedAt = s.updatedAt;
    row.createdAt = s.createdAt;
    row.changed = s.changed;
    row.english = s.english;
    row.success = s.success;
    return row;
}

Source SourceRow::toSource() const
{
    Source s;
    s.id = id;
    s.title = title;
    s.source = source;
    s.linkedJobStatus = status;
    s.linkedOperation = linkedOperation;
    s.linkedKnowledgeId = linkedKnowledgeId;
    s.originalUrl = url;
    s.error = error;
    s.updatedAt = updatedAt;
    s.createdAt = createdAt;
    s.changed = changed;
    s.english = english;
    s.success = success;
    return s;
}

QString SourceRow::makeSearchKey(const SourceRow &row)
{
    // Joining and case-folding with QString took microseconds a row, on the GUI thread for
    // the rows of a page being loaded. ASCII, nearly every key, is folded here in one pass;
    // a key with other characters is then folded by Qt, which gives the same result because
    // an ASCII letter folds to its lower case wherever it stands.
    QString key(row.title.size() + row.url.size() + row.id.size() + 2, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(key.data());
    char16_t seen = 0;
    const auto foldAscii = [&out, &seen](const QString &part) {
        for (const QChar c : part) {
            const char16_t unit = c.unicode();
            seen |= unit;
            *out++ = unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit;
        }
    };
    foldAscii(row.title);
    *out++ = u'\n';
    foldAscii(row.url);
    *out++ = u'\n';
    foldAscii(row.id);
    return seen < 0x80 ? key : key.toCaseFolded();
}

bool SourceRow::isRunning() const
{
    return status == QLatin1String("PENDING") || status == QLatin1String("IN_PROGRESS");
}

bool SourceRow::isFailed() const
{
    return status == QLatin1String("FAILED") || (!success && !isRunning());
}
