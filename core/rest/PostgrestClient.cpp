#include "core/rest/PostgrestClient.h"

#include "core/rest/HttpAnswer.h"

#include "core/auth/Jwt.h"
#include "core/json/JsonPage.h"
#include "core/obs/JsonLog.h"
#include "core/obs/Logging.h"
#include "core/obs/RequestMetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use PostgrestClientText::tr.
struct PostgrestClientText
{
    Q_DECLARE_TR_FUNCTIONS(PostgrestClient)
};

} // namespace

void BearerSource::refresh(QObject*, std::function<void(Result<void>)> done)
{
    done(fail(ErrorKind::Auth, PostgrestClientText::tr("The session cannot be refreshed: sign in again")));
}

PostgrestClient::PostgrestClient(RestEndpoint endpoint, std::shared_ptr<BearerSource> bearer, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_bearer(std::move(bearer))
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setTransferTimeout(m_endpoint.timeoutMs);
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(true);
}

PostgrestClient::~PostgrestClient() = default;

QString PostgrestClient::bearerRole() const
{
    const QString token = m_bearer ? m_bearer->bearer() : QString();
    const auto claims = token.isEmpty() ? std::nullopt : jwt::payload(token);
    return claims ? jwt::appRole(*claims) : QString();
}

QFuture<Result<RestResponse>> PostgrestClient::send(const RestRequest& request)
{
    auto promise = std::make_shared<QPromise<Result<RestResponse>>>();
    QFuture<Result<RestResponse>> future = promise->future();
    promise->start();
    // PostgREST applies an unfiltered PATCH or DELETE to every row (Supabase's safeupdate refuses
    // it, a plain PostgreSQL does not): never send one.
    if ((request.method == HttpMethod::Patch || request.method == HttpMethod::Delete) && !request.query.hasFilters()) {
        promise->addResult(Result<RestResponse>(
            fail(ErrorKind::Validation,
                 PostgrestClientText::tr("Refusing to %1 %2 without a filter: it would change every row")
                     .arg(toKey(request.method), request.query.relation()))));
        promise->finish();
        return future;
    }
    dispatch(
        request, true,
        [promise](Result<RestResponse> result) {
            promise->addResult(std::move(result));
            promise->finish();
        },
        QDeadlineTimer(request.timeoutMs > 0 ? std::max(request.timeoutMs, m_endpoint.deadlineMs)
                                             : m_endpoint.deadlineMs));
    return future;
}

Result<RestResponse> PostgrestClient::sendAndWait(const RestRequest& request)
{
    return waitFor(send(request));
}

