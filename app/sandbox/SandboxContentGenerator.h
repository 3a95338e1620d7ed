#pragma once

#include "SandboxRecords.h"

#include <QRandomGenerator>

#include <vector>

// Creates the seeded, realistic content of a simulated workspace: titles, URLs and paragraphs
// per provider, the type mix and the share of linked, failed and upstream-changed sources of
// sandbox-spec.md. The same seed always yields the same workspace.
class SandboxContentGenerator
{
public:
    SandboxContentGenerator(quint32 seed, qint64 anchorMs);

    // Types that fini-api.md does not list, for --extra-types.
    static const QStringList &extraSourceTypes();

    // With extraTypes, the oldest 2 % of the sources carry one of extraSourceTypes().
    std::vector<SandboxSource> generate(int count, bool extraTypes);

    QString newUuid();
    QStringList paragraphs(int minCount, int maxCount);
    QStringList revise(const QStringList &paragraphs);
    SandboxSource webSourceForUrl(const QString &url, qint64 nowMs);
    bool draw(double probability);
    QString topicTitle();
    static QString slugify(const QString &title);

private:
    SandboxSource makeSource(const QString &type, int ordinal);
    QString sentence();
    QString pick(const QStringList &list);

    QRandomGenerator m_rng;
    qint64 m_anchorMs;
};
