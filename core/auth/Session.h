#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace leadops {

// A signed-in Supabase Auth session. The tokens are secrets: they live in memory and in the OS
// keychain only, never in QSettings, logs or files.
struct Session
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;
    QString userId;
    QString email;
    QString role; // app_metadata.role: sales_manager, marketer, analyst (empty: none)

    bool isValid() const { return !accessToken.isEmpty(); }
    // Refresh a little before expiry, as auth-js does (90 s margin).
    bool needsRefresh(const QDateTime& now) const { return !expiresAt.isValid() || now.secsTo(expiresAt) < 90; }

    QJsonObject toJson() const; // for the keychain
    static std::optional<Session> fromJson(const QJsonObject& o);
    // From a token endpoint response; the role and e-mail come from the access token.
    static std::optional<Session> fromTokenResponse(const QJsonObject& o, const QDateTime& now);
};

} // namespace leadops
