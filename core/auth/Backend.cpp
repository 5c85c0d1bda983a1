#include "Backend.h"

#include "SecretStore.h"

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
        return fail(ErrorKind::Auth,
                    QCoreApplication::translate("Backend", "Not signed in: run leadops login --email E"));
    const auto session = Session::fromJson(QJsonDocument::fromJson((**raw).toUtf8()).object());
    if (!session)
        return fail(ErrorKind::Auth,
                    QCoreApplication::translate("Backend", "The saved session is unreadable: run leadops login again"));
    return *session;
}

Result<Backend> openBackend(QSettings& settings, SecretStore& secrets)
{
    const auto c = ConnectionConfig::resolve(settings, secrets);
    if (!c)
        return tl::unexpected(c.error());
    if (!c->isConfigured())
        return fail(ErrorKind::Network,
                    QCoreApplication::translate("Backend", "No backend is configured: run leadops connect --url URL "
                                                           "(or set LEADOPS_REST_URL)"));
    Backend b;
    b.config = *c;
    b.auth = std::make_unique<AuthClient>(c->authUrl, c->anonKey);
    if (!c->accessToken.isEmpty()) {
        b.bearer = std::make_shared<StaticBearer>(c->accessToken);
    } else {
        const auto session = loadSession(secrets);
        if (!session)
            return tl::unexpected(session.error());
        b.bearer = std::make_shared<SessionBearer>(*session, *b.auth, &secrets);
    }
    b.client = std::make_unique<PostgrestClient>(RestEndpoint{c->restUrl, c->anonKey, 30'000}, b.bearer);
    return b;
}

} // namespace leadops
