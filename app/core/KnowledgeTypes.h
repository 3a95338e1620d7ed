#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

// Options of Bulk generate knowledge. `isDraft` defaults to true, as in Fini.
struct GenerateOptions {
    QStringList restrictedOps; // ADD_ARTICLE_TO_FOLDER, UPDATE_ARTICLE, DO_NOTHING; empty = all
    QString instructions;
    QString botId;
    bool isDraft = true;

    QJsonObject toJson() const;
};

// One queued generation: the answer of Bulk generate per source.
struct GeneratedJob {
    QString documentId;
    QString backgroundJobId;

    static std::optional<GeneratedJob> fromJson(const QJsonObject &object);
};

// A row of Check knowledge jobs. `jobStatus` is undocumented and kept as text.
struct KnowledgeJob {
    QString id;
    QString jobStatus;
    qint64 createdAt = 0;
    qint64 startedAt = 0;
    qint64 completedAt = 0;
    QString hcArticleId;
    // Why the job failed, when Fini says. The documented answer has no such field (§3.4), but
    // clients keep extra fields, and a reason is what the user needs after a failure.
    QString error;

    bool isFinal() const;
    static std::optional<KnowledgeJob> fromJson(const QJsonObject &object);
};
