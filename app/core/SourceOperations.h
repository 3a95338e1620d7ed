#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

// Ingest sources: for `web` the items are URLs, for other providers source IDs.
struct IngestRequest {
    QString source = QStringLiteral("web");
    QStringList toAdd;
    QStringList toRefresh;
    std::optional<bool> english;
    std::optional<bool> baser;

    QJsonObject toJson() const;
};

struct IngestResult {
    QStringList addedDocumentIds;
    QStringList updatedDocumentIds;

    static std::optional<IngestResult> fromJson(const QJsonObject &object, QString *problem);
};

// A source that Delete sources reports as deleted.
struct DeletedSource {
    QString id;
    QString title;
    QString originalUrl;
};
