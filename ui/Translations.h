#pragma once

#include <QString>

namespace leadops {

// The interface language: `requested` ("ru", "kk", "en"; from --lang), else the one chosen in
// Settings, else the system's. Installs the console's strings (built into the binary by lrelease)
// and Qt's own (standard buttons and dialogs; Qt has no Kazakh ones, so Kazakh falls back to
// Russian there), replacing any installed earlier, and sets the default QLocale for numbers and
// dates. Returns the language in use ("ru", "kk" or "en"), or an error text for an unknown one.
struct LanguageChoice
{
    QString language;
    QString problem; // empty when `requested` was understood
};
LanguageChoice installLanguage(const QString& requested);

// The languages shipped, as codes.
QStringList supportedLanguages();

} // namespace leadops
