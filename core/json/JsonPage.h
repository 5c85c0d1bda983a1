#pragma once

#include "core/domain/Result.h"
#include "core/json/RowLayout.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace leadops {

// Pages of rows as PostgREST sends them (a JSON array of objects), read with simdjson: the pull
// moves 40 MB of JSON per 100,000 leads, and QJsonDocument spent more time building its tree than
// the rest of the pull spent on the rows (see docs/backend.md, "Sync").

// Where a page ends: its row count and the keyset position (key, id) of its last row.
struct PageEnd
{
    qsizetype rows = 0;
    QString lastKey; // the key column of the last row, as the server wrote it
    QString lastId;
    qsizetype tailTies = 0; // rows at the end of the page that share lastKey (the last one included)
};

// Reads a page just far enough to know where it ends, with `keyColumn` ("updated_at" or
// "created_at") as the keyset's first column. Anything but a well-formed array of `layout`'s rows,
// each with a text "id" and key, is a Decode error saying what was wrong.
Result<PageEnd> readPageEnd(const QByteArray& json, const char* keyColumn = "updated_at",
                            const RowLayout& layout = RowLayout::objects());

// Whether `json` is a well-formed JSON document; the parser's reason when it is not.
Result<void> checkJson(const QByteArray& json);

// A string simdjson read (UTF-8, not NUL-terminated) as a QString.
inline QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

} // namespace leadops
