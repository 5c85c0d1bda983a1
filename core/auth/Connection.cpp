#include "core/auth/Connection.h"

#include "core/auth/AuthClient.h"
#include "core/auth/SecretStore.h"
#include "core/obs/Logging.h"
#include "core/obs/Redactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use ConnectionText::tr.
struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};

QUrl join(const QUrl& base, const QString& path)
{
    QString s = base.toString();
    while (s.endsWith(u'/'))
        s.chop(1);
    return QUrl(s + path);
}
} // namespace

Result<QUrl> ConnectionConfig::checkProjectUrl(const QString& text, bool allowInsecure)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty() ||
        url.hasQuery())
        return fail(ErrorKind::Validation,
                    ConnectionText::tr(
                        "'%1' is not a project URL: expected https://<project-ref>.supabase.co (or http://host:port "
                        "for a local backend)")
                        .arg(text));
    const QString host = url.host().toLower();
    const bool loopback = host == u"localhost"_s || host == u"127.0.0.1"_s || host == u"::1"_s;
    if (url.scheme() == u"http"_s && !loopback && !allowInsecure)
        return fail(ErrorKind::Validation,
                    ConnectionText::tr("'%1' is not encrypted (http://): the anon key, passwords and tokens would "
                                       "cross the network readable. Use https://, or allow it explicitly for a "
                                       "trusted network (--allow-insecure)")
                        .arg(text));
    return url;
}

Result<ConnectionConfig> ConnectionConfig::resolve(QSettings& settings, SecretStore& secrets)
{
    ConnectionConfig c;
    const QString envProject = qEnvironmentVariable("LEADOPS_SUPABASE_URL");
    const QString project = envProject.isEmpty() ? settings.value(QLatin1String(kUrlSetting)).toString() : envProject;
    if (!project.isEmpty()) {
        auto url = checkProjectUrl(project, true); // accepted (and maybe allowed insecure) when it was saved
        if (!url)
            return tl::unexpected(url.error());
        c.projectUrl = *url;
        c.restUrl = join(*url, u"/rest/v1"_s);
        c.authUrl = join(*url, u"/auth/v1"_s);
    }
    if (const QString rest = qEnvironmentVariable("LEADOPS_REST_URL"); !rest.isEmpty())
        c.restUrl = QUrl(rest);
    if (const QString auth = qEnvironmentVariable("LEADOPS_AUTH_URL"); !auth.isEmpty())
        c.authUrl = QUrl(auth);
    c.anonKey = qEnvironmentVariable("LEADOPS_SUPABASE_ANON_KEY");
    if (c.anonKey.isEmpty() && c.isConfigured()) {
        // A missing keychain is not fatal here: a bare local PostgREST needs no anon key.
        if (const auto stored = secrets.read(QLatin1String(kAnonKeySecret)); stored && *stored)
            c.anonKey = **stored;
    }
    c.accessToken = qEnvironmentVariable("LEADOPS_ACCESS_TOKEN");
    redactor::addSecret(c.anonKey);
    redactor::addSecret(c.accessToken);
    return c;
}

SessionBearer::SessionBearer(Session session, AuthClient& auth, SecretStore* persistTo)
    : m_session(std::move(session)), m_auth(auth), m_persistTo(persistTo)
{}

bool SessionBearer::needsRefresh() const
{
    return m_session.needsRefresh(QDateTime::currentDateTimeUtc());
}

void SessionBearer::refresh(QObject* context, std::function<void(Result<void>)> done)
{
    // One refresh at a time: the refresh token is single-use, a second concurrent refresh with
    // the same token would sign the user out (refresh_token_already_used).
    if (m_waiting) {
        m_waiting->append(std::move(done));
        return;
    }
    m_waiting = std::make_shared<QList<std::function<void(Result<void>)>>>();
    m_waiting->append(std::move(done));
    m_auth.refresh(m_session.refreshToken).then(context, [this](Result<Session> refreshed) {
        Result<void> outcome;
        if (!refreshed) {
            outcome = tl::unexpected(refreshed.error());
        } else {
            m_session = *refreshed;
            qCInfo(lcAuth) << "session refreshed; expires at" << m_session.expiresAt.toString(Qt::ISODate);
            if (m_persistTo) {
                const auto saved =
                    m_persistTo->write(QLatin1String(ConnectionConfig::kSessionSecret), m_session.keychainText());
                if (!saved)
                    qCWarning(lcAuth) << "the refreshed session could not be saved:" << saved.error().message;
            }
        }
        const auto waiting = std::exchange(m_waiting, nullptr);
        for (const auto& callback : *waiting)
            callback(outcome);
    });
}

} // namespace leadops
