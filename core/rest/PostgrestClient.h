#pragma once

#include "core/rest/RestTypes.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace leadops {

struct RestEndpoint
{
    QUrl restUrl;   // e.g. https://<ref>.supabase.co/rest/v1 or a bare http://127.0.0.1:3000
    QString apiKey; // Supabase anon key, sent as `apikey` (a bare PostgREST ignores it)
    // Silence: an attempt that receives nothing for this long ends (Qt's transfer timeout), and a
    // silent server is not asked again, so it is given up on within this time (plus the connect).
    int timeoutMs = 30'000;
    // The whole request, retries included: a server that trickles bytes never goes silent, and
    // this ends it.
    int deadlineMs = 60'000;
    // The largest response body read: a bigger one is cut off, never buffered whole.
    qint64 maxBodyBytes = 64LL << 20;
};

// A PostgREST 12 client over QNetworkAccessManager. Asynchronous: send() returns at once and its
// future finishes on this object's thread. Errors are typed (Network, Http, Auth, Decode) and carry
// the HTTP status and PostgREST's code, message, details and hint. A 401 "JWT expired" refreshes
// the session once through the BearerSource and retries once.
class PostgrestClient final : public QObject
{
    Q_OBJECT

public:
    PostgrestClient(RestEndpoint endpoint, std::shared_ptr<BearerSource> bearer, QObject* parent = nullptr);
    ~PostgrestClient() override;

    const RestEndpoint& endpoint() const { return m_endpoint; }
    void setBearer(std::shared_ptr<BearerSource> bearer) { m_bearer = std::move(bearer); }
    // The app role the bearer token carries (app_metadata.role), read from the token without
    // asking anybody; empty without a token or a role.
    QString bearerRole() const;

    QFuture<Result<RestResponse>> send(const RestRequest& request);
    // For the CLI and tests: runs a local event loop until the reply is in. Never on the UI thread.
    Result<RestResponse> sendAndWait(const RestRequest& request);

Q_SIGNALS:
    // One per HTTP exchange (retries included): for metrics and the log. Never carries secrets.
    void exchanged(const QString& method, const QString& relation, int status, qint64 elapsedMs);

private:
    void dispatch(const RestRequest& request, bool mayRefresh, std::function<void(Result<RestResponse>)> done,
                  QDeadlineTimer deadline, int attempt = 0);
    Result<RestResponse> interpret(QNetworkReply* reply, const RestRequest& request, const QString& url,
                                   qint64 elapsedMs, qint64* bytesRead);

    RestEndpoint m_endpoint;
    std::shared_ptr<BearerSource> m_bearer;
    QNetworkAccessManager* m_nam = nullptr;
};

} // namespace leadops

#include "core/rest/Await.h"
