#pragma once

#include "Source.h"

#include <QString>

// What the sources table keeps of a source: every field it shows or filters on, but not the
// content (paragraphs), which the details pane fetches when it needs it. Keeps 100,000 rows
// in tens of megabytes.
struct SourceRow {
    QString id;
    QString title;
    QString source;
    QString status;
    QString linkedOperation;
    QString linkedKnowledgeId;
    QString url;
    QString error;
    qint64 updatedAt = 0;
    qint64 createdAt = 0;
    bool changed = false;
    bool english = true;
    bool success = true;

    static SourceRow fromSource(const Source &source);
    // Title, URL and ID case-folded into one string, so that a search is one fast
    // case-sensitive scan per row. The table keeps these apart from the rows (SearchText).
    static QString makeSearchKey(const SourceRow &row);
    // The source as far as the row keeps it: without its content.
    Source toSource() const;

    bool isRunning() const;
    bool isFailed() const;
    bool operator==(const SourceRow &other) const = default;
};
// Strings and numbers only: growing a list of 100,000 rows may move them as bytes.
Q_DECLARE_TYPEINFO(SourceRow, Q_RELOCATABLE_TYPE);
