#pragma once

#include <QString>

// Where Sourcedesk keeps its per-workspace files (activity journals, source caches): the app's
// data folder, also from sourcedesk-cli (whose own folder is named after it), so that both
// find the same files.
class DataFolder
{
public:
    // Created when missing.
    static QString path();
    // `prefix` + `scope` + `suffix` in that folder, e.g. "activity-demo.sqlite".
    static QString file(const QString &prefix, const QString &scope, const QString &suffix);
};
