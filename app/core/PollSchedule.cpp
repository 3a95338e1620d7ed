#include "PollSchedule.h"

#include <algorithm>

PollSchedule::PollSchedule(const Settings &settings)
    : m_settings(settings)
    , m_currentMs(settings.firstMs)
{}

void PollSchedule::restart()
{
    m_clock.start();
    m_currentMs = m_settings.firstMs;
}

void PollSchedule::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_currentMs = std::min<double>(m_currentMs, m_settings.maxMs);
}

int PollSchedule::nextDelayMs()
{
    const int delay = int(m_currentMs);
    m_currentMs = std::min<double>(m_settings.maxMs, m_currentMs * m_settings.factor);
    return delay;
}

bool PollSchedule::pastDeadline() const
{
    return m_clock.isValid() && m_clock.elapsed() >= m_settings.deadlineMs;
}
