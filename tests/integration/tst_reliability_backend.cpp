// Issue 15 against the real local backend (PostgREST 12 + PostgreSQL 15), through the leadops
// binary as a script runs it: a damaged synced workspace rebuilt without losing its unsent changes,
// two syncs at once, and `health` with a token that is not a session.
#include "tests/support/BackendEnv.h"
#include "tests/support/CliRunner.h"

#include "core/auth/Jwt.h"
#include "core/json/EntityJson.h"
#include "core/rest/PostgrestClient.h"
#include "core/rest/Repositories.h"
#include "core/store/Database.h"
#include "core/util/Ids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestReliabilityBackend : public QObject
{
    Q_OBJECT

    BackendEnv m_env;
    std::unique_ptr<PostgrestClient> m_sales;
    QString m_campaign;

    CliRunner cli(const QTemporaryDir& dir, const QString& role = u"sales_manager"_s) const
    {
        CliRunner r{dir.filePath(u"ws"_s)};
        r.env.insert(u"LEADOPS_REST_URL"_s, m_env.restUrl());
        r.env.insert(u"LEADOPS_ACCESS_TOKEN"_s, m_env.token(role));
        r.env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        return r;
    }

    int serverMessages(const QString& id)
    {
        RestRequest r;
        r.query = PostgrestQuery(u"leads"_s).select(u"messages_count"_s).eq(u"id"_s, id);
        const auto page = m_sales->sendAndWait(r);
        return page && !page->json.array().isEmpty()
                   ? page->json.array().first().toObject().value(u"messages_count"_s).toInt()
                   : -1;
    }

    // Some leads in status new on the server, whatever other suites left there.
    QStringList newLeads(const CliRunner& c, int count)
    {
        QStringList ids;
        const CliRun list = c.run({u"lead"_s, u"list"_s, u"--status"_s, u"new"_s, u"--campaign"_s, m_campaign,
                                   u"--limit"_s, QString::number(count), u"--json"_s});
        for (const QJsonValue& v : list.json().array())
            ids << v.toObject().value(u"id"_s).toString();
        return ids;
    }

    static QVariant scalar(const QString& file, const QString& sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(file);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        m_env = BackendEnv::load(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_sales = std::make_unique<PostgrestClient>(RestEndpoint{QUrl(m_env.restUrl()), {}, 30'000},
                                                    std::make_shared<StaticBearer>(m_env.token(u"sales_manager"_s)));
        // This suite's own campaign and 3,000 new leads (pages of their own, and enough to hold a
        // damaged leaf page away from the outbox).
        PostgrestClient marketer(RestEndpoint{QUrl(m_env.restUrl()), {}, 30'000},
                                 std::make_shared<StaticBearer>(m_env.token(u"marketer"_s)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto niche = waitFor(NicheRepository(marketer).create(
            *Niche::create(newUuidV7(QDateTime::currentDateTimeUtc()), u"Reliability"_s, Market::Astana, u"r"_s, now)));
        QVERIFY(niche);
        const auto campaign = waitFor(CampaignRepository(marketer).create(
            *Campaign::create(newUuidV7(QDateTime::currentDateTimeUtc()), niche->id, u"Reliability — Kaspi"_s,
                              Platform::Kaspi, 100'000, now)));
        QVERIFY(campaign);
        m_campaign = campaign->id;
        QJsonArray rows;
        for (int i = 0; i < 3000; ++i)
            rows << toRow(*Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign, Platform::Kaspi,
                                        u"+7 747 %1"_s.arg(i, 7, 10, QLatin1Char('0')), now));
        RestRequest insert;
        insert.method = HttpMethod::Post;
        insert.query = PostgrestQuery(u"leads"_s);
        insert.body = QJsonDocument(rows).toJson(QJsonDocument::Compact);
        QVERIFY(m_sales->sendAndWait(insert));
    }

    // Defect 2: `workspace rebuild` moves a damaged synced workspace aside, pulls it again and
    // queues again every change that can still be read; the next sync sends each exactly once.
    void damagedWorkspaceIsRebuiltKeepingUnsentChanges()
    {
        QTemporaryDir dir;
        const CliRunner c = cli(dir);
        const CliRun first = c.run({u"sync"_s, u"--pull-only"_s, u"--json"_s});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QStringList ids = newLeads(c, 3);
        QCOMPARE(ids.size(), 3);
        QMap<QString, int> before;
        for (const QString& id : ids) {
            before.insert(id, serverMessages(id));
            QCOMPARE(c.run({u"lead"_s, u"message"_s, id}).code, 0);
        }
        // One leaf page of the leads table, overwritten: the outbox's own pages are untouched.
        const QString file = QDir(dir.filePath(u"ws"_s)).filePath(u"leadops.sqlite"_s);
        const qint64 page = scalar(file, u"SELECT pageno FROM dbstat WHERE name = 'leads' AND pagetype = 'leaf' "
                                         "ORDER BY pageno LIMIT 1 OFFSET 3"_s)
                                .toLongLong();
        const qint64 pageSize = scalar(file, u"PRAGMA page_size"_s).toLongLong();
        QVERIFY2(page > 1 && pageSize > 0, "no leaf page of leads found (dbstat)");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((page - 1) * pageSize));
            f.write(QByteArray(static_cast<int>(pageSize), '\x7f'));
        }
        QCOMPARE(c.run({u"workspace"_s, u"check"_s}).code, 1);
        QCOMPARE(c.run({u"lead"_s, u"list"_s, u"--limit"_s, u"100000"_s}).code, 1);

        const CliRun rebuilt = c.run({u"workspace"_s, u"rebuild"_s, u"--json"_s});
        QVERIFY2(rebuilt.code == 0, qPrintable(rebuilt.err + rebuilt.out));
        const QJsonObject report = rebuilt.json().object();
        QCOMPARE(report.value(u"requeued"_s).toInt(), 3);
        QVERIFY(report.value(u"pulled"_s).toInt() > 0);
        QVERIFY(QFile::exists(report.value(u"damaged_copy"_s).toString())); // kept, not deleted
        QCOMPARE(c.run({u"workspace"_s, u"check"_s}).code, 0);
        const CliRun pending = c.run({u"pending"_s, u"--json"_s});
        QCOMPARE(pending.json().array().size(), 3);

        const CliRun sync = c.run({u"sync"_s, u"--json"_s});
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
        QCOMPARE(sync.json().object().value(u"pushed"_s).toInt(), 3);
        for (const QString& id : ids)
            QCOMPARE(serverMessages(id), before.value(id) + 1);
    }

    // Defect 10: two syncs of one workspace at once. Before: both pushed the outbox and "pushed"
    // added up to more than there was. Now the second waits for the first.
    void twoSyncsAtOnceCountEachChangeOnce()
    {
        QTemporaryDir dir;
        const CliRunner c = cli(dir);
        QCOMPARE(c.run({u"sync"_s, u"--pull-only"_s}).code, 0);
        const QStringList ids = newLeads(c, 40);
        QCOMPARE(ids.size(), 40);
        for (const QString& id : ids)
            QCOMPARE(c.run({u"lead"_s, u"message"_s, id}).code, 0);
        QProcess a, b;
        for (QProcess* p : {&a, &b}) {
            p->setProcessEnvironment(c.env);
            p->start(qEnvironmentVariable("LEADOPS_BIN"),
                     {u"--workspace"_s, c.workspace, u"sync"_s, u"--push-only"_s, u"--json"_s});
        }
        QVERIFY(a.waitForFinished(120'000) && b.waitForFinished(120'000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const auto pushed = [](QProcess& p) {
            return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(u"pushed"_s).toInt();
        };
        QCOMPARE(pushed(a) + pushed(b), 40);
    }

    // Defect 10: `health` said "online" with a token that is no session at all.
    void healthSaysAnInvalidTokenIsNoSession()
    {
        QTemporaryDir dir;
        CliRunner c = cli(dir);
        c.env.insert(u"LEADOPS_ACCESS_TOKEN"_s, u"garbage-token"_s);
        const CliRun garbage = c.run({u"health"_s});
        QCOMPARE(garbage.code, 1);
        QVERIFY2(garbage.out.contains(u"session is invalid"_s), qPrintable(garbage.out));
        // Well formed, signed with another secret: the server refuses it.
        const QString forged = jwt::signHs256(QJsonObject{{u"role"_s, u"authenticated"_s},
                                                          {u"exp"_s, QDateTime::currentSecsSinceEpoch() + 3600},
                                                          {u"app_metadata"_s, QJsonObject{{u"role"_s, u"analyst"_s}}}},
                                              "not-the-servers-secret-not-the-servers-secret");
        c.env.insert(u"LEADOPS_ACCESS_TOKEN"_s, forged);
        const CliRun refused = c.run({u"health"_s});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.out.contains(u"refused the session"_s), qPrintable(refused.out));
        c.env.insert(u"LEADOPS_ACCESS_TOKEN"_s, m_env.token(u"analyst"_s));
        QCOMPARE(c.run({u"health"_s}).code, 0);
    }

    // Issue 16: the server's CHECKs and transition triggers keep copies of the domain's numbers
    // and keys; read back from PostgreSQL, each must match the constant it mirrors.
    void serverSchemaMatchesTheDomain()
    {
        const QString socketDir = QFileInfo(qEnvironmentVariable("LEADOPS_BACKEND_ENV")).absolutePath() + u"/run"_s;
        QProcess psql;
        psql.start(u"psql"_s,
                   {u"-X"_s, u"-q"_s, u"-At"_s, u"-h"_s, socketDir, u"-p"_s, m_env.value(u"LEADOPS_TEST_PG_PORT"_s),
                    u"-U"_s, u"postgres"_s, u"-d"_s, m_env.value(u"LEADOPS_TEST_PG_DATABASE"_s), u"-c"_s,
                    u"select pg_get_constraintdef(oid) from pg_constraint where connamespace = "
                    "'public'::regnamespace union all select pg_get_functiondef(p.oid) from pg_proc p "
                    "where p.proname in ('check_lead_transition', 'check_niche_transition')"_s});
        QVERIFY(psql.waitForFinished(30'000));
        QCOMPARE(psql.exitCode(), 0);
        const QString schema = QString::fromUtf8(psql.readAllStandardOutput());
        const auto n = [](double v) -> QString { return QString::number(v, 'g', 15); };
        const auto keys = [](const QStringList& list) -> QString { // QString: not a builder of locals
            QStringList quoted;
            for (const QString& k : list)
                quoted << u"'"_s + k + u"'::text"_s;
            return u"ARRAY["_s + quoted.join(u", "_s) + u"]"_s;
        };
        const QStringList fragments = {
            u"(qualification_score >= (%1)::double precision) AND (qualification_score <= (%2)::double precision)"_s
                .arg(n(kMinScore), n(kMaxScore)),
            u"(profitability_score >= (%1)::double precision) AND (competition_density < (%2)::double precision)"_s.arg(
                n(Niche::kMinProfitability), n(Niche::kMaxCompetitionToActivate)),
            u"(char_length(disqualification_reason) <= %1)"_s.arg(Lead::kMaxReasonLength),
            u"(char_length(category) <= %1)"_s.arg(Niche::kMaxCategoryLength),
            u"(char_length(name) <= %1)"_s.arg(Niche::kMaxNameLength),
            u"(char_length(name) <= %1)"_s.arg(Campaign::kMaxNameLength),
            u"(messages_count >= %1)"_s.arg(Lead::kMinMessagesToQualify),
            u"old.messages_count < %1"_s.arg(Lead::kMinMessagesToQualify),
            u"new.profitability_score >= %1 and new.competition_density < %2"_s.arg(
                n(Niche::kMinProfitability), n(Niche::kMaxCompetitionToActivate)),
            keys(allKeys<LeadStatus>()),
            keys(allKeys<CampaignStatus>()),
            keys(allKeys<NicheStatus>()),
            keys(allKeys<Platform>()),
            keys(allKeys<Market>()),
        };
        for (const QString& f : fragments)
            QVERIFY2(schema.contains(f), qPrintable(u"the server's schema lacks \"%1\""_s.arg(f)));
    }
};

QTEST_GUILESS_MAIN(TestReliabilityBackend)
#include "tst_reliability_backend.moc"
