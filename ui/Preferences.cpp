#include "Preferences.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString ThemeKey = QStringLiteral("preferences/theme");
const QString LanguageKey = QStringLiteral("preferences/language");
const QString FirstPollKey = QStringLiteral("preferences/firstPollSeconds");
const QString LongestPollKey = QStringLiteral("preferences/longestPollSeconds");
const QString OpsKey = QStringLiteral("preferences/generate/allowedOperations");
const QString InstructionsKey = QStringLiteral("preferences/generate/instructions");
const QString AgentKey = QStringLiteral("preferences/generate/agent");
const QString DraftsKey = QStringLiteral("preferences/generate/drafts");

// Stored as words, not numbers: the file stays readable and survives a reordered enum.
const QStringList ThemeNames{QStringLiteral("system"), QStringLiteral("light"),
                             QStringLiteral("dark")};
const QStringList LanguageNames{QStringLiteral("system"), QStringLiteral("en"),
                                QStringLiteral("de")};

int indexIn(const QStringList &names, const QVariant &value)
{
    return std::max(0, int(names.indexOf(value.toString())));
}

} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    preferences.theme = Theme::Choice(indexIn(ThemeNames, settings.value(ThemeKey)));
    preferences.language = Language(indexIn(LanguageNames, settings.value(LanguageKey)));
    preferences.firstPollSeconds =
        std::clamp(settings.value(FirstPollKey, preferences.firstPollSeconds).toInt(),
                   MinPollSeconds, MaxFirstPollSeconds);
    preferences.longestPollSeconds =
        std::clamp(settings.value(LongestPollKey, preferences.longestPollSeconds).toInt(),
                   preferences.firstPollSeconds, MaxLongestPollSeconds);
    preferences.generate.restrictedOps = settings.value(OpsKey).toStringList();
    preferences.generate.instructions = settings.value(InstructionsKey).toString();
    preferences.generate.botId = settings.value(AgentKey).toString();
    preferences.generate.isDraft = settings.value(DraftsKey, true).toBool();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(ThemeKey, ThemeNames.value(int(theme)));
    settings.setValue(LanguageKey, LanguageNames.value(int(language)));
    settings.setValue(FirstPollKey, firstPollSeconds);
    settings.setValue(LongestPollKey, longestPollSeconds);
    settings.setValue(OpsKey, generate.restrictedOps);
    settings.setValue(InstructionsKey, generate.instructions);
    settings.setValue(AgentKey, generate.botId);
    settings.setValue(DraftsKey, generate.isDraft);
}

QLocale Preferences::locale() const
{
    const QLocale system = QLocale::system();
    const QLocale::Language wanted = language == Language::English  ? QLocale::English
                                     : language == Language::German ? QLocale::German
                                                                    : system.language();
    return system.language() == wanted ? system : QLocale(wanted);
}

PollSchedule::Settings Preferences::polling(PollSchedule::Settings base) const
{
    base.firstMs = firstPollSeconds * 1000;
    base.maxMs = std::max(firstPollSeconds, longestPollSeconds) * 1000;
    return base;
}
