#pragma once

#include "core/auth/Session.h"
#include "core/domain/Result.h"
#include "core/rest/RestTypes.h"

#include <QUrl>

#include <memory>

class QSettings;

namespace leadops {

class AuthClient;
class SecretStore;

// Where the backend is and how to authenticate. The project URL lives in QSettings; the anon key
// and the session in the SecretStore. For automation these environment variables win:
// LEADOPS_SUPABASE_URL (REST at /rest/v1, Auth at /auth/v1), LEADOPS_REST_URL and LEADOPS_AUTH_URL
// (direct endpoints), LEADOPS_SUPABASE_ANON_KEY, LEADOPS_ACCESS_TOKEN (a JWT used as the bearer).
struct ConnectionConfig
{
    QUrl projectUrl;
    QUrl restUrl;
    QUrl authUrl;
    QString anonKey;
    QString accessToken; // from LEADOPS_ACCESS_TOKEN

    bool isConfigured() const { return restUrl.isValid() && !restUrl.isEmpty(); }

    static constexpr const char* kUrlSetting = "supabase/url";
    static constexpr const char* kAnonKeySecret = "supabase-anon-key";
    static constexpr const char* kSessionSecret = "supabase-session";

    static Result<ConnectionConfig> resolve(QSettings& settings, SecretStore& secrets);
    // Checks a project URL the user typed: http(s), a host, no query.
    // http:// only to this computer (localhost, 127.0.0.1, ::1) unless `allowInsecure`: over a
    // network it would send the anon key, passwords and tokens in the clear.
    static Result<QUrl> checkProjectUrl(const QString& text, bool allowInsecure = false);
};

// The bearer of a signed-in session: refreshes itself (one refresh at a time) when the server says
// the access token expired, and keeps the rotated refresh token in the SecretStore.
class SessionBearer final : public BearerSource
{
public:
    SessionBearer(Session session, AuthClient& auth, SecretStore* persistTo);
    QString bearer() const override { return m_session.accessToken; }
    bool canRefresh() const override { return !m_session.refreshToken.isEmpty(); }
    bool needsRefresh() const override;
    void refresh(QObject* context, std::function<void(Result<void>)> done) override;
    const Session& session() const { return m_session; }

private:
    Session m_session;
    AuthClient& m_auth;
    SecretStore* m_persistTo;
    std::shared_ptr<QList<std::function<void(Result<void>)>>> m_waiting;
};

} // namespace leadops
