#pragma once

#include <QString>
#include <QUrlQuery>

#include <optional>

// The documented filters and paging of List sources.
struct SourceQuery {
    int limit = 100;
    QString cursor;
    bool previous = false; // direction=previous: towards newer records
    QString source;
    std::optional<bool> english;
    std::optional<bool> changed;
    QString id;
    QString title;
    QString url;
    QString linkedKnowledgeId;
    QString linkedOperation;

    QUrlQuery toUrlQuery() const;
};
