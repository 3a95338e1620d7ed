#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// One Fini source ("document") as the List and Get routes return it. Unknown enum values are
// kept as text; times are milliseconds since the epoch (0 when absent).
struct Source {
    QString id;
    QString originalUrl;
    QString title;
    QString storageUrl;
    QString source;
    QString externalId;
    QString mimeType;
    QString type;
    bool english = true;
    bool baser = false;
    bool success = true;
    bool changed = false;
    QStringList paragraphs;
    QStringList oldParagraphs;
    QString error;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString linkedJobId;
    QString linkedKnowledgeId;
    QString linkedOperation;
    QString linkedReason;
    QString linkedJobStatus;

    // A record without an id cannot be shown or acted on, so it is skipped.
    static std::optional<Source> fromJson(const QJsonObject &object);
};
Q_DECLARE_TYPEINFO(Source, Q_RELOCATABLE_TYPE);

struct SourcePage {
    QList<Source> sources;
    bool hasMore = false;
    int skippedRecords = 0;

    static std::optional<SourcePage> fromJson(const QJsonObject &object, QString *problem);
};
