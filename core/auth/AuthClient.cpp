#include "core/auth/AuthClient.h"

#include "core/obs/JsonLog.h"
#include "core/obs/Logging.h"
#include "core/obs/RequestMetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QTimer>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use AuthClientText::tr.
struct AuthClientText
{
    Q_DECLARE_TR_FUNCTIONS(AuthClient)
};

// What a person can act on, for the answers a sign-in meets; the server's own words otherwise.
QString inWords(const QString& errorCode, int status, const QString& serverText, const QByteArray& retryAfter)
{
    if (errorCode == u"invalid_credentials"_s || errorCode == u"invalid_grant"_s)
        return AuthClientText::tr("The e-mail or the password is wrong");
    if (errorCode == u"email_not_confirmed"_s)
        return AuthClientText::tr("This e-mail address is not confirmed yet: open the link in the confirmation "
                                  "e-mail, then sign in");
    if (errorCode.startsWith(u"refresh_token_"_s) || errorCode == u"session_not_found"_s ||
        errorCode == u"session_expired"_s)
        return AuthClientText::tr("The session has ended (signed out elsewhere or expired): sign in again");
    if (status == 429) {
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        return ok && seconds > 0
                   ? AuthClientText::tr("Too many attempts: wait %n second(s), then try again", "", seconds)
                   : AuthClientText::tr("Too many attempts: wait a minute, then try again");
    }
    if (status >= 500)
        return AuthClientText::tr("Supabase Auth has a server error (HTTP %1): try again later").arg(status);
    return AuthClientText::tr("Supabase Auth refused: %1 (HTTP %2%3)")
        .arg(serverText)
        .arg(status)
        .arg(errorCode.isEmpty() ? QString() : u", "_s + errorCode);
}

Result<Session> toSession(Result<QJsonObject> response)
{
    if (!response)
        return tl::unexpected(response.error());
    auto session = Session::fromTokenResponse(*response, QDateTime::currentDateTimeUtc());
    if (!session)
        return fail(ErrorKind::Decode, AuthClientText::tr("Supabase Auth answered without the expected tokens"));
    return *session;
}
} // namespace

