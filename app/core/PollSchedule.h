#pragma once

#include <QElapsedTimer>

// When to ask Fini again while work runs there: from `firstMs`, growing by `factor` up to
// `maxMs`, until `deadlineMs` after start.
class PollSchedule
{
public:
    struct Settings {
        int firstMs = 2000;
        int maxMs = 10000;
        double factor = 1.5;
        int deadlineMs = 15 * 60 * 1000;
    };

    explicit PollSchedule(const Settings &settings);

    const Settings &settings() const { return m_settings; }
    // Takes effect from the next interval on.
    void setSettings(const Settings &settings);

    void restart();
    int nextDelayMs();
    bool pastDeadline() const;

private:
    Settings m_settings;
    QElapsedTimer m_clock;
    double m_currentMs;
};
