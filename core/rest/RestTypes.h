#pragma once

#include "core/domain/Result.h"
#include "core/rest/PostgrestQuery.h"
#include "core/util/EnumKeys.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace leadops {

enum class HttpMethod { Get, Head, Post, Patch, Delete };
template <>
std::span<const EnumText> enumTexts<HttpMethod>();

struct RestRequest
{
    HttpMethod method = HttpMethod::Get;
    PostgrestQuery query;
    QByteArray body;           // JSON; sent with Content-Type: application/json
    QStringList prefer;        // "return=representation", "count=exact", ...
    bool singleObject = false; // Accept: application/vnd.pgrst.object+json (406 unless exactly one row)
    int timeoutMs = 0;         // 0: the client's default
    // Retries of a transient failure (network error, timeout, cut body, 429, 500, 502-504), with
    // exponential backoff and jitter, or the server's Retry-After. Only for idempotent requests:
    // reads, and writes that carry a precondition and a mutation id (the sync's).
    int retries = 0;
    // The 2xx JSON body is checked to be well formed but not parsed into RestResponse::json: the
    // sync reads its pages with simdjson (json/JsonPage.h).
    bool rawJson = false;
};

struct RestResponse
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;          // parsed body (null for an empty body)
    QString contentRange;        // "0-999/2500", "*/0"
    std::optional<qint64> total; // the count after '/', when the server counted
    qint64 elapsedMs = 0;
};

// Where the bearer token comes from: a signed-in session (which can refresh itself once the
// server says the token expired) or a fixed token.
class BearerSource
{
public:
    virtual ~BearerSource() = default;
    virtual QString bearer() const = 0;
    virtual bool canRefresh() const { return false; }
    // The token is missing or about to expire: refreshed before the next request is sent, so no
    // request goes out as the anonymous role by mistake.
    virtual bool needsRefresh() const { return false; }
    // Refreshes the token; `done` runs on `context`'s thread with the outcome.
    virtual void refresh(QObject* context, std::function<void(Result<void>)> done);
};

class StaticBearer final : public BearerSource
{
public:
    explicit StaticBearer(QString token) : m_token(std::move(token)) {}
    QString bearer() const override { return m_token; }

private:
    QString m_token;
};

} // namespace leadops
