// The Auth stand-in speaks Supabase Auth's protocol: Supabase's own client, @supabase/auth-js
// (npm, pinned in scripts/install-deps.sh), runs the steps the console uses against it — password
// grant, /user, refresh with rotation, recover, logout, the error codes — and gets what the
// console's AuthClient gets against the same stand-in. The access token auth-js receives works on
// the real PostgREST.
#include "tests/support/BackendEnv.h"
#include "tests/support/TestServers.h"

#include "core/auth/AuthClient.h"
#include "core/rest/Await.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEmail = u"saule@leadops.kz"_s;
const QString kPassword = u"Qualify-7-leads"_s;
const QString kUnconfirmed = u"new@leadops.kz"_s;

QJsonValue failure(const Error& e)
{
    return QJsonObject{{u"status"_s, e.httpStatus}, {u"code"_s, e.code}};
}
} // namespace

class TestAuthProtocol : public QObject
{
    Q_OBJECT

    BackendEnv m_env;

    // A fresh stand-in per client, so that both start from the same state.
    std::unique_ptr<AuthDouble> standIn()
    {
        auto auth = std::make_unique<AuthDouble>(m_env.secret());
        if (!auth->listen())
            return nullptr;
        auth->addUser(kEmail, kPassword, u"marketer"_s);
        auth->addUnconfirmedUser(kUnconfirmed, kPassword);
        return auth;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        m_env = BackendEnv::load(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(QFile::exists(qEnvironmentVariable("AUTH_JS_PREFIX") + u"/node_modules/@supabase/auth-js"_s),
                 "@supabase/auth-js is missing: scripts/install-deps.sh installs it");
    }

    void authJsAndTheConsoleGetTheSameAnswers()
    {
        // @supabase/auth-js, in node, against one stand-in.
        auto forJs = standIn();
        QVERIFY(forJs);
        QProcess node;
        node.setProgram(u"node"_s);
        node.setArguments({QFINDTESTDATA("auth_js_protocol.mjs"), forJs->authUrl().toString(), m_env.restUrl(),
                           u"anon-key"_s, kEmail, kPassword, kUnconfirmed});
        QSignalSpy finished(&node, &QProcess::finished);
        node.start();
        QVERIFY2(finished.wait(60'000), "auth-js did not finish within 60 s");
        const QByteArray err = node.readAllStandardError();
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, err.constData());
        const QJsonObject js = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        QVERIFY2(!js.isEmpty(), err.constData());

        // What auth-js got is what Supabase Auth answers.
        const QJsonObject signIn = js.value(u"signIn"_s).toObject();
        QCOMPARE(signIn.value(u"email"_s).toString(), kEmail);
        QCOMPARE(signIn.value(u"role"_s).toString(), u"marketer"_s);
        QCOMPARE(signIn.value(u"tokenType"_s).toString(), u"bearer"_s);
        QCOMPARE(signIn.value(u"expiresIn"_s).toInt(), 3600);
        QVERIFY(signIn.value(u"hasExpiresAt"_s).toBool());
        QCOMPARE(js.value(u"restStatus"_s).toInt(), 200); // the real PostgREST took its token
        QCOMPARE(js.value(u"getUser"_s).toObject().value(u"userId"_s).toString(), signIn.value(u"userId"_s).toString());
        QCOMPARE(js.value(u"getUser"_s).toObject().value(u"role"_s).toString(), u"marketer"_s);
        const QJsonObject refresh = js.value(u"refresh"_s).toObject();
        QVERIFY(refresh.value(u"rotated"_s).toBool());
        QVERIFY(refresh.value(u"sameUser"_s).toBool());
        QVERIFY(refresh.value(u"sameSession"_s).toBool());
        QCOMPARE(js.value(u"recover"_s).toString(), u"ok"_s);
        QCOMPARE(js.value(u"logout"_s).toString(), u"ok"_s);
        QCOMPARE(js.value(u"userAfterLogout"_s).toObject(),
                 (QJsonObject{{u"name"_s, u"AuthSessionMissingError"_s}, {u"status"_s, 400}}));
        QCOMPARE(forJs->passwordGrants, 9);
        QCOMPARE(forJs->refreshGrants, 3);
        QCOMPARE(forJs->recoverRequests, 1);
        QCOMPARE(forJs->logouts, 1);

        // The console's AuthClient, the same steps, against a second stand-in.
        auto forUs = standIn();
        QVERIFY(forUs);
        AuthClient auth(forUs->authUrl(), u"anon-key"_s);
        QJsonObject ours;
        auto s = waitFor(auth.signIn(kEmail, kPassword + u"-wrong"_s));
        QVERIFY(!s);
        ours.insert(u"wrongPassword"_s, failure(s.error()));
        s = waitFor(auth.signIn(kUnconfirmed, kPassword));
        QVERIFY(!s);
        ours.insert(u"unconfirmed"_s, failure(s.error()));
        const auto first = waitFor(auth.signIn(kEmail, kPassword));
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->role, signIn.value(u"role"_s).toString());
        QCOMPARE(first->email, kEmail);
        QVERIFY(first->expiresAt > QDateTime::currentDateTimeUtc().addSecs(3500));
        const auto second = waitFor(auth.refresh(first->refreshToken));
        QVERIFY(second);
        QVERIFY(second->refreshToken != first->refreshToken);
        QCOMPARE(second->userId, first->userId);
        s = waitFor(auth.refresh(first->refreshToken));
        QVERIFY(!s);
        ours.insert(u"reusedRefreshToken"_s, failure(s.error()));
        QVERIFY(waitFor(auth.recover(kEmail)));
        QVERIFY(waitFor(auth.signOut(second->accessToken)));
        s = waitFor(auth.refresh(second->refreshToken));
        QVERIFY(!s);
        ours.insert(u"refreshAfterLogout"_s, failure(s.error()));
        for (int i = 0; i < 5; ++i)
            QVERIFY(!waitFor(auth.signIn(kEmail, u"wrong-%1"_s.arg(i))));
        s = waitFor(auth.signIn(kEmail, u"wrong-again"_s));
        QVERIFY(!s);
        ours.insert(u"tooMany"_s, failure(s.error()));

        // Every error both clients met, compared: the same status and the same Auth code.
        for (auto it = ours.constBegin(); it != ours.constEnd(); ++it)
            QVERIFY2(js.value(it.key()) == it.value(),
                     qPrintable(u"%1: auth-js %2, console %3"_s.arg(
                         it.key(), QString::fromUtf8(QJsonDocument(js.value(it.key()).toObject()).toJson()),
                         QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson()))));
        QCOMPARE(ours.value(u"wrongPassword"_s).toObject().value(u"code"_s).toString(), u"invalid_credentials"_s);
        QCOMPARE(ours.value(u"unconfirmed"_s).toObject().value(u"code"_s).toString(), u"email_not_confirmed"_s);
        QCOMPARE(ours.value(u"reusedRefreshToken"_s).toObject().value(u"code"_s).toString(),
                 u"refresh_token_not_found"_s);
        QCOMPARE(ours.value(u"tooMany"_s).toObject().value(u"status"_s).toInt(), 429);
        QCOMPARE(forUs->passwordGrants, forJs->passwordGrants); // the same number of sign-ins
        QCOMPARE(forUs->refreshGrants, forJs->refreshGrants);
        QCOMPARE(forUs->logouts, forJs->logouts);
    }
};

QTEST_GUILESS_MAIN(TestAuthProtocol)
#include "tst_auth_protocol.moc"
