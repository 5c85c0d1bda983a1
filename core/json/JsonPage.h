#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace leadops {

// Pages of rows as PostgREST sends them (a JSON array of objects), read with simdjson: the pull
// moves 40 MB of JSON per 100,000 leads, and QJsonDocument spent more time building its tree than
// the rest of the pull spent on the rows (see docs/backend.md, "Sync").

// Where a page ends: its row count and the keyset position of its last row.
struct PageEnd
{
    qsizetype rows = 0;
    QString lastUpdatedAt; // as the server wrote it
    QString lastId;
};

// Reads a page just far enough to know where it ends. Anything but a well-formed array of objects,
// the last one with text "id" and "updated_at", is a Decode error saying what was wrong.
Result<PageEnd> readPageEnd(const QByteArray& json);

// Whether `json` is a well-formed JSON document; the parser's reason when it is not.
Result<void> checkJson(const QByteArray& json);

} // namespace leadops
