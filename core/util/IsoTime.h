#pragma once

#include <QDateTime>
#include <QString>

namespace leadops {

// A moment as UTC ISO-8601 text with milliseconds ("2026-11-25T20:18:35.123Z"): what the store,
// the outbox's JSON and PostgREST all read, and what sorts in time order. Written by hand, not by
// QDateTime::toString(), which costs microseconds a call that an import pays several times a row.
QString isoUtcFromMs(qint64 msSinceEpoch);
inline QString isoUtc(const QDateTime& t)
{
    return isoUtcFromMs(t.toMSecsSinceEpoch());
}

} // namespace leadops
