#include "core/auth/Backend.h"

#include "core/auth/Account.h"
#include "core/auth/SecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

Result<Session> loadSession(SecretStore& secrets)
{
    const auto raw = secrets.read(QLatin1String(ConnectionConfig::kSessionSecret));
    if (!raw)
        return tl::unexpected(raw.error());
    if (!*raw)
        return tl::unexpected(
            Error{ErrorKind::Auth, QCoreApplication::translate("Backend", "Not signed in"), {}, 0, u"signed_out"_s});
    const auto session = Session::fromJson(QJsonDocument::fromJson((**raw).toUtf8()).object());
    if (!session)
        return tl::unexpected(Error{ErrorKind::Auth,
                                    QCoreApplication::translate("Backend", "The saved session is unreadable"),
                                    {},
                                    0,
                                    u"signed_out"_s});
    return *session;
}

Result<void> saveSession(SecretStore& secrets, const Session& session)
{
    return secrets.write(QLatin1String(ConnectionConfig::kSessionSecret), session.keychainText());
}

Result<Backend> openBackend(QSettings& settings, SecretStore& secrets)
{
    const auto c = ConnectionConfig::resolve(settings, secrets);
    if (!c)
        return tl::unexpected(c.error());
    if (!c->isConfigured())
        return tl::unexpected(Error{ErrorKind::Network,
                                    QCoreApplication::translate("Backend", "No backend is configured"),
                                    {},
                                    0,
                                    u"not_configured"_s});
    Backend b;
    b.config = *c;
    b.auth = std::make_unique<AuthClient>(c->authUrl, c->anonKey);
    if (!c->accessToken.isEmpty()) {
        b.bearer = std::make_shared<StaticBearer>(c->accessToken);
        b.identity = identityOf(c->accessToken).value_or(Session{});
    } else {
        const auto session = loadSession(secrets);
        if (!session)
            return tl::unexpected(session.error());
        b.bearer = std::make_shared<SessionBearer>(*session, *b.auth, &secrets);
        b.identity = *session;
    }
    b.client = std::make_unique<PostgrestClient>(RestEndpoint{c->restUrl, c->anonKey, 30'000}, b.bearer);
    return b;
}

} // namespace leadops
