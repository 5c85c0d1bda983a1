#pragma once

#include "core/auth/AuthClient.h"
#include "core/auth/Connection.h"
#include "core/rest/PostgrestClient.h"

#include <memory>

class QSettings;

namespace leadops {

class SecretStore;

// The saved session in the secret store (Auth error "not signed in" when there is none).
Result<Session> loadSession(SecretStore& secrets);
// Keeps the session in the secret store (Session::keychainText: what fits).
Result<void> saveSession(SecretStore& secrets, const Session& session);

// A PostgREST client for the configured backend, authenticated by LEADOPS_ACCESS_TOKEN or the
// signed-in session (which refreshes itself and keeps the rotated token in `secrets`). Create and
// use it on one thread: it owns a QNetworkAccessManager.
struct Backend
{
    ConnectionConfig config;
    std::unique_ptr<AuthClient> auth;
    std::shared_ptr<BearerSource> bearer;
    std::unique_ptr<PostgrestClient> client;
    // Who the bearer is (the session, or the claims of LEADOPS_ACCESS_TOKEN): the workspace binds
    // to this user before it syncs.
    Session identity;
};
Result<Backend> openBackend(QSettings& settings, SecretStore& secrets);

} // namespace leadops
