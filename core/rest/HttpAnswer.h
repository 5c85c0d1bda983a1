#pragma once

#include "core/rest/RestTypes.h"

#include <QByteArray>
#include <QString>

namespace leadops {

// What a server answered, as received: no network objects, so it can be interpreted (and fuzzed)
// on its own.
struct HttpAnswer
{
    int status = 0;
    QString reasonPhrase;
    QString contentType;
    QString contentRange;
    QByteArray body;
};

// The answer as the client's result: a 2xx with its JSON parsed (or only checked, `rawJson`) and
// the count of Content-Range, or a typed error with PostgREST's code, message, details and hint
// (a proxy's HTML page is cut to a readable line). `url` names the server in messages.
Result<RestResponse> interpretAnswer(const HttpAnswer& answer, bool rawJson, const QString& url);

} // namespace leadops
