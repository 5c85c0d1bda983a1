#pragma once

#include <QString>

namespace leadops {

// Removes secrets from text before it reaches a log line, stderr or a report: every registered
// secret (anon key, tokens, password) verbatim, anything shaped like a JWT, Bearer credentials, and
// the values of apikey/password/token fields. Thread-safe.
namespace redactor {

void addSecret(const QString& secret); // ignored when shorter than 6 characters
QString redact(const QString& text);

} // namespace redactor
} // namespace leadops
