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
    row.searchKey = makeSearchKey(row);
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
    const QString joined = row.title + QLatin1Char('\n') + row.url + QLatin1Char('\n') + row.id;
    return joined.toCaseFolded();
}

bool SourceRow::isRunning() const
{
    return status == QLatin1String("PENDING") || status == QLatin1String("IN_PROGRESS");
}

bool SourceRow::isFailed() const
{
    return status == QLatin1String("FAILED") || (!success && !isRunning());
}
