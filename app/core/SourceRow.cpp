#include "SourceRow.h"

SourceRow SourceRow::fromSource(const Source &s) {
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

bool SourceRow::isRunning() const {
    return status == QLatin1String("PENDING") || status == QLatin1String("IN_PROGRESS");
}

bool SourceRow::isFailed() const {
    return status == QLatin1String("FAILED") || (!success && !isRunning());
}
