#pragma once

// The team account of a workspace, shared by the window and the command line: who its changes
// are made by (the Actor), and whose workspace it is (one user of one project).
#include "core/auth/Connection.h"
#include "core/auth/Session.h"
#include "core/domain/Actor.h"
#include "core/store/WorkspaceOwner.h"

#include <optional>

class QSettings;

namespace leadops {

class Database;
class SecretStore;

// The user a bare access token belongs to (sub, email, app_metadata.role), as a session without
// a refresh token; nullopt when the token is not a readable JWT.
std::optional<Session> identityOf(const QString& accessToken);

// The user signed in to a configured project: the claims of LEADOPS_ACCESS_TOKEN, else the
// session saved in `secrets`; nullopt with no project or no session. Only a configured project
// asks the keychain, so local-only use never does.
std::optional<Session> signedInUser(const ConnectionConfig& config, SecretStore& secrets);

// The project a workspace binds to: the saved project URL, or the REST URL for direct endpoints.
QString projectKey(const ConnectionConfig& config);

// Who works in a workspace. No project saved: the local user, without limits. Signed in: the
// member with their role. Signed out of a workspace that has an owner: the owner, with the role
// of their last sign-in (offline work stays theirs; the server checks again at the next sync).
// Connected but never signed in: the local user until the first sign-in binds the workspace.
Actor actorFor(bool projectConfigured, const std::optional<Session>& signedIn,
               const std::optional<WorkspaceOwner>& owner, const QString& localName);

// Where a user's workspace is under `base` (the --workspace folder, or the default): `base` itself
// while it has no owner or is theirs; else their own, base/users/<user id>. Whoever signs in on a
// computer works in their own rows and outbox, never in another user's. An empty `userId` (nobody
// signed in) is `base`.
QString workspaceDirectoryFor(const QString& base, const QString& userId);
// The other way: the base folder a workspace folder belongs to (itself unless it is a user's own
// folder under base/users/). The computer's logs and run records are kept there.
QString workspaceBaseDirectory(const QString& directory);
// The same for whoever is signed in to the saved project (nobody: `base`).
QString workspaceDirectoryFor(const QString& base, QSettings& settings, SecretStore& secrets);

// Binds the workspace to the user (first sign-in or sync) or refreshes their e-mail and role;
// another user or project is refused (code "other_owner").
Result<WorkspaceOwner> bindWorkspace(Database& db, const QString& project, const Session& user, const QDateTime& now);

} // namespace leadops
