#pragma once

#include "core/auth/Connection.h"
#include "core/auth/Session.h"
#include "core/domain/Result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace leadops {

class AuthClient;
class SecretStore;
class Workspace;

// The window's way to the team's data: connect to a Supabase project, sign in, recover a password,
// sign out. Keeps the workspace's actor (who changes are recorded by, and what their role may
// change) in step with the saved session, and binds the workspace to its user at sign-in. The
// secrets go to the OS keychain only.
class AccountController final : public QObject
{
    Q_OBJECT

public:
    AccountController(Workspace& workspace, SecretStore& keychain, QObject* parent = nullptr);
    ~AccountController() override;

    // Reads the saved project and session again, sets the workspace's actor, emits changed().
    void reload();

    bool projectConfigured() const { return m_config.isConfigured(); }
    QString projectUrl() const;
    const std::optional<Session>& session() const { return m_session; }
    // "e-mail · role" while signed in; "Signed out" for a team workspace; empty when local only.
    QString statusText() const;

    // Checks the project live (REST answers at /rest/v1/, Auth at /auth/v1/health) before the URL
    // goes to the settings and the anon key to the keychain.
    void connectProject(const QString& url, const QString& anonKey, bool allowInsecure,
                        std::function<void(Result<void>)> done);
    // The password grant; the session goes to the keychain and the workspace binds to the user.
    // A workspace that is another user's stays theirs: the session is kept and
    // ownWorkspaceElsewhere() says the window must reopen on the new user's own workspace.
    void signIn(const QString& email, const QString& password, std::function<void(Result<Session>)> done);
    void recover(const QString& email, std::function<void(Result<void>)> done);
    // Forgets the session (and tells the server); the local changes stay. Returns how many wait.
    Result<qint64> signOut();

Q_SIGNALS:
    void changed();
    // Signed in as `email`, whose workspace is another folder than this one (another user's).
    void ownWorkspaceElsewhere(const QString& email);

private:
    Workspace& m_workspace;
    SecretStore& m_keychain;
    ConnectionConfig m_config;
    std::optional<Session> m_session;
    QNetworkAccessManager* m_nam = nullptr;
    std::unique_ptr<AuthClient> m_auth;
};

} // namespace leadops
