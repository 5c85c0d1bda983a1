#include "core/auth/Account.h"

#include "core/Workspace.h"
#include "core/auth/Backend.h"
#include "core/auth/Jwt.h"
#include "core/store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

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
        return Actor::member(signedIn->email, signedIn->role, signedIn->userId);
    if (owner)
        return Actor::member(owner->email, owner->role, owner->userId);
    return Actor::localUser(localName);
}

QString workspaceDirectoryFor(const QString& base, const QString& userId)
{
    const QString file = QDir(base).filePath(Workspace::databaseFileName());
    if (userId.isEmpty() || !QFileInfo::exists(file))
        return base;
    // Read-only: deciding where to go never changes (or migrates) somebody else's file.
    const auto db = Database::openReader(file);
    if (!db)
        return base; // unreadable here: opening it says what is wrong
    const auto owner = WorkspaceOwnerStore(**db).get();
    if (!owner || !*owner || (*owner)->sameUser(userId))
        return base;
    // Auth's ids are UUIDs; anything else (a hand-made token) still names one folder, inside base.
    static const QRegularExpression uuidLike(u"^[0-9A-Za-z-]{1,64}$"_s);
    const QString folder =
        uuidLike.match(userId).hasMatch()
            ? userId
            : QString::fromLatin1(
                  QCryptographicHash::hash(userId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    return QDir(base).filePath(u"users/"_s + folder);
}

QString workspaceBaseDirectory(const QString& directory)
{
    // By path alone: the user's folder may not exist yet.
    const QFileInfo users(QFileInfo(QDir::cleanPath(directory)).path());
    if (users.fileName() != u"users"_s)
        return directory;
    const QString base = users.path();
    // Only a folder this console made: its base holds a workspace too.
    return QFileInfo::exists(QDir(base).filePath(Workspace::databaseFileName())) ? base : directory;
}

QString workspaceDirectoryFor(const QString& base, QSettings& settings, SecretStore& secrets)
{
    const auto config = ConnectionConfig::resolve(settings, secrets);
    if (!config || !config->isConfigured())
        return base;
    const auto user = signedInUser(*config, secrets);
    return workspaceDirectoryFor(base, user ? user->userId : QString());
}

Result<WorkspaceOwner> bindWorkspace(Database& db, const QString& project, const Session& user, const QDateTime& now)
{
    return WorkspaceOwnerStore(db).bind(WorkspaceOwner{project, user.userId, user.email, user.role, now});
}

} // namespace leadops
