#pragma once

class QLocale;

// Installs Sourcedesk's translations: English first, which also gives the singular and
// plural forms of "%Ln source(s)", then `locale`'s language where Sourcedesk has it, with
// Qt's own (the buttons of standard dialogs). `locale` also becomes the default, so dates
// and numbers follow it. Called again, it replaces what it installed before. The app and
// the CLI share them, so it needs only Qt Core.
namespace Translations {
void install();
void install(const QLocale &locale);
} // namespace Translations