void PostgrestClient::dispatch(const RestRequest& request, bool mayRefresh,
                               std::function<void(Result<RestResponse>)> done, QDeadlineTimer deadline, int attempt)
{
    if (mayRefresh && attempt == 0 && m_bearer && m_bearer->canRefresh() && m_bearer->needsRefresh()) {
        // Proactively, as auth-js does: the saved session may have no access token (the keychain
        // kept only what fits) or one about to expire.
        m_bearer->refresh(this, [this, request, done = std::move(done), deadline](Result<void> r) mutable {
            if (!r) {
                Error e = r.error();
                e.message = PostgrestClientText::tr("The session could not be refreshed: %1").arg(e.message);
                done(tl::unexpected(e));
                return;
            }
            dispatch(request, false, std::move(done), deadline); // refreshed once: never again for it
        });
        return;
    }
    QString base = m_endpoint.restUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    const QByteArray query = request.query.encoded();
    const QUrl url = QUrl::fromEncoded(base.toUtf8() + '/' + QUrl::toPercentEncoding(request.query.relation(), "/") +
                                           (query.isEmpty() ? QByteArray() : '?' + query),
                                       QUrl::StrictMode);
    QNetworkRequest req(url);
    req.setRawHeader("Accept", request.singleObject ? "application/vnd.pgrst.object+json" : "application/json");
    if (!m_endpoint.apiKey.isEmpty())
        req.setRawHeader("apikey", m_endpoint.apiKey.toUtf8());
    const QString bearer = m_bearer ? m_bearer->bearer() : QString();
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    else if (!m_endpoint.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());
    if (!request.prefer.isEmpty())
        req.setRawHeader("Prefer", request.prefer.join(u',').toUtf8());
    // Without it Qt sends a POST body as a form, and PostgREST would parse it as one.
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (request.timeoutMs > 0)
        req.setTransferTimeout(request.timeoutMs);
    // Lets a support engineer match a log line with the server's or a proxy's.
    const QString requestId = QUuid::createUuid().toString(QUuid::Id128).left(16);
    req.setRawHeader("X-Request-Id", requestId.toLatin1());

    QNetworkReply* reply = nullptr;
    switch (request.method) {
    case HttpMethod::Get:
        reply = m_nam->get(req);
        break;
    case HttpMethod::Head:
        reply = m_nam->head(req);
        break;
    case HttpMethod::Post:
        reply = m_nam->post(req, request.body.isEmpty() ? QByteArray("{}") : request.body);
        break;
    case HttpMethod::Patch:
        reply = m_nam->sendCustomRequest(req, "PATCH", request.body);
        break;
    case HttpMethod::Delete:
        reply = m_nam->deleteResource(req);
        break;
    }
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // Why this side ended the exchange (the deadline, an oversized body): the reply then finishes
    // as cancelled, and this says what to tell the user.
    auto abortReason = std::make_shared<Error>();
    const auto abortWith = [reply, abortReason](QString code, QString message) {
        if (!abortReason->code.isEmpty())
            return;
        *abortReason = Error{ErrorKind::Network, std::move(message), {}, 0, std::move(code)};
        reply->abort();
    };
    auto* deadlineTimer = new QTimer(reply);
    deadlineTimer->setSingleShot(true);
    connect(deadlineTimer, &QTimer::timeout, reply, [abortWith, url, this] {
        abortWith(u"deadline"_s, PostgrestClientText::tr("The server at %1 did not complete the answer within %2 s; "
                                                         "the request was given up")
                                     .arg(url.toString(QUrl::RemoveQuery))
                                     .arg(m_endpoint.deadlineMs / 1000));
    });
    deadlineTimer->start(static_cast<int>(std::max<qint64>(0, deadline.remainingTime())));
    const qint64 maxBody = m_endpoint.maxBodyBytes;
    const auto tooLarge = [abortWith, url, maxBody](qint64 bytes) {
        abortWith(u"too_large"_s, PostgrestClientText::tr("The server at %1 sent an answer of %2 MB or more, larger "
                                                          "than the %3 MB this console reads; it was cut off")
                                      .arg(url.toString(QUrl::RemoveQuery))
                                      .arg(bytes >> 20)
                                      .arg(maxBody >> 20));
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBody, tooLarge] {
        bool ok = false;
        const qint64 promised = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && promised > maxBody)
            tooLarge(promised);
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [maxBody, tooLarge](qint64 received, qint64) {
        if (received > maxBody)
            tooLarge(received);
    });
    const QString method = toKey(request.method);
    const QString printable = url.toString(QUrl::RemoveQuery);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timer, method, printable, request, mayRefresh, bearer, requestId, attempt, deadline,
             abortReason, done = std::move(done)]() mutable {
                reply->deleteLater();
                qint64 bytes = 0;
                Result<RestResponse> result = abortReason->code.isEmpty()
                                                  ? interpret(reply, request, printable, timer->elapsed(), &bytes)
                                                  : Result<RestResponse>(tl::unexpected(*abortReason));
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const double ms = static_cast<double>(timer->nsecsElapsed()) / 1e6;
                const auto outcome =
                    status > 0 ? RequestMetrics::outcomeForStatus(status)
                    : (!result && (result.error().code == u"timeout"_s || result.error().code == u"deadline"_s))
                        ? RequestMetrics::Outcome::Timeout
                        : RequestMetrics::Outcome::Network;
                RequestMetrics::instance().record(u"rest"_s, request.query.relation(), method, outcome, ms, bytes);
                QJsonObject fields{{u"method"_s, method},  {u"path"_s, request.query.relation()},
                                   {u"status"_s, status},  {u"duration_ms"_s, std::round(ms * 10) / 10},
                                   {u"bytes_in"_s, bytes}, {u"request_id"_s, requestId}};
                if (!result)
                    fields.insert(u"error"_s, result.error().message);
                jsonlog::event(lcRest(), outcome == RequestMetrics::Outcome::Success ? QtInfoMsg : QtWarningMsg,
                               u"%1 %2 -> %3"_s.arg(method, request.query.relation(),
                                                    status > 0 ? QString::number(status) : u"no answer"_s),
                               fields);
                Q_EMIT exchanged(method, request.query.relation(), status, timer->elapsed());
                // Any 5xx counts: the caller asked for retries only where a repeat is harmless. A cut
                // body is retried for reads; a write's cut answer is checked by the caller instead.
                // Not repeated: a silent server (it would be silent again: give up on it within one
                // silence), an answer cut for its size, or a request past its deadline.
                const QString code = result ? QString() : result.error().code;
                const bool transient =
                    !result && isTransient(result.error()) &&
                    (result.error().kind != ErrorKind::Decode || request.method == HttpMethod::Get) &&
                    code != u"timeout"_s && code != u"deadline"_s && code != u"too_large"_s;
                if (transient && attempt < request.retries) {
                    // Exponential backoff with full jitter; the server's Retry-After wins (capped).
                    qint64 delayMs = (200LL << attempt) + QRandomGenerator::global()->bounded(200 << attempt);
                    delayMs = std::min<qint64>(delayMs, 5000);
                    bool ok = false;
                    const int retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After")).toInt(&ok);
                    if (ok && retryAfter >= 0)
                        delayMs = std::min(retryAfter, 30) * 1000LL;
                    RequestMetrics::instance().record(u"rest"_s, request.query.relation(), method,
                                                      RequestMetrics::Outcome::Retried, ms, 0);
                    jsonlog::event(lcRest(), QtInfoMsg,
                                   u"retrying %1 %2 in %3 ms"_s.arg(method, request.query.relation()).arg(delayMs),
                                   QJsonObject{{u"attempt"_s, attempt + 1},
                                               {u"request_id"_s, requestId},
                                               {u"error"_s, result.error().message}});
                    if (delayMs >= deadline.remainingTime()) {
                        done(std::move(result)); // no time left for another attempt
                        return;
                    }
                    QTimer::singleShot(delayMs, this, [this, request, mayRefresh, attempt, deadline, done]() mutable {
                        dispatch(request, mayRefresh, std::move(done), deadline, attempt + 1);
                    });
                    return;
                }
                const bool expired = !result && result.error().httpStatus == 401 &&
                                     (result.error().code == u"PGRST301"_s ||
                                      result.error().message.contains(u"expired"_s, Qt::CaseInsensitive));
                if (expired && mayRefresh && m_bearer && (m_bearer->bearer() != bearer || m_bearer->canRefresh()))
                    RequestMetrics::instance().record(u"rest"_s, request.query.relation(), method,
                                                      RequestMetrics::Outcome::Retried, ms, 0);
                if (expired && mayRefresh && m_bearer && m_bearer->bearer() != bearer) {
                    // Another request refreshed the session while this one was in flight.
                    dispatch(request, false, std::move(done), deadline);
                    return;
                }
                if (expired && mayRefresh && m_bearer && m_bearer->canRefresh()) {
                    qCInfo(lcRest) << "access token expired; refreshing the session once";
                    m_bearer->refresh(this, [this, request, done, deadline,
                                             original = result.error()](Result<void> r) mutable {
                        if (!r) {
                            Error e = r.error();
                            e.message = PostgrestClientText::tr("The session expired and could not be refreshed: %1")
                                            .arg(e.message);
                            done(tl::unexpected(e));
                            return;
                        }
                        dispatch(request, false, std::move(done), deadline);
                    });
                    return;
                }
                done(std::move(result));
            });
}

