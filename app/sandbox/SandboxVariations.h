#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The legal variations of sandbox-spec.md: each one a reading of a silence in fini-api.md that
// the real Fini could choose. All are off by default, so a default sandbox is the spec's.
// Tests iterate over presets(): in-process through SandboxOptions::variations, as a process
// through Preset::arguments().
struct SandboxVariations {
    enum class ErrorBody { Json, Text, Html };
    // What List sources does with a cursor at a source it no longer has (deleted): refuse it
    // with a 400, answer an empty last page, or start again at the top of the order.
    enum class UnknownCursor { Refuse, Empty, Top };
    struct Preset;

    int pageCap = 0; // 0: no cap beyond the spec's clamp of `limit`
    ErrorBody errorBody = ErrorBody::Json;
    bool keepUpdatedAt = false;
    QString transientStatus;     // empty: no status before PENDING
    double transientShare = 0.5; // the part of the pending time spent in transientStatus
    bool extraTypes = false;
    bool shuffleAnswers = false;
    bool plainTimestamps = false;
    bool sparse = false;
    // List provider resources: Zendesk and Confluence with other key names than the sandbox's
    // first choice (fini-api.md shows none for them): name, html_url/webUrl, numeric IDs, key,
    // children.
    bool otherResourceKeys = false;
    UnknownCursor unknownCursor = UnknownCursor::Refuse;

    bool operator==(const SandboxVariations &) const = default;

    // Every variation at once: page cap 20, plain-text errors, QUEUED before PENDING, an empty
    // page for an unknown cursor.
    static SandboxVariations all();
    // One preset per variation, then "all": page-cap-20, error-body-text, error-body-html,
    // keep-updated-at, transient-status, extra-types, shuffle-answers, plain-timestamps, sparse,
    // unknown-cursor-empty, unknown-cursor-top, other-resource-keys, all.
    static QList<Preset> presets();
    static QString errorBodyName(ErrorBody form);
    static QString unknownCursorName(UnknownCursor answer);

    // The fini-sandbox command line that gives these variations (transientShare has no
    // switch: a process always spends the first half of the pending time in it).
    QStringList arguments() const;
};

struct SandboxVariations::Preset {
    QString name;
    SandboxVariations variations;

    QStringList arguments() const { return variations.arguments(); }
};

Q_DECLARE_METATYPE(SandboxVariations)
