#pragma once

// Installs Sourcedesk's translations: English first, which also gives the singular and
// plural forms of "%Ln source(s)", then the user's language where one exists. The app and
// the CLI share them, so it needs only Qt Core.
namespace Translations {
void install();
}
