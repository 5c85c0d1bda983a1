#include "core/auth/Session.h"

#include "core/auth/Jwt.h"
#include "core/auth/SecretStore.h"
#include "core/obs/Redactor.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// Seconds since the epoch as a time, when they are a number of a plausible size (up to the year
// 5000); anything else (text, a damaged keychain entry, 1e100) is no time at all, and a session
// without an expiry is refreshed before use.
QDateTime epochSeconds(const QJsonValue& v)
{
    constexpr double kLatest = 95'617'584'000.0; // 5000-01-01
    // At least one second: a fraction of the first second would save as 0, which reads as none.
    if (!v.isDouble() || !(v.toDouble() >= 1) || v.toDouble() > kLatest)
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(v.toDouble()), Qt::UTC);
}

// A token's lifetime in seconds, when it is a plausible one (up to ten years); else 0 (unknown).
qint64 lifetime(const QJsonValue& v)
{
    const double seconds = v.toDouble(0);
    return seconds >= 1 && seconds < 10 * 365 * 86'400.0 ? static_cast<qint64>(seconds) : 0;
}

} // namespace

QJsonObject Session::toJson() const
{
    return QJsonObject{{u"access_token"_s, accessToken},
                       {u"refresh_token"_s, refreshToken},
                       {u"expires_at"_s, expiresAt.isValid() ? expiresAt.toSecsSinceEpoch() : 0},
                       {u"user_id"_s, userId},
                       {u"email"_s, email},
                       {u"role"_s, role},
                       {u"expires_in"_s, lifetimeSecs}};
}

QString Session::keychainText() const
{
    QJsonObject o = toJson();
    QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (text.size() > SecretStore::kMaxSecretBytes) {
        o.remove(u"access_token"_s);
        o.remove(u"expires_at"_s);
        text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return QString::fromUtf8(text);
}

std::optional<Session> Session::fromJson(const QJsonObject& o)
{
    Session s;
    s.accessToken = o.value(u"access_token"_s).toString();
    s.refreshToken = o.value(u"refresh_token"_s).toString();
    s.expiresAt = epochSeconds(o.value(u"expires_at"_s));
    s.userId = o.value(u"user_id"_s).toString();
    s.email = o.value(u"email"_s).toString();
    s.role = o.value(u"role"_s).toString();
    s.lifetimeSecs = lifetime(o.value(u"expires_in"_s));
    if (s.refreshToken.isEmpty())
        return std::nullopt;
    if (s.accessToken.isEmpty())
        s.expiresAt = {};
    redactor::addSecret(s.accessToken);
    redactor::addSecret(s.refreshToken);
    return s;
}

std::optional<Session> Session::fromTokenResponse(const QJsonObject& o, const QDateTime& now)
{
    Session s;
    s.accessToken = o.value(u"access_token"_s).toString();
    s.refreshToken = o.value(u"refresh_token"_s).toString();
    if (s.accessToken.isEmpty() || s.refreshToken.isEmpty())
        return std::nullopt;
    redactor::addSecret(s.accessToken);
    redactor::addSecret(s.refreshToken);
    const auto claims = jwt::payload(s.accessToken);
    const double expiresIn = o.value(u"expires_in"_s).toDouble(-1);
    s.lifetimeSecs = lifetime(o.value(u"expires_in"_s));
    if (o.value(u"expires_at"_s).isDouble())
        s.expiresAt = epochSeconds(o.value(u"expires_at"_s)); // out of range: none, refreshed first
    else if (expiresIn >= 0 && expiresIn < 10 * 365 * 86'400.0)
        s.expiresAt = now.addSecs(static_cast<qint64>(expiresIn));
    else if (claims)
        s.expiresAt = jwt::expiresAt(*claims).value_or(QDateTime());
    const QJsonObject user = o.value(u"user"_s).toObject();
    s.userId = user.value(u"id"_s).toString();
    s.email = user.value(u"email"_s).toString();
    if (claims) {
        s.role = jwt::appRole(*claims);
        if (s.userId.isEmpty())
            s.userId = claims->value(u"sub"_s).toString();
        if (s.email.isEmpty())
            s.email = claims->value(u"email"_s).toString();
    }
    if (s.role.isEmpty())
        s.role = user.value(u"app_metadata"_s).toObject().value(u"role"_s).toString();
    return s;
}

} // namespace leadops
