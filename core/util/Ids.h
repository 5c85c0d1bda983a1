#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace leadops {

// A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made later sort
// later, so inserts append to the primary-key B-tree instead of splitting pages at random, which
// keeps a million-lead import fast. QUuid has no v7 generator before Qt 6.9.
QString newUuidV7(const QDateTime& at, QRandomGenerator& random);
// At `at` (the injected clock's now), from the system's secure generator.
QString newUuidV7(const QDateTime& at);

bool looksLikeUuid(const QString& text);

} // namespace leadops
