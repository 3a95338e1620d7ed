#pragma once

#include "PollSchedule.h"

#include <QString>

// What a session needs to know about its workspace besides the client.
struct WorkspaceInfo {
    QString name;
    QString stateScope; // keeps each workspace's table state and journal apart
    bool demo = false;
    PollSchedule::Settings polling;
    // Where the table is kept between runs (SourceCache); empty keeps nothing.
    QString cachePath;
};