Result<RestResponse> PostgrestClient::interpret(QNetworkReply* reply, const RestRequest& request, const QString& url,
                                                qint64 elapsedMs, qint64* bytesRead)
{
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid()) {
        Error e{ErrorKind::Network, {}, {}};
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError: // what a transfer timeout reports in Qt 6.4
        case QNetworkReply::TimeoutError:
            e.message = PostgrestClientText::tr("The server at %1 did not answer in time (%2 s)")
                            .arg(url)
                            .arg(reply->request().transferTimeout() > 0 ? reply->request().transferTimeout() / 1000
                                                                        : m_endpoint.timeoutMs / 1000);
            e.code = u"timeout"_s;
            break;
        default:
            e.message = PostgrestClientText::tr("Cannot reach the server at %1: %2").arg(url, reply->errorString());
            e.code = u"network"_s;
            break;
        }
        return tl::unexpected(e);
    }
    HttpAnswer answer;
    answer.status = statusAttr.toInt();
    answer.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    answer.contentRange = QString::fromLatin1(reply->rawHeader("Content-Range"));
    answer.body = reply->readAll();
    *bytesRead = answer.body.size();
    auto response = interpretAnswer(answer, request.rawJson, url);
    if (response)
        response->elapsedMs = elapsedMs;
    return response;
}

template <>
std::span<const EnumText> enumTexts<HttpMethod>()
{
    static constexpr EnumText keys[] = {{"GET"}, {"HEAD"}, {"POST"}, {"PATCH"}, {"DELETE"}};
    return keys;
}

} // namespace leadops
