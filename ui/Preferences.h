#pragma once

#include "KnowledgeTypes.h"
#include "PollSchedule.h"
#include "Theme.h"

#include <QLocale>

// What the user chose under Edit > Preferences, kept in QSettings ("preferences/…"): the
// theme, the language, how often Sourcedesk asks Fini while work runs there, and what
// "Generate knowledge…" starts with. Never a secret.
struct Preferences {
    enum class Language { System, English, German };

    // The limits the dialog offers: Fini is asked at most once a second, and at least every
    // ten minutes.
    static constexpr int MinPollSeconds = 1;
    static constexpr int MaxFirstPollSeconds = 60;
    static constexpr int MaxLongestPollSeconds = 600;

    Theme::Choice theme = Theme::Choice::System;
    Language language = Language::System;
    int firstPollSeconds = PollSchedule::Settings().firstMs / 1000;
    int longestPollSeconds = PollSchedule::Settings().maxMs / 1000;
    GenerateOptions generate;

    static Preferences load();
    void save() const;

    // The locale for texts, dates and numbers: the system's when it speaks the chosen
    // language, so that an English speaker in Germany keeps German dates only if asked.
    QLocale locale() const;
    // `base` with these limits of the intervals between polls.
    PollSchedule::Settings polling(PollSchedule::Settings base) const;
};
