// Sync through a fault-injecting proxy in front of the real PostgREST (dropped connections, 500,
// 429 with Retry-After, cut JSON, delays), and a sync killed with SIGKILL at random moments (a
// bounded loop) that resumes to the server's exact rows.
#include "tests/support/BackendEnv.h"
#include "tests/support/TestServers.h"
#include "tests/support/TestWorkspace.h"

#include "core/json/EntityJson.h"
#include "core/rest/PostgrestClient.h"
#include "core/rest/Repositories.h"
#include "core/services/LeadService.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "core/util/Ids.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>

#include <csignal>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestSyncFaults : public QObject
{
    Q_OBJECT

    BackendEnv m_env;
    std::unique_ptr<PostgrestClient> m_direct;

    // (row count, sum of messages, hash of the sorted ids) of every lead on the server.
    QString serverFingerprint()
    {
        QStringList ids;
        qint64 messages = 0;
        for (qint64 offset = 0;; offset += 1000) {
            RestRequest r;
            r.query = PostgrestQuery(u"leads"_s)
                          .select(u"id,messages_count"_s)
                          .is(u"deleted_at"_s, PostgrestQuery::IsValue::Null);
            r.query.order(u"id"_s).limit(1000).offset(offset);
            const auto page = m_direct->sendAndWait(r);
            if (!page)
                return page.error().message;
            for (const QJsonValue& v : page->json.array()) {
                ids << v.toObject().value(u"id"_s).toString();
                messages += v.toObject().value(u"messages_count"_s).toInt();
            }
            if (page->json.array().size() < 1000)
                break;
        }
        return fingerprint(ids, messages);
    }

    static QString fingerprint(const QStringList& sortedIds, qint64 messages)
    {
        return u"%1 rows, %2 messages, %3"_s.arg(sortedIds.size())
            .arg(messages)
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(sortedIds.join(u',').toUtf8(), QCryptographicHash::Sha256).toHex().left(16)));
    }

    QString localFingerprint(Database& db)
    {
        QStringList ids;
        qint64 messages = 0;
        QSqlQuery q(db.connection());
        q.exec(u"SELECT id, messages_count FROM leads ORDER BY id"_s);
        while (q.next()) {
            ids << q.value(0).toString();
            messages += q.value(1).toLongLong();
        }
        return fingerprint(ids, messages);
    }

    // Pulls the server's rows into `t` and records one message on a new lead: one pending change.
    // Returns the lead as it was before (an empty id when that failed).
    Lead pullAndChangeOneLead(TestWorkspace& t)
    {
        LeadFilter f;
        f.status = LeadStatus::New;
        f.limit = 1;
        if (!SyncEngine(t->database(), *m_direct).pull())
            return {};
        const auto lead = t->leads().list(f);
        if (!lead || lead->size() != 1 || !t->leads().recordMessage(lead->first().id))
            return {};
        return lead->first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        m_env = BackendEnv::load(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_direct = std::make_unique<PostgrestClient>(RestEndpoint{QUrl(m_env.restUrl()), {}, 30'000},
                                                     std::make_shared<StaticBearer>(m_env.token(u"sales_manager"_s)));
        PostgrestClient marketer(RestEndpoint{QUrl(m_env.restUrl()), {}, 30'000},
                                 std::make_shared<StaticBearer>(m_env.token(u"marketer"_s)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto niche = waitFor(NicheRepository(marketer).create(
            *Niche::create(newUuidV7(QDateTime::currentDateTimeUtc()), u"Faults"_s, Market::Shymkent, u"f"_s, now)));
        QVERIFY(niche);
        const auto campaign = waitFor(CampaignRepository(marketer).create(*Campaign::create(
            newUuidV7(QDateTime::currentDateTimeUtc()), niche->id, u"Faults — Satu"_s, Platform::Satu, 100'000, now)));
        QVERIFY(campaign);
        QJsonArray rows;
        for (int i = 0; i < 20'000; ++i) // enough pages for a kill to land in the middle of a sync
            rows << toRow(*Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), campaign->id, Platform::Satu,
                                        u"+7 708 %1"_s.arg(i, 7, 10, QLatin1Char('0')), now));
        RestRequest insert;
        insert.method = HttpMethod::Post;
        insert.query = PostgrestQuery(u"leads"_s);
        insert.body = QJsonDocument(rows).toJson(QJsonDocument::Compact);
        QVERIFY(m_direct->sendAndWait(insert));
    }

    void pullAndPushThroughFaults()
    {
        FaultProxy proxy(QUrl(m_env.restUrl()));
        QVERIFY(proxy.listen());
        using F = FaultProxy::Fault;
        proxy.enqueue({F::DropMidBody, F::ServerError, F::TruncatedJson, F::TooManyRequests, F::Delay});
        PostgrestClient client(RestEndpoint{proxy.url(), {}, 10'000},
                               std::make_shared<StaticBearer>(m_env.token(u"sales_manager"_s)));
        TestWorkspace t;
        const auto pulled = SyncEngine(t->database(), client).pull();
        QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error().message));
        QCOMPARE(proxy.faultsInjected(), 5);
        QCOMPARE(localFingerprint(t->database()), serverFingerprint());

        // 100 offline changes, pushed through more faults: each reaches the server exactly once.
        LeadFilter f;
        f.status = LeadStatus::New;
        f.limit = 100;
        QMap<QString, int> expected;
        const auto fresh = t->leads().list(f);
        QVERIFY(fresh);
        for (const Lead& l : *fresh) {
            QVERIFY(t->leads().recordMessage(l.id));
            expected.insert(l.id, l.messagesCount + 1);
        }
        proxy.enqueue({F::ServerError, F::DropMidBody, F::TruncatedJson, F::TooManyRequests, F::Pass, F::DropMidBody,
                       F::ServerError});
        const auto pushed = SyncEngine(t->database(), client).push();
        QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().message));
        QCOMPARE(pushed->pushed, 100);
        QCOMPARE(pushed->conflicts, 0);
        QCOMPARE(pushed->failed, 0);
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            RestRequest r;
            r.query = PostgrestQuery(u"leads"_s).select(u"messages_count"_s).eq(u"id"_s, it.key());
            QCOMPARE(m_direct->sendAndWait(r)->json.array().first().toObject().value(u"messages_count"_s).toInt(),
                     it.value());
        }
    }

    // A proxy's HTML 502 (after every retry) says nothing about the change: it stays pending, the
    // push reports "offline", and the next healthy push sends it. Before: marked refused for good.
    void transientErrorKeepsTheChangePending()
    {
        TestWorkspace t;
        const Lead lead = pullAndChangeOneLead(t);
        QVERIFY(!lead.id.isEmpty());

        FaultProxy proxy(QUrl(m_env.restUrl()));
        QVERIFY(proxy.listen());
        QList<FaultProxy::Fault> faults;
        for (int i = 0; i <= SyncEngine::kRetries; ++i)
            faults << FaultProxy::Fault::BadGatewayHtml;
        proxy.enqueue(faults);
        PostgrestClient client(RestEndpoint{proxy.url(), {}, 10'000},
                               std::make_shared<StaticBearer>(m_env.token(u"sales_manager"_s)));
        const auto failed = SyncEngine(t->database(), client).push();
        QVERIFY(!failed);
        QVERIFY2(isTransient(failed.error()), qPrintable(failed.error().message));
        QCOMPARE(failed.error().httpStatus, 502);
        QVERIFY2(failed.error().message.contains(u"502 Bad Gateway"_s), qPrintable(failed.error().message));
        Outbox outbox(t->database());
        QCOMPARE(outbox.count(u"pending"_s).value_or(-1), 1);
        QCOMPARE(outbox.count(u"failed"_s).value_or(-1), 0);

        const auto healthy = SyncEngine(t->database(), client).push();
        QVERIFY2(healthy, healthy ? "" : qPrintable(healthy.error().message));
        QCOMPARE(healthy->pushed, 1);
        QCOMPARE(healthy->failed, 0);
        QCOMPARE(outbox.count(u"pending"_s).value_or(-1), 0);
        RestRequest r;
        r.query = PostgrestQuery(u"leads"_s).select(u"messages_count"_s).eq(u"id"_s, lead.id);
        QCOMPARE(m_direct->sendAndWait(r)->json.array().first().toObject().value(u"messages_count"_s).toInt(),
                 lead.messagesCount + 1);
    }

    // A server that never answers, one that trickles a byte at a time, one that sends without end:
    // each is given up on in bounded time and memory, as "offline", the change kept pending.
    // Before: a trickle kept sync running for ever (~2 MB/s more memory), a silent server took
    // 156 s (every retry waited out its own timeout).
    void silentTricklingAndEndlessServersAreGivenUp()
    {
        using F = FaultProxy::Fault;
        FaultProxy proxy(QUrl(m_env.restUrl()));
        QVERIFY(proxy.listen());
        RestEndpoint endpoint{proxy.url(), {}, 1500};
        endpoint.deadlineMs = 4000;
        endpoint.maxBodyBytes = 1 << 20;
        PostgrestClient client(endpoint, std::make_shared<StaticBearer>(m_env.token(u"sales_manager"_s)));
        RestRequest read;
        read.query = PostgrestQuery(u"leads"_s).select(u"id"_s).limit(5);
        read.retries = SyncEngine::kRetries;

        const struct
        {
            F fault;
            const char* code;
            qint64 minMs, maxMs;
        } cases[] = {{F::Hang, "timeout", 1000, 3500},
                     {F::Trickle, "deadline", 3500, 7000},
                     {F::Oversized, "too_large", 0, 3000}};
        for (const auto& c : cases) {
            const int before = proxy.requests();
            proxy.enqueue({c.fault});
            QElapsedTimer t;
            t.start();
            const auto r = client.sendAndWait(read);
            const qint64 ms = t.elapsed();
            QVERIFY(!r);
            QCOMPARE(r.error().code, QString::fromLatin1(c.code));
            QVERIFY2(isTransient(r.error()), qPrintable(r.error().message));
            QVERIFY2(ms >= c.minMs && ms <= c.maxMs,
                     qPrintable(u"%1: %2 ms"_s.arg(QString::fromLatin1(c.code)).arg(ms)));
            QCOMPARE(proxy.requests() - before, 1); // not asked again
        }
        QCOMPARE(RestEndpoint{}.deadlineMs, 60'000);
        QCOMPARE(RestEndpoint{}.maxBodyBytes, 64LL << 20);
        QVERIFY(RestEndpoint{}.timeoutMs <= 35'000);

        // A change pushed into a silent server stays pending.
        TestWorkspace t;
        const Lead lead = pullAndChangeOneLead(t);
        QVERIFY(!lead.id.isEmpty());
        proxy.enqueue({F::Hang});
        const auto pushed = SyncEngine(t->database(), client).push();
        QVERIFY(!pushed);
        QVERIFY(isTransient(pushed.error()));
        QCOMPARE(Outbox(t->database()).count(u"pending"_s).value_or(-1), 1);
    }

    // A backend from before the lead_rows_v1 migration: the view's 404 sends the leads through
    // /leads as objects, with the same rows in the end; with the view, they come through it.
    void leadsComeAsObjectsFromABackendWithoutTheView()
    {
        FaultProxy proxy(QUrl(m_env.restUrl()));
        QVERIFY(proxy.listen());
        proxy.hide("lead_rows_v1");
        PostgrestClient client(RestEndpoint{proxy.url(), {}, 10'000},
                               std::make_shared<StaticBearer>(m_env.token(u"sales_manager"_s)));
        TestWorkspace t;
        SyncEngine engine(t->database(), client);
        const auto pulled = engine.pull();
        QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error().message));
        QCOMPARE(engine.serverHasLeadRows(), std::optional<bool>(false));
        QCOMPARE(localFingerprint(t->database()), serverFingerprint());

        TestWorkspace withView;
        SyncEngine direct(withView->database(), *m_direct);
        QVERIFY(direct.pull());
        QCOMPARE(direct.serverHasLeadRows(), std::optional<bool>(true));
        QCOMPARE(localFingerprint(withView->database()), serverFingerprint());
    }

    void killedSyncResumesToTheSameRows()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LEADOPS_REST_URL"_s, m_env.restUrl());
        env.insert(u"LEADOPS_ACCESS_TOKEN"_s, m_env.token(u"analyst"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        const QStringList args = {u"--workspace"_s, dir.filePath(u"ws"_s), u"sync"_s, u"--pull-only"_s, u"--json"_s};
        QRandomGenerator rng(20261125);
        int killed = 0;
        for (int round = 0; round < 6; ++round) { // bounded: six kills at most
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("LEADOPS_BIN"), args);
            QVERIFY(p.waitForStarted());
            QTest::qWait(static_cast<int>(rng.bounded(30, 400)));
            if (p.state() == QProcess::Running) {
                ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                ++killed;
            }
            if (p.state() != QProcess::NotRunning)
                QVERIFY(p.waitForFinished(30'000));
        }
        QVERIFY2(killed > 0, "no sync was still running when the kill came: lengthen the data set");
        QProcess last;
        last.setProcessEnvironment(env);
        last.start(qEnvironmentVariable("LEADOPS_BIN"), args);
        QVERIFY(last.waitForFinished(60'000));
        QCOMPARE(last.exitCode(), 0);
        auto db = Database::open(dir.filePath(u"ws/leadops.sqlite"_s));
        QVERIFY(db);
        QCOMPARE(localFingerprint(**db), serverFingerprint());
        qInfo("killed %d sync runs; the final run completed with the server's rows", killed);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
