#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QTranslator>

namespace Translations {

namespace {

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

bool installFrom(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

void install()
{
    // The default locale: the system's, unless the program chose another.
    install(QLocale());
}

void install(const QLocale &locale)
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    QLocale::setDefault(locale);
    installFrom(QLocale(QLocale::English), QStringLiteral("sourcedesk"), QStringLiteral(":/i18n"));
    if (locale.language() == QLocale::English)
        return;
    // Qt's buttons only in a language Sourcedesk speaks too: never a dialog in two languages.
    if (installFrom(locale, QStringLiteral("sourcedesk"), QStringLiteral(":/i18n")))
        installFrom(locale, QStringLiteral("qtbase"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace Translations
