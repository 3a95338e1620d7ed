#include "SourceOutcome.h"

#include <QCoreApplication>

#include <algorithm>

bool SourceOutcome::isFinal() const
{
    return state != State::Queued && state != State::Running;
}

int SourceOutcome::count(const QHash<QString, SourceOutcome> &outcomes,
                         std::initializer_list<State> states)
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [states](const SourceOutcome &o) {
        return std::find(states.begin(), states.end(), o.state) != states.end();
    }));
}

QString SourceOutcome::label() const
{
    return label(state);
}

QString SourceOutcome::label(State state)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("SourceOutcome", text);
    };
    switch (state) {
    case State::SkippedFile:
        return tr("Skipped: uploaded file");
    case State::Rejected:
        return tr("Rejected");
    case State::NoAnswer:
        return tr("No answer from Fini");
    case State::Queued:
        return tr("Queued");
    case State::Running:
        return tr("Running");
    case State::Completed:
        return tr("Refreshed");
    case State::Added:
        return tr("Added");
    case State::Failed:
        return tr("Failed");
    case State::StillRunning:
        return tr("Still running at Fini");
    case State::NotTracked:
        return tr("No longer watched");
    case State::DraftCreated:
        return tr("Draft created");
    case State::ArticleChanged:
        return tr("Article updated");
    case State::NoChange:
        return tr("No change needed");
    case State::Removed:
        return tr("Removed");
    }
    return {};
}
