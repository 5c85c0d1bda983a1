#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <algorithm>
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

    // Signed in: a token to use, or one to get a new one with.
    bool isValid() const { return !accessToken.isEmpty() || !refreshToken.isEmpty(); }
    qint64 lifetimeSecs = 0; // expires_in at issue (0: not known)

    // Refresh a little before expiry, as auth-js does (90 s margin; half the lifetime for a token
    // that lives under 3 minutes, which would otherwise be refreshed before every request), and at
    // once when the access token was not kept (see keychainText).
    bool needsRefresh(const QDateTime& now) const
    {
        const qint64 margin = lifetimeSecs > 0 ? std::min<qint64>(90, lifetimeSecs / 2) : 90;
        return accessToken.isEmpty() || !expiresAt.isValid() || now.secsTo(expiresAt) < margin;
    }

    QJsonObject toJson() const;
    // What the keychain keeps: the whole session when it fits in SecretStore::kMaxSecretBytes,
    // else without the access token (an access token carrying large user metadata can pass the
    // limit on its own): the refresh token gets a new one at the first use.
    QString keychainText() const;
    // A session needs a refresh token; the access token may be missing (refreshed before use).
    static std::optional<Session> fromJson(const QJsonObject& o);
    // From a token endpoint response; the role and e-mail come from the access token.
    static std::optional<Session> fromTokenResponse(const QJsonObject& o, const QDateTime& now);
};

} // namespace leadops
