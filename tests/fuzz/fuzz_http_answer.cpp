// The HTTP answer interpreter: any status, content type and body (a proxy's HTML, cut JSON, a
// PostgREST error object with odd fields) gives a response or a typed, readable, bounded error.
#include "tests/fuzz/FuzzSupport.h"

#include "core/rest/HttpAnswer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    if (size < 3)
        return 0;
    leadops::HttpAnswer answer;
    answer.status = 100 + (data[0] | (data[1] << 8)) % 500; // 100..599
    const uint8_t flags = data[2];
    answer.contentType = (flags & 1)   ? QStringLiteral("application/json; charset=utf-8")
                         : (flags & 2) ? QStringLiteral("text/html")
                                       : QString();
    answer.contentRange = (flags & 4) ? QStringLiteral("0-9/%1").arg(data[0]) : QString();
    answer.body = QByteArray(reinterpret_cast<const char*>(data + 3), qsizetype(size - 3));
    const bool rawJson = flags & 8;
    const auto r = leadops::interpretAnswer(answer, rawJson, QStringLiteral("http://127.0.0.1:3000/leads"));
    if (answer.status >= 400) {
        fuzz::require(!r.has_value(), "a 4xx or 5xx is an error");
        fuzz::require(r.error().httpStatus == answer.status, "the error keeps the status");
    }
    if (!r) {
        fuzz::require(!r.error().message.isEmpty(), "an error says what happened");
        fuzz::require(r.error().message.size() < 4000, "an error message is bounded, whatever the body");
    } else {
        fuzz::require(r->status == answer.status, "the response keeps the status");
    }
    return 0;
}
