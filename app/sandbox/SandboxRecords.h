#pragma once

#include <QString>
#include <QStringList>

// Plain data of the simulated workspace. The sandbox keeps time in milliseconds since the
// epoch and serialises it as ISO 8601 only at the wire.

struct SandboxSource {
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

    // Sandbox-only state, never serialised.
    bool upstreamChangePending = false;
    bool brokenUpstream = false;
    bool deleted = false;
    // Registered from a provider but not queued for ingestion yet: not listed until it is.
    bool unlisted = false;
    // Between a queued run and its end, whatever the status is called (--transient-status).
    bool running = false;
    quint32 contentVersion = 0;

    bool isLinked() const { return !linkedKnowledgeId.isEmpty(); }
};

struct SandboxJob {
    QString id;
    QString documentId;
    QString status;
    qint64 createdAt = 0;
    qint64 startedAt = 0;
    qint64 completedAt = 0;
    QString operation;
    QString hcArticleId;
    bool willFail = false;
};
