// Secrets in a real Secret Service (gnome-keyring under dbus-run-session, started by ctest), and
// the CLI's connect / login / whoami / logout against the Auth double: secrets reach the keychain
// and nothing else.
#include "tests/support/BackendEnv.h"
#include "tests/support/TestServers.h"

#include "core/auth/SecretStore.h"
#include "core/rest/PostgrestClient.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    BackendEnv m_backend; // the real PostgREST and its JWT secret, from the ctest fixture

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    // Runs leadops with `input` on stdin while this test's event loop keeps serving the double.
    Run leadops(const QStringList& args, const QByteArray& input, const QProcessEnvironment& extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        for (const QString& k : extra.keys())
            env.insert(k, extra.value(k));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LEADOPS_BIN"), args);
        p.write(input);
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(30'000))
            return {};
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }

    // Every file under the test's home (settings, workspace, logs): none may contain a secret.
    int occurrences(const QByteArray& secret)
    {
        int hits = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
                ++hits;
        }
        return hits;
    }

    // The environment of a command line in its own home (settings, workspace and logs under
    // `home`), talking to the Auth double and the real PostgREST.
    QProcessEnvironment teamEnvironment(const AuthDouble& auth, const QTemporaryDir& home) const
    {
        QProcessEnvironment env;
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"LEADOPS_AUTH_URL"_s, auth.authUrl().toString());
        env.insert(u"LEADOPS_REST_URL"_s, m_backend.restUrl());
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
                 "run under dbus-run-session with gnome-keyring-daemon --unlock (ctest does)");
        QString problem;
        m_backend = BackendEnv::load(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void roundTrip()
    {
        KeychainSecretStore store(u"LeadOps Console tests"_s);
        QVERIFY2(store.write(u"probe"_s, u"s3cret"_s), "write");
        const auto read = store.read(u"probe"_s);
        QVERIFY(read);
        QCOMPARE(read->value_or(QString()), u"s3cret"_s);
        QVERIFY(store.write(u"probe"_s, u"changed"_s));
        QCOMPARE(store.read(u"probe"_s)->value_or(QString()), u"changed"_s);
        QVERIFY(store.remove(u"probe"_s));
        QVERIFY(!store.read(u"probe"_s)->has_value());
        QVERIFY(store.remove(u"probe"_s)); // removing what is not there is fine
        // Windows' Credential Manager keeps at most 2,560 bytes an item; every store holds to it, so
        // that what passes here passes there.
        const QString fits(SecretStore::kMaxSecretBytes, u'x');
        QVERIFY(store.write(u"big"_s, fits));
        QCOMPARE(store.read(u"big"_s)->value_or(QString()), fits);
        const auto tooBig = store.write(u"big"_s, fits + u'x');
        QVERIFY(!tooBig);
        QCOMPARE(tooBig.error().code, u"too_large"_s);
        QVERIFY2(tooBig.error().message.contains(u"2561 bytes"_s), qPrintable(tooBig.error().message));
        QCOMPARE(store.read(u"big"_s)->value_or(QString()), fits); // the refused write changed nothing
        QVERIFY(store.remove(u"big"_s));
    }

    // A session whose access token alone is larger than a keychain item (3,000 bytes of user
    // metadata), with tokens that live 60 s: the keychain keeps the refresh token, and a run of
    // commands each refresh before their first request, rotating the refresh token every time.
    void longSessionKeepsWhatFitsAndRotates()
    {
        AuthDouble auth(m_backend.secret());
        QVERIFY(auth.listen());
        auth.addUser(u"dana@leadops.kz"_s, u"Long-5ession"_s, u"sales_manager"_s);
        auth.setUserMetadataBytes(3000);
        auth.setAccessTokenLifetime(60); // under the 90 s margin: every use refreshes first
        QTemporaryDir home;
        const QProcessEnvironment env = teamEnvironment(auth, home);
        QCOMPARE(leadops({u"connect"_s, u"--url"_s, u"http://127.0.0.1:54321"_s}, "anon\n", env).code, 0);
        const Run in = leadops({u"login"_s, u"--email"_s, u"dana@leadops.kz"_s}, "Long-5ession\n", env);
        QVERIFY2(in.code == 0, qPrintable(in.err));
        QVERIFY(auth.issuedAccessTokens.last().size() > SecretStore::kMaxSecretBytes);

        KeychainSecretStore keychain(u"LeadOps Console"_s);
        const auto kept = [&keychain] {
            const auto raw = keychain.read(u"supabase-session"_s);
            return raw && *raw ? **raw : QString();
        };
        QVERIFY(kept().toUtf8().size() <= SecretStore::kMaxSecretBytes);
        QVERIFY(!kept().contains(u"access_token"_s));
        QVERIFY(kept().contains(auth.issuedRefreshTokens.last()));

        constexpr int kRuns = 8;
        for (int i = 0; i < kRuns; ++i) {
            const Run synced = leadops({u"sync"_s, u"--json"_s}, {}, env);
            QVERIFY2(synced.code == 0, qPrintable(synced.err));
            // Each run refreshed once, before its first request, and kept the rotated token.
            QCOMPARE(auth.refreshGrants, i + 1);
            QVERIFY(kept().contains(auth.issuedRefreshTokens.last()));
            QVERIFY(kept().toUtf8().size() <= SecretStore::kMaxSecretBytes);
        }
        // Every refresh token was used once: a reuse would have been refused by the double.
        QCOMPARE(auth.issuedRefreshTokens.size(), kRuns + 1);
        QCOMPARE(QSet<QString>(auth.issuedRefreshTokens.begin(), auth.issuedRefreshTokens.end()).size(), kRuns + 1);
        // The requests PostgREST saw carried the refreshed user's token: the sync bound the
        // workspace to her.
        const Run account = leadops({u"account"_s, u"--json"_s}, {}, env);
        QVERIFY2(account.code == 0, qPrintable(account.err));
        QCOMPARE(QJsonDocument::fromJson(account.out.toUtf8()).object().value(u"workspace_owner"_s).toString(),
                 u"dana@leadops.kz"_s);
        // Sign out tells the server with a fresh access token (none was kept) and forgets the rest.
        const int logoutsBefore = auth.logouts;
        QCOMPARE(leadops({u"logout"_s}, {}, env).code, 0);
        QCOMPARE(auth.logouts, logoutsBefore + 1);
        QVERIFY(kept().isEmpty());
    }

    void cliSessionLivesInTheKeychainOnly()
    {
        // The Auth double signs with the real backend's secret, so the session works on PostgREST.
        AuthDouble auth(m_backend.secret());
        QVERIFY(auth.listen());
        auth.addUser(u"aigerim@leadops.kz"_s, u"Pa55-word!"_s, u"sales_manager"_s);
        const QByteArray anonKey = "anon-key-eyJhbGciOiJIUzI1NiJ9.c2VjcmV0";
        QProcessEnvironment env;
        env.insert(u"LEADOPS_AUTH_URL"_s, auth.authUrl().toString());
        env.insert(u"LEADOPS_REST_URL"_s, m_backend.restUrl());

        const Run connected = leadops({u"connect"_s, u"--url"_s, u"http://127.0.0.1:54321"_s}, anonKey + '\n', env);
        QVERIFY2(connected.code == 0, qPrintable(connected.err));
        const Run bad = leadops({u"login"_s, u"--email"_s, u"aigerim@leadops.kz"_s}, "nope\n", env);
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(u"The e-mail or the password is wrong"_s), qPrintable(bad.err));
        const Run in = leadops({u"login"_s, u"--email"_s, u"aigerim@leadops.kz"_s}, "Pa55-word!\n", env);
        QVERIFY2(in.code == 0, qPrintable(in.err));
        QVERIFY2(in.out.contains(u"role sales_manager"_s), qPrintable(in.out));
        QCOMPARE(auth.exchanges().last().headers.value("apikey"), anonKey); // the key came from the keychain

        // A sync with the signed-in session, then a failing call (the server unreachable).
        const Run synced = leadops({u"sync"_s, u"--json"_s}, {}, env);
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        QProcessEnvironment down = env;
        down.insert(u"LEADOPS_REST_URL"_s, u"http://127.0.0.1:9"_s);
        const Run failing = leadops({u"sync"_s, u"--json"_s}, {}, down);
        QCOMPARE(failing.code, 3);
        const Run who = leadops({u"whoami"_s, u"--json"_s}, {}, env);
        QCOMPARE(who.code, 0);
        const QJsonObject me = QJsonDocument::fromJson(who.out.toUtf8()).object();
        QCOMPARE(me.value(u"email"_s).toString(), u"aigerim@leadops.kz"_s);
        QCOMPARE(me.value(u"role"_s).toString(), u"sales_manager"_s);

        // The command line applies the role as the window does: a sales manager may not change
        // niches, in the same words, and nothing is queued for the server.
        const Run niche =
            leadops({u"niche"_s, u"create"_s, u"--name"_s, u"N"_s, u"--market"_s, u"almaty"_s, u"--category"_s, u"c"_s},
                    {}, env);
        QCOMPARE(niche.code, 1);
        QVERIFY2(niche.err.contains(u"Your role (sales_manager) can't change niches"_s), qPrintable(niche.err));
        const Run account = leadops({u"account"_s, u"--json"_s}, {}, env);
        QVERIFY2(account.code == 0, qPrintable(account.err));
        const QJsonObject acc = QJsonDocument::fromJson(account.out.toUtf8()).object();
        QCOMPARE(acc.value(u"mode"_s).toString(), u"team"_s);
        QCOMPARE(acc.value(u"user"_s).toString(), u"aigerim@leadops.kz"_s);
        QCOMPARE(acc.value(u"role"_s).toString(), u"sales_manager"_s);
        QCOMPARE(acc.value(u"pending_changes"_s).toInt(), 0);
        QCOMPARE(acc.value(u"workspace_owner"_s).toString(), u"aigerim@leadops.kz"_s); // bound by the sync

        // Secrets are nowhere on disk under the user's folders, nor in what the CLI printed.
        QVERIFY(QFile::exists(m_home.filePath(u"config/LeadOps/LeadOps Console.conf"_s)));
        const QList<QByteArray> secrets = {anonKey, "Pa55-word!", auth.issuedAccessTokens.last().toUtf8(),
                                           auth.issuedRefreshTokens.last().toUtf8()};
        for (const QByteArray& s : secrets) {
            QCOMPARE(occurrences(s), 0);
            for (const Run& r : {connected, bad, in, synced, failing, who, niche, account}) {
                QVERIFY(!r.out.toUtf8().contains(s));
                QVERIFY(!r.err.toUtf8().contains(s));
            }
        }

        const Run out = leadops({u"logout"_s}, {}, env);
        QCOMPARE(out.code, 0);
        // The log saw the sign-in and the failed health check, and no secret.
        const QString logs = m_home.filePath(u"data/LeadOps/LeadOps Console/workspace/logs/leadops.log"_s);
        QFile log(logs);
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(logs));
        const QByteArray logText = log.readAll();
        QVERIFY(logText.contains("auth/token"));
        // 200, or 206 when the server sent its row estimate (count=planned) with a partial page.
        QVERIFY(logText.contains("GET leads -> 200") || logText.contains("GET leads -> 206"));
        QVERIFY(logText.contains("Cannot reach the server"));
        for (const QByteArray& s : secrets)
            QCOMPARE(occurrences(s), 0);
        QCOMPARE(auth.logouts, 1);
        QCOMPARE(leadops({u"whoami"_s}, {}, env).code, 1);
    }

    // One workspace per user of a project: a second user who signs in on the same computer works
    // in their own folder; the first user's offline change is neither seen nor pushed under the
    // second user's token, and waits in the first user's workspace for their next sign-in.
    void eachUserWorksInTheirOwnWorkspace()
    {
        AuthDouble auth(m_backend.secret());
        QVERIFY(auth.listen());
        auth.addUser(u"timur@leadops.kz"_s, u"Mark3ter!"_s, u"marketer"_s);
        auth.addUser(u"saule@leadops.kz"_s, u"Mark3ter-2"_s, u"marketer"_s);
        QTemporaryDir home;
        const QProcessEnvironment env = teamEnvironment(auth, home);
        const auto account = [&] {
            const Run r = leadops({u"account"_s, u"--json"_s}, {}, env);
            return QJsonDocument::fromJson(r.out.toUtf8()).object();
        };
        QCOMPARE(leadops({u"connect"_s, u"--url"_s, u"http://127.0.0.1:54321"_s}, "anon\n", env).code, 0);
        QCOMPARE(leadops({u"login"_s, u"--email"_s, u"timur@leadops.kz"_s}, "Mark3ter!\n", env).code, 0);
        QCOMPARE(leadops({u"sync"_s}, {}, env).code, 0); // binds the default workspace to timur
        const QString base = account().value(u"workspace"_s).toString();
        const QString niche = u"Timur's offline niche %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const Run created = leadops(
            {u"niche"_s, u"create"_s, u"--name"_s, niche, u"--market"_s, u"almaty"_s, u"--category"_s, u"b2b"_s}, {},
            env);
        QVERIFY2(created.code == 0, qPrintable(created.err));
        QCOMPARE(account().value(u"pending_changes"_s).toInt(), 1);
        QCOMPARE(leadops({u"logout"_s}, {}, env).code, 0);

        // Saule: her own folder, empty of timur's rows and changes; her sync pushes nothing of his.
        QCOMPARE(leadops({u"login"_s, u"--email"_s, u"saule@leadops.kz"_s}, "Mark3ter-2\n", env).code, 0);
        const QJsonObject saule = account();
        QVERIFY2(saule.value(u"workspace"_s).toString().startsWith(base + u"/users/"_s),
                 qPrintable(saule.value(u"workspace"_s).toString()));
        QCOMPARE(saule.value(u"pending_changes"_s).toInt(), 0);
        const Run synced = leadops({u"sync"_s, u"--json"_s}, {}, env);
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        QCOMPARE(account().value(u"workspace_owner"_s).toString(), u"saule@leadops.kz"_s);
        const Run listed = leadops({u"niche"_s, u"list"_s, u"--json"_s}, {}, env);
        QVERIFY(!listed.out.contains(niche));
        PostgrestClient server(RestEndpoint{QUrl(m_backend.restUrl()), {}, 10'000},
                               std::make_shared<StaticBearer>(m_backend.token(u"marketer"_s)));
        PostgrestQuery onServer(u"niches"_s);
        onServer.select(u"id"_s).eq(u"name"_s, niche);
        RestRequest lookUp;
        lookUp.query = onServer;
        const auto found = server.sendAndWait(lookUp);
        QVERIFY(found);
        QCOMPARE(found->json.array().size(), 0);
        QCOMPARE(leadops({u"logout"_s}, {}, env).code, 0);

        // Timur again: his workspace, his change still waiting, sent by his own sync.
        QCOMPARE(leadops({u"login"_s, u"--email"_s, u"timur@leadops.kz"_s}, "Mark3ter!\n", env).code, 0);
        const QJsonObject timur = account();
        QCOMPARE(timur.value(u"workspace"_s).toString(), base);
        QCOMPARE(timur.value(u"pending_changes"_s).toInt(), 1);
        QCOMPARE(leadops({u"sync"_s}, {}, env).code, 0);
        const auto pushed = server.sendAndWait(lookUp);
        QVERIFY(pushed);
        QCOMPARE(pushed->json.array().size(), 1);
    }

    void noKeychainMeansNothingIsSaved()
    {
        QTemporaryDir elsewhere;
        QProcessEnvironment env;
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, elsewhere.filePath(u"config"_s));
        const Run r = leadops({u"connect"_s, u"--url"_s, u"https://abcd.supabase.co"_s}, "key-that-must-vanish\n", env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"keychain is not available"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"nothing was saved"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(elsewhere.filePath(u"config/LeadOps/LeadOps Console.conf"_s)));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
