#pragma once

#include "ApiError.h"

#include <QList>
#include <QStringList>

#include <functional>

struct IdRejection {
    QString id;
    ApiError error;
};

// The merged result of a call that took a list of IDs in chunks: what Fini accepted and,
// per ID, why the others were not.
template<typename T>
struct BatchOutcome {
    QList<T> items;
    QStringList acceptedIds;
    QList<IdRejection> rejected;

    bool complete() const { return rejected.isEmpty(); }
};

template<typename T>
using BatchCallback = std::function<void(const BatchOutcome<T> &)>;
