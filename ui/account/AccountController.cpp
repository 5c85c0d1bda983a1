#include "ui/account/AccountController.h"

#include "core/Workspace.h"
#include "core/auth/Account.h"
#include "core/auth/AuthClient.h"
#include "core/auth/Backend.h"
#include "core/auth/SecretStore.h"
#include "core/store/Outbox.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

AccountController::AccountController(Workspace& workspace, SecretStore& keychain, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_keychain(keychain), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setTransferTimeout(15'000);
    reload();
}

AccountController::~AccountController() = default;

void AccountController::reload()
{
    QSettings settings;
    const auto config = ConnectionConfig::resolve(settings, m_keychain);
    m_config = config ? *config : ConnectionConfig{};
    m_session = signedInUser(m_config, m_keychain);
    m_auth = m_config.authUrl.isEmpty() ? nullptr : std::make_unique<AuthClient>(m_config.authUrl, m_config.anonKey);
    const auto owner = WorkspaceOwnerStore(m_workspace.database()).get();
    m_workspace.setActor(
        actorFor(m_config.isConfigured(), m_session, owner ? *owner : std::nullopt, m_workspace.localUserName()));
    Q_EMIT changed();
}

QString AccountController::projectUrl() const
{
    return projectKey(m_config);
}

QString AccountController::statusText() const
{
    if (!m_config.isConfigured())
        return {};
    if (!m_session)
        return tr("Signed out");
    return m_session->role.isEmpty() ? tr("%1 · no role").arg(m_session->email)
                                     : tr("%1 · %2").arg(m_session->email, m_session->role);
}

void AccountController::connectProject(const QString& url, const QString& anonKey, bool allowInsecure,
                                       std::function<void(Result<void>)> done)
{
    const auto project = ConnectionConfig::checkProjectUrl(url, allowInsecure);
    if (!project)
        return done(tl::unexpected(project.error()));
    const QString key = anonKey.trimmed();
    if (key.isEmpty())
        return done(fail(ErrorKind::Validation, tr("Paste the project's anon (publishable) key: Supabase shows it "
                                                   "under Project Settings ▸ API")));
    QString base = project->toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    // REST first: the project answers its OpenAPI description at /rest/v1/ to the anon key.
    QNetworkRequest rest(QUrl(base + u"/rest/v1/"_s));
    rest.setRawHeader("apikey", key.toUtf8());
    rest.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    QNetworkReply* reply = m_nam->get(rest);
    connect(reply, &QNetworkReply::finished, this, [this, reply, base, key, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool json = reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(u"json"_s);
        if (status == 0)
            return done(fail(ErrorKind::Network, tr("%1 cannot be reached: %2").arg(base, reply->errorString())));
        if (status == 401 || status == 403)
            return done(fail(ErrorKind::Auth, tr("The project refused the key (HTTP %1): copy the anon "
                                                 "(publishable) key again from Project Settings ▸ API")
                                                  .arg(status)));
        if (status >= 400 || !json)
            return done(fail(ErrorKind::Validation, tr("%1 does not answer like a Supabase project (HTTP %2 at "
                                                       "/rest/v1/): check the project URL")
                                                        .arg(base)
                                                        .arg(status)));
        auto auth = std::make_shared<AuthClient>(QUrl(base + u"/auth/v1"_s), key);
        auth->health().then(this, [this, auth, base, key, done](Result<void> health) {
            if (!health)
                return done(fail(health.error().kind,
                                 tr("Supabase Auth of %1 does not answer: %2").arg(base, health.error().message)));
            // The key before the URL: without a keychain nothing at all is saved.
            if (auto saved = m_keychain.write(QLatin1String(ConnectionConfig::kAnonKeySecret), key); !saved)
                return done(tl::unexpected(saved.error()));
            QSettings settings;
            settings.setValue(QLatin1String(ConnectionConfig::kUrlSetting), base);
            settings.sync();
            reload();
            done({});
        });
    });
}

void AccountController::signIn(const QString& email, const QString& password, std::function<void(Result<Session>)> done)
{
    if (!m_auth)
        return done(fail(ErrorKind::Validation, tr("Connect to your team's Supabase project first")));
    m_auth->signIn(email.trimmed(), password).then(this, [this, done](Result<Session> session) {
        if (!session)
            return done(session);
        // One workspace per user: another user's sign-in never adopts these rows and changes; their
        // own workspace opens instead (workspaceDirectoryFor).
        const auto bound =
            bindWorkspace(m_workspace.database(), projectKey(m_config), *session, m_workspace.clock().now());
        if (!bound && bound.error().code != u"other_owner"_s)
            return done(tl::unexpected(bound.error()));
        if (auto saved = saveSession(m_keychain, *session); !saved) {
            Error e = saved.error();
            e.message = tr("Signed in, but the session cannot be kept: %1").arg(e.message);
            return done(tl::unexpected(e));
        }
        reload();
        if (!bound)
            Q_EMIT ownWorkspaceElsewhere(session->email);
        done(session);
    });
}

void AccountController::recover(const QString& email, std::function<void(Result<void>)> done)
{
    if (!m_auth)
        return done(fail(ErrorKind::Validation, tr("Connect to your team's Supabase project first")));
    if (!email.contains(u'@'))
        return done(fail(ErrorKind::Validation, tr("Type the e-mail address you sign in with first")));
    m_auth->recover(email.trimmed()).then(this, [done](Result<void> r) { done(r); });
}

Result<qint64> AccountController::signOut()
{
    if (m_session && m_auth && !m_session->refreshToken.isEmpty())
        m_auth->signOut(*m_session); // best effort: the local sign-out does not wait for it
    if (auto removed = m_keychain.remove(QLatin1String(ConnectionConfig::kSessionSecret)); !removed)
        return tl::unexpected(removed.error());
    reload();
    return Outbox(m_workspace.database()).count(u"pending"_s);
}

} // namespace leadops
