#include "core/auth/Account.h"

#include "core/auth/Backend.h"
#include "core/auth/Jwt.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

std::optional<Session> identityOf(const QString& accessToken)
{
    const auto claims = jwt::payload(accessToken);
    if (!claims)
        return std::nullopt;
    Session s;
    s.accessToken = accessToken;
    s.userId = claims->value(u"sub"_s).toString();
    s.email = claims->value(u"email"_s).toString();
    s.role = jwt::appRole(*claims);
    s.expiresAt = jwt::expiresAt(*claims).value_or(QDateTime());
    return s;
}

std::optional<Session> signedInUser(const ConnectionConfig& config, SecretStore& secrets)
{
    if (!config.isConfigured())
        return std::nullopt;
    if (!config.accessToken.isEmpty())
        return identityOf(config.accessToken);
    if (auto saved = loadSession(secrets))
        return *saved;
    return std::nullopt;
}

QString projectKey(const ConnectionConfig& config)
{
    QString key = (config.projectUrl.isEmpty() ? config.restUrl : config.projectUrl).toString();
    while (key.endsWith(u'/'))
        key.chop(1);
    return key;
}

Actor actorFor(bool projectConfigured, const std::optional<Session>& signedIn,
               const std::optional<WorkspaceOwner>& owner, const QString& localName)
{
    if (!projectConfigured && !owner)
        return Actor::localUser(localName);
    if (signedIn && signedIn->isValid() && (!owner || owner->userId == signedIn->userId))
        return Actor::member(signedIn->email, signedIn->role);
    if (owner)
        return Actor::member(owner->email, owner->role);
    return Actor::localUser(localName);
}

Result<WorkspaceOwner> bindWorkspace(Database& db, const QString& project, const Session& user, const QDateTime& now)
{
    return WorkspaceOwnerStore(db).bind(WorkspaceOwner{project, user.userId, user.email, user.role, now});
}

} // namespace leadops
