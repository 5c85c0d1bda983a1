// Sign-in and refresh: the Supabase Auth double issues real HS256 JWTs that the real PostgREST
// accepts; an expired token is refreshed once (one refresh for concurrent requests) and retried.
#include "tests/support/BackendEnv.h"
#include "tests/support/TestServers.h"

#include "core/auth/AuthClient.h"
#include "core/auth/Connection.h"
#include "core/auth/Jwt.h"
#include "core/auth/SecretStore.h"
#include "core/rest/PostgrestClient.h"
#include "core/rest/Repositories.h"

#include <QElapsedTimer>
#include <QJsonDocument>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestAuth : public QObject
{
    Q_OBJECT

    BackendEnv m_env;
    std::unique_ptr<AuthDouble> m_double;

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        m_env = BackendEnv::load(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_double = std::make_unique<AuthDouble>(m_env.secret());
        QVERIFY(m_double->listen());
        m_double->addUser(u"aigerim@leadops.kz"_s, u"correct horse"_s, u"sales_manager"_s);
        m_double->addUser(u"timur@leadops.kz"_s, u"battery staple"_s, u"marketer"_s);
    }

    void wrongPasswordIsRefused()
    {
        AuthClient auth(m_double->authUrl(), u"anon"_s);
        const auto s = waitFor(auth.signIn(u"aigerim@leadops.kz"_s, u"Hunter2-guess"_s));
        QVERIFY(!s);
        QCOMPARE(s.error().kind, ErrorKind::Auth);
        QCOMPARE(s.error().code, u"invalid_credentials"_s);
        QCOMPARE(s.error().message, u"The e-mail or the password is wrong"_s);
        QVERIFY(!s.error().message.contains(u"Hunter2-guess"_s)); // the password never appears in a message
    }

    void signedInTokenWorksOnPostgrest()
    {
        AuthClient auth(m_double->authUrl(), u"anon"_s);
        const auto s = waitFor(auth.signIn(u"aigerim@leadops.kz"_s, u"correct horse"_s));
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->role, u"sales_manager"_s);
        QCOMPARE(s->email, u"aigerim@leadops.kz"_s);
        QVERIFY(s->expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE(jwt::appRole(*jwt::payload(s->accessToken)), u"sales_manager"_s);
        // The double's request carried the apikey header, as Supabase requires.
        QCOMPARE(m_double->exchanges().last().headers.value("apikey"), QByteArray("anon"));

        PostgrestClient client(RestEndpoint{QUrl(m_env.restUrl()), {}, 10'000},
                               std::make_shared<StaticBearer>(s->accessToken));
        const auto page = waitFor(LeadRepository(client).list({}));
        QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    }

    void expiredTokenRefreshesOnceAndRetries()
    {
        AuthClient auth(m_double->authUrl(), u"anon"_s);
        m_double->setAccessTokenLifetime(-120); // already expired beyond PostgREST's 30 s leeway
        const auto expired = waitFor(auth.signIn(u"timur@leadops.kz"_s, u"battery staple"_s));
        m_double->setAccessTokenLifetime(3600);
        QVERIFY(expired);

        // Without a way to refresh, the user gets the 401 as a readable error.
        PostgrestClient plain(RestEndpoint{QUrl(m_env.restUrl()), {}, 10'000},
                              std::make_shared<StaticBearer>(expired->accessToken));
        const auto refused = waitFor(NicheRepository(plain).list());
        QVERIFY(!refused);
        QCOMPARE(refused.error().httpStatus, 401);
        QCOMPARE(refused.error().code, u"PGRST301"_s);
        QVERIFY2(refused.error().message.contains(u"JWT expired"_s), qPrintable(refused.error().message));

        MemorySecretStore secrets;
        auto bearer = std::make_shared<SessionBearer>(*expired, auth, &secrets);
        PostgrestClient client(RestEndpoint{QUrl(m_env.restUrl()), {}, 10'000}, bearer);
        const int refreshesBefore = m_double->refreshGrants;
        // Two requests in flight with the same expired token: one refresh serves both.
        NicheRepository niches(client);
        CampaignRepository campaigns(client);
        auto f1 = niches.list();
        auto f2 = campaigns.list();
        const auto r1 = waitFor(f1);
        const auto r2 = waitFor(f2);
        QVERIFY2(r1, r1 ? "" : qPrintable(r1.error().message));
        QVERIFY2(r2, r2 ? "" : qPrintable(r2.error().message));
        QCOMPARE(m_double->refreshGrants - refreshesBefore, 1);
        QVERIFY(bearer->session().accessToken != expired->accessToken);
        QVERIFY(bearer->session().refreshToken != expired->refreshToken); // rotated
        // The rotated session was kept.
        const auto kept = secrets.read(QLatin1String(ConnectionConfig::kSessionSecret));
        QVERIFY(kept && *kept);
        QCOMPARE(Session::fromJson(QJsonDocument::fromJson((**kept).toUtf8()).object())->refreshToken,
                 bearer->session().refreshToken);

        // The old refresh token is single-use: reusing it is refused.
        const auto reuse = waitFor(auth.refresh(expired->refreshToken));
        QVERIFY(!reuse);
        QCOMPARE(reuse.error().code, u"refresh_token_not_found"_s);
    }

    void signOut()
    {
        AuthClient auth(m_double->authUrl(), u"anon"_s);
        const auto s = waitFor(auth.signIn(u"aigerim@leadops.kz"_s, u"correct horse"_s));
        const int before = m_double->logouts;
        QVERIFY(waitFor(auth.signOut(s->accessToken)));
        QCOMPARE(m_double->logouts, before + 1);
        QVERIFY(waitFor(auth.health()));
    }

    // Issue 15, defect 4, for the token endpoints too: a server that accepts and never answers, and
    // one that sends without end, are given up on in bounded time as "offline".
    void silentOrEndlessAuthIsGivenUp()
    {
        MiniHttpServer silent([](const HttpExchange&) { return QByteArray(); }); // never answers
        QVERIFY(silent.listen());
        AuthClient auth(silent.url().resolved(QUrl(u"/auth/v1"_s)), {});
        auth.setLimits(1500, 1 << 20);
        QElapsedTimer t;
        t.start();
        const auto s = waitFor(auth.signIn(u"a@b.kz"_s, u"x"_s));
        QVERIFY(!s);
        QCOMPARE(s.error().code, u"deadline"_s);
        QVERIFY(isTransient(s.error()));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));

        MiniHttpServer endless([](const HttpExchange&) {
            return MiniHttpServer::response(200, "application/json", QByteArray(3 << 20, ' '));
        });
        QVERIFY(endless.listen());
        AuthClient big(endless.url().resolved(QUrl(u"/auth/v1"_s)), {});
        big.setLimits(10'000, 1 << 20);
        const auto b = waitFor(big.signIn(u"a@b.kz"_s, u"x"_s));
        QVERIFY(!b);
        QVERIFY2(b.error().message.contains(u"cut off"_s), qPrintable(b.error().message));
    }

    void unreachableAuthIsAClearError()
    {
        AuthClient auth(QUrl(u"http://127.0.0.1:9/auth/v1"_s), {});
        const auto s = waitFor(auth.signIn(u"a@b.kz"_s, u"x"_s));
        QCOMPARE(s.error().kind, ErrorKind::Network);
        QVERIFY(s.error().message.startsWith(u"Cannot reach Supabase Auth"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