AuthClient::AuthClient(QUrl authUrl, QString apiKey, QObject* parent)
    : QObject(parent)
    , m_authUrl(std::move(authUrl))
    , m_apiKey(std::move(apiKey))
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setTransferTimeout(20'000);
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QFuture<Result<QJsonObject>> AuthClient::call(const QByteArray& verb, const QString& path, const QJsonObject& body,
                                              const QString& bearer)
{
    auto promise = std::make_shared<QPromise<Result<QJsonObject>>>();
    auto future = promise->future();
    promise->start();
    QString base = m_authUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base + path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setRawHeader("Accept", "application/json");
    if (!m_apiKey.isEmpty())
        req.setRawHeader("apikey", m_apiKey.toUtf8());
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    QNetworkReply* reply =
        verb == "GET" ? m_nam->get(req) : m_nam->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QString printable = url.toString(QUrl::RemoveQuery);
    const QString endpoint = path.section(u'?', 0, 0);
    const QString method = QString::fromLatin1(verb);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // Why this side ended the exchange (a deadline, an oversized answer), for the message.
    auto cutShort = std::make_shared<QString>();
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, cutShort, printable, limit = m_deadlineMs] {
        *cutShort = AuthClientText::tr("Supabase Auth at %1 did not complete the answer within %2 s")
                        .arg(printable)
                        .arg(limit / 1000.0);
        reply->abort();
    });
    deadline->start(m_deadlineMs);
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, cutShort, printable, maxBody = m_maxBodyBytes](qint64 received, qint64) {
                if (received <= maxBody || !cutShort->isEmpty())
                    return;
                *cutShort = AuthClientText::tr("Supabase Auth at %1 sent more than %2 KB; the answer was cut off")
                                .arg(printable)
                                .arg(maxBody / 1024);
                reply->abort();
            });
    connect(reply, &QNetworkReply::finished, this, [reply, promise, printable, endpoint, method, timer, cutShort] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const double ms = static_cast<double>(timer->nsecsElapsed()) / 1e6;
        const auto outcome = status.isValid() ? RequestMetrics::outcomeForStatus(status.toInt())
                             : reply->error() == QNetworkReply::OperationCanceledError
                                 ? RequestMetrics::Outcome::Timeout
                                 : RequestMetrics::Outcome::Network;
        RequestMetrics::instance().record(u"auth"_s, endpoint, method, outcome, ms, reply->bytesAvailable());
        jsonlog::event(
            lcAuth(), outcome == RequestMetrics::Outcome::Success ? QtInfoMsg : QtWarningMsg,
            u"%1 auth%2 -> %3"_s.arg(method, endpoint, status.isValid() ? status.toString() : u"no answer"_s),
            QJsonObject{{u"method"_s, method},
                        {u"path"_s, QString(u"auth"_s + endpoint)},
                        {u"status"_s, status.toInt()},
                        {u"duration_ms"_s, std::round(ms * 10) / 10}});
        if (!status.isValid() || !cutShort->isEmpty()) {
            Error e{
                ErrorKind::Network,
                !cutShort->isEmpty()
                    ? *cutShort
                    : AuthClientText::tr("Cannot reach Supabase Auth at %1: %2").arg(printable, reply->errorString()),
                {}};
            e.code = !cutShort->isEmpty()                                      ? u"deadline"_s
                     : reply->error() == QNetworkReply::OperationCanceledError ? u"timeout"_s
                                                                               : u"network"_s;
            promise->addResult(Result<QJsonObject>(tl::unexpected(e)));
            promise->finish();
            return;
        }
        const QByteArray bytes = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        const int code = status.toInt();
        if (code >= 400) {
            // Legacy {code, error_code, msg}, current {code, message}, OAuth {error, error_description}.
            Error e{ErrorKind::Auth, {}, {}};
            e.httpStatus = code;
            e.code = json.value(u"error_code"_s).toString();
            if (e.code.isEmpty())
                e.code = json.value(u"code"_s).isString() ? json.value(u"code"_s).toString()
                                                          : json.value(u"error"_s).toString();
            QString text = json.value(u"msg"_s).toString();
            if (text.isEmpty())
                text = json.value(u"message"_s).toString();
            if (text.isEmpty())
                text = json.value(u"error_description"_s).toString();
            if (text.isEmpty())
                text = QString::fromUtf8(bytes.left(200)).simplified();
            if (code == 429)
                e.kind = ErrorKind::Http;
            e.message = inWords(e.code, code, text, reply->rawHeader("Retry-After"));
            promise->addResult(Result<QJsonObject>(tl::unexpected(e)));
        } else {
            promise->addResult(Result<QJsonObject>(json));
        }
        promise->finish();
    });
    return future;
}

QFuture<Result<Session>> AuthClient::signIn(const QString& email, const QString& password)
{
    return call("POST", u"/token?grant_type=password"_s, {{u"email"_s, email}, {u"password"_s, password}}, {})
        .then(&toSession);
}

QFuture<Result<Session>> AuthClient::refresh(const QString& refreshToken)
{
    return call("POST", u"/token?grant_type=refresh_token"_s, {{u"refresh_token"_s, refreshToken}}, {})
        .then(&toSession);
}

QFuture<Result<void>> AuthClient::signOut(const QString& accessToken)
{
    return call("POST", u"/logout?scope=local"_s, {}, accessToken).then([](Result<QJsonObject> r) -> Result<void> {
        if (!r)
            return tl::unexpected(r.error());
        return {};
    });
}

QFuture<Result<void>> AuthClient::signOut(const Session& session)
{
    if (!session.needsRefresh(QDateTime::currentDateTimeUtc()))
        return signOut(session.accessToken);
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    refresh(session.refreshToken).then(this, [this, promise](Result<Session> fresh) {
        if (!fresh) {
            promise->addResult(Result<void>(tl::unexpected(fresh.error())));
            promise->finish();
            return;
        }
        signOut(fresh->accessToken).then(this, [promise](Result<void> out) {
            promise->addResult(out);
            promise->finish();
        });
    });
    return promise->future();
}

QFuture<Result<void>> AuthClient::recover(const QString& email)
{
    return call("POST", u"/recover"_s, {{u"email"_s, email}}, {}).then([](Result<QJsonObject> r) -> Result<void> {
        if (!r)
            return tl::unexpected(r.error());
        return {};
    });
}

QFuture<Result<void>> AuthClient::health()
{
    return call("GET", u"/health"_s, {}, {}).then([](Result<QJsonObject> r) -> Result<void> {
        if (!r)
            return tl::unexpected(r.error());
        return {};
    });
}

} // namespace leadops
