#include "core/diagnostics/HealthCheck.h"

#include "core/auth/Jwt.h"
#include "core/obs/JsonLog.h"
#include "core/obs/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

QJsonObject HealthReport::toJson() const
{
    QJsonObject o{{u"state"_s, toKey(state)},
                  {u"reasons"_s, QJsonArray::fromStringList(reasons)},
                  {u"rest_status"_s, restStatus},
                  {u"rest_ms"_s, restMs},
                  {u"checked_at"_s, checkedAt.toString(Qt::ISODateWithMs)}};
    o.insert(u"auth_healthy"_s, authHealthy ? QJsonValue(*authHealthy) : QJsonValue());
    o.insert(u"clock_skew_s"_s, clockSkewSeconds ? QJsonValue(*clockSkewSeconds) : QJsonValue());
    o.insert(u"token_expires_in_s"_s, tokenExpiresInSeconds ? QJsonValue(*tokenExpiresInSeconds) : QJsonValue());
    return o;
}

HealthCheck::HealthCheck(QObject* parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) {}

QFuture<HealthReport> HealthCheck::run(const ConnectionConfig& config, const std::optional<Session>& session,
                                       int timeoutMs, const QJsonArray& recentRuns)
{
    // Server errors (5xx) in the most recent recorded run, by endpoint.
    QStringList serverErrors;
    if (!recentRuns.isEmpty()) {
        for (const QJsonValue& v : recentRuns.last().toObject().value(u"requests"_s).toArray()) {
            const QJsonObject r = v.toObject();
            const int errors = r.value(u"outcomes"_s).toObject().value(u"5xx"_s).toInt();
            if (errors > 0)
                serverErrors << tr("%1 %2: %3 server error(s)")
                                    .arg(r.value(u"method"_s).toString(), r.value(u"endpoint"_s).toString())
                                    .arg(errors);
        }
    }
    auto promise = std::make_shared<QPromise<HealthReport>>();
    auto future = promise->future();
    promise->start();
    auto report = std::make_shared<HealthReport>();
    report->checkedAt = QDateTime::currentDateTimeUtc();
    if (!config.isConfigured()) {
        report->state = HealthReport::State::NotConfigured;
        report->reasons << tr("No backend is configured");
        promise->addResult(*report);
        promise->finish();
        return future;
    }
    // The token's expiry is known without asking anybody.
    QString token = config.accessToken;
    if (token.isEmpty() && session)
        token = session->accessToken;
    // A token that is not a JWT at all (a stray LEADOPS_ACCESS_TOKEN, a damaged session) is not a
    // session: "online" would be a lie the next request finds out.
    bool tokenReadable = token.isEmpty();
    if (!token.isEmpty()) {
        if (const auto claims = jwt::payload(token)) {
            tokenReadable = true;
            if (const auto exp = jwt::expiresAt(*claims))
                report->tokenExpiresInSeconds = report->checkedAt.secsTo(*exp);
        }
    }
    auto pending = std::make_shared<int>(config.authUrl.isEmpty() ? 1 : 2);
    const auto finish = [promise, report, pending, token, tokenReadable, serverErrors, this] {
        if (--*pending > 0)
            return;
        HealthReport& r = *report;
        const bool expired = r.tokenExpiresInSeconds && *r.tokenExpiresInSeconds <= 0;
        if (r.restStatus == 0) {
            r.state = HealthReport::State::Offline;
        } else if (!token.isEmpty() && !expired && (!tokenReadable || r.restStatus == 401)) {
            r.state = HealthReport::State::Degraded;
            r.reasons << (tokenReadable ? tr("The server refused the session's token (HTTP 401): sign in again")
                                        : tr("The session is invalid: its access token cannot be read; sign in again"));
        } else if (r.restStatus >= 500 || (r.authHealthy && !*r.authHealthy) ||
                   (r.clockSkewSeconds && std::abs(*r.clockSkewSeconds) > 60) || !serverErrors.isEmpty()) {
            r.state = HealthReport::State::Degraded;
            if (!serverErrors.isEmpty())
                r.reasons << tr("The last run met server errors: %1").arg(serverErrors.join(u"; "_s));
            if (r.restStatus >= 500)
                r.reasons << tr("The REST API answers with HTTP %1").arg(r.restStatus);
            if (r.clockSkewSeconds && std::abs(*r.clockSkewSeconds) > 60)
                r.reasons << tr("This computer's clock is %1 s off the server's: tokens may be refused")
                                 .arg(*r.clockSkewSeconds);
        } else if (token.isEmpty() || (expired && !r.authHealthy)) {
            r.state = HealthReport::State::SignedOut;
            r.reasons << (token.isEmpty() ? tr("Not signed in") : tr("The session expired"));
        } else {
            r.state = HealthReport::State::Online;
        }
        jsonlog::event(lcRest(), r.state == HealthReport::State::Online ? QtInfoMsg : QtWarningMsg,
                       u"health: %1"_s.arg(toKey(r.state)), r.toJson());
        promise->addResult(r);
        promise->finish();
        Q_UNUSED(this);
    };

    QNetworkRequest rest(QUrl(config.restUrl.toString() + (config.restUrl.path().endsWith(u'/') ? u""_s : u"/"_s)));
    rest.setTransferTimeout(timeoutMs);
    if (!config.anonKey.isEmpty())
        rest.setRawHeader("apikey", config.anonKey.toUtf8());
    // With the token, so the server says whether it accepts it (PostgREST: 401 for a bad one).
    if (!token.isEmpty() && tokenReadable && !(report->tokenExpiresInSeconds && *report->tokenExpiresInSeconds <= 0))
        rest.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply* restReply = m_nam->head(rest);
    connect(restReply, &QNetworkReply::finished, this, [restReply, report, timer, finish] {
        restReply->deleteLater();
        report->restMs = static_cast<double>(timer->nsecsElapsed()) / 1e6;
        const QVariant status = restReply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            report->reasons << tr("The REST API at %1 cannot be reached: %2")
                                   .arg(restReply->url().toString(QUrl::RemoveQuery), restReply->errorString());
        } else {
            report->restStatus = status.toInt();
            const QDateTime serverTime = restReply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
            // HTTP dates end in "GMT", which Qt's RFC 2822 parser wants as a numeric offset.
            QString date = QString::fromLatin1(restReply->rawHeader("Date"));
            date.replace(u" GMT"_s, u" +0000"_s);
            QDateTime parsed = QDateTime::fromString(date, Qt::RFC2822Date);
            if (parsed.isValid())
                report->clockSkewSeconds = report->checkedAt.secsTo(parsed.toUTC());
            Q_UNUSED(serverTime);
        }
        finish();
    });
    if (!config.authUrl.isEmpty()) {
        QNetworkRequest auth(QUrl(config.authUrl.toString() + u"/health"_s));
        auth.setTransferTimeout(timeoutMs);
        if (!config.anonKey.isEmpty())
            auth.setRawHeader("apikey", config.anonKey.toUtf8());
        QNetworkReply* authReply = m_nam->get(auth);
        connect(authReply, &QNetworkReply::finished, this, [authReply, report, finish] {
            authReply->deleteLater();
            const int status = authReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            report->authHealthy = status >= 200 && status < 300;
            if (!*report->authHealthy)
                report->reasons << tr("Supabase Auth is not healthy: %1")
                                       .arg(status ? u"HTTP %1"_s.arg(status) : authReply->errorString());
            finish();
        });
    }
    return future;
}

template <>
std::span<const EnumText> enumTexts<HealthReport::State>()
{
    static constexpr EnumText keys[] = {{"online"}, {"degraded"}, {"offline"}, {"signed_out"}, {"not_configured"}};
    return keys;
}

} // namespace leadops
