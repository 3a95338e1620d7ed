#pragma once

// Installs Sourcedesk's translations: English first, which also gives the singular and
// plural forms of "%n source(s)", then the user's language where one exists.
namespace Translations {
void install();
}
