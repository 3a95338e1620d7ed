#pragma once

#include "ApiError.h"

#include <QHash>
#include <QString>

// What an operation did to one source, in words a support agent understands.
struct SourceOutcome {
    Q_GADGET

public:
    enum class State {
        SkippedFile,    // uploaded files cannot be refreshed through the API
        Rejected,       // Fini refused the request for this source
        NoAnswer,       // Fini did not answer the request (5xx, timeout, network): not refused
        Queued,         // accepted, not started yet
        Running,        // Fini is working on it
        Completed,      // refresh finished
        Added,          // new in the workspace, and Fini has read it
        Failed,         // refresh or job ended FAILED
        StillRunning,   // the deadline passed before Fini finished
        NotTracked,     // the user stopped watching; Fini goes on
        DraftCreated,   // knowledge job made a draft for review
        ArticleChanged, // knowledge job wrote to an article directly
        NoChange,       // knowledge job completed without an article
        Removed,        // deleted from the workspace at Fini
    };
    Q_ENUM(State)

    State state = State::Queued;
    QString detail;
    ApiError error;

    bool isFinal() const;
    static int count(const QHash<QString, SourceOutcome> &outcomes,
                     std::initializer_list<State> states);
    QString label() const;
    static QString label(State state);
};
