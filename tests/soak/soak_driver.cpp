// The soak (issue 15): two workspaces edit and sync through a fault-injecting proxy in front of the
// real PostgREST, with random faults and SIGKILLs, for MINUTES; then the faults stop, both settle,
// and the run checks that nothing was lost or doubled and that both workspaces and the server
// agree row for row. Loopback only; bounded in time (the deadline) and per command (2 minutes).
//
//   soak_driver MINUTES [SEED]      (scripts/soak.sh starts the backend and runs it)
//
// Leads of the soak's campaign are split: workspace A messages the even ones, B the odd ones, so
// every message either reaches the server exactly once or is still listed as pending. A few shared
// leads are edited by both: their conflicts must be listed (and are then resolved as the server's).
#include "tests/support/BackendEnv.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestServers.h"

#include "core/json/EntityJson.h"
#include "core/rest/PostgrestClient.h"
#include "core/rest/Repositories.h"
#include "core/util/Ids.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kLeads = 120;
constexpr int kShared = 6; // the first kShared leads are edited by both workspaces
constexpr int kCommandMs = 120'000;

struct Stats
{
    int messages = 0, contacts = 0, syncs = 0, syncFailures = 0, kills = 0, concurrent = 0;
};

void say(const QString& text)
{
    std::fprintf(stderr, "soak: %s\n", qPrintable(text));
}

QMap<QString, QJsonObject> serverLeads(PostgrestClient& client, const QString& campaign)
{
    QMap<QString, QJsonObject> rows;
    RestRequest r;
    r.query = PostgrestQuery(u"leads"_s)
                  .select(u"id,status,messages_count"_s)
                  .eq(u"campaign_id"_s, campaign)
                  .is(u"deleted_at"_s, PostgrestQuery::IsValue::Null);
    r.query.order(u"id"_s).limit(1000);
    const auto page = client.sendAndWait(r);
    if (page) {
        for (const QJsonValue& v : page->json.array())
            rows.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
    }
    return rows;
}

QMap<QString, QJsonObject> localLeads(const CliRunner& cli, const QString& campaign)
{
    QMap<QString, QJsonObject> rows;
    const CliRun list =
        cli.run({u"lead"_s, u"list"_s, u"--campaign"_s, campaign, u"--limit"_s, u"100000"_s, u"--json"_s});
    for (const QJsonValue& v : list.json().array()) {
        const QJsonObject o = v.toObject();
        rows.insert(o.value(u"id"_s).toString(), QJsonObject{{u"id"_s, o.value(u"id"_s)},
                                                             {u"status"_s, o.value(u"status"_s)},
                                                             {u"messages_count"_s, o.value(u"messages_count"_s)}});
    }
    return rows;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const double minutes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 1.0;
    const quint32 seed = argc > 2 ? QString::fromLocal8Bit(argv[2]).toUInt() : 20261206;
    QString problem;
    const BackendEnv env = BackendEnv::load(&problem);
    if (!problem.isEmpty() || qEnvironmentVariable("LEADOPS_BIN").isEmpty()) {
        say(problem.isEmpty() ? u"LEADOPS_BIN is not set"_s : problem);
        return 2;
    }
    QRandomGenerator rng(seed);
    PostgrestClient sales(RestEndpoint{QUrl(env.restUrl()), {}, 30'000},
                          std::make_shared<StaticBearer>(env.token(u"sales_manager"_s)));
    PostgrestClient marketer(RestEndpoint{QUrl(env.restUrl()), {}, 30'000},
                             std::make_shared<StaticBearer>(env.token(u"marketer"_s)));

    // The soak's own niche, campaign and leads (new, the only first status the server allows).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto niche = waitFor(NicheRepository(marketer).create(
        *Niche::create(newUuidV7(QDateTime::currentDateTimeUtc()), u"Soak"_s, Market::Almaty, u"s"_s, now)));
    const auto campaign =
        niche
            ? waitFor(CampaignRepository(marketer).create(*Campaign::create(
                  newUuidV7(QDateTime::currentDateTimeUtc()), niche->id, u"Soak — OLX"_s, Platform::Olx, 100'000, now)))
            : Result<Campaign>(tl::unexpected(niche.error()));
    if (!campaign) {
        say(u"cannot create the soak's campaign: "_s + campaign.error().message);
        return 2;
    }
    QStringList ids;
    QJsonArray rows;
    for (int i = 0; i < kLeads; ++i) {
        const Lead l = *Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), campaign->id, Platform::Olx,
                                     u"+7 702 %1"_s.arg(i + int(seed % 1000) * 1000, 7, 10, QLatin1Char('0')), now);
        ids << l.id;
        rows << toRow(l);
    }
    RestRequest insert;
    insert.method = HttpMethod::Post;
    insert.query = PostgrestQuery(u"leads"_s);
    insert.body = QJsonDocument(rows).toJson(QJsonDocument::Compact);
    if (!sales.sendAndWait(insert)) {
        say(u"cannot create the soak's leads"_s);
        return 2;
    }

    // The proxy on its own thread: the driver blocks on its commands while the proxy serves them.
    QThread proxyThread;
    auto* proxy = new FaultProxy(QUrl(env.restUrl()));
    using F = FaultProxy::Fault;
    proxy->setRandomFaults(
        0.15, seed,
        {F::DropMidBody, F::ServerError, F::TruncatedJson, F::TooManyRequests, F::Delay, F::BadGatewayHtml});
    proxy->moveToThread(&proxyThread);
    proxyThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        proxy, [&] { listening = proxy->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        say(u"the proxy cannot listen on 127.0.0.1"_s);
        return 2;
    }
    QUrl proxyUrl;
    QMetaObject::invokeMethod(
        proxy, [&] { proxyUrl = proxy->url(); }, Qt::BlockingQueuedConnection);

    QTemporaryDir dir;
    const auto workspace = [&](const QString& name) {
        CliRunner c{dir.filePath(name)};
        c.env.insert(u"LEADOPS_REST_URL"_s, proxyUrl.toString());
        c.env.insert(u"LEADOPS_ACCESS_TOKEN"_s, env.token(u"sales_manager"_s));
        c.env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config-"_s + name));
        return c;
    };
    const CliRunner ws[2] = {workspace(u"a"_s), workspace(u"b"_s)};
    Stats stats;
    QMap<QString, int> sent; // partitioned lead -> messages recorded locally (exit 0)
    QSet<QString> contacted[2];

    for (const CliRunner& c : ws) {
        int code = -1;
        for (int attempt = 0; attempt < 20 && code != 0; ++attempt)
            code = c.run({u"sync"_s, u"--pull-only"_s}, false, {}, kCommandMs).code;
        if (code != 0) {
            say(u"a first pull through the faults never completed"_s);
            return 1;
        }
    }

    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = static_cast<qint64>(minutes * 60'000);
    while (clock.elapsed() < deadline) {
        const int w = static_cast<int>(rng.bounded(2));
        const int roll = static_cast<int>(rng.bounded(100));
        if (roll < 55) { // a message on one of this workspace's leads, or a shared one
            const bool shared = rng.bounded(10) == 0;
            const int index = shared ? static_cast<int>(rng.bounded(kShared))
                                     : kShared + 2 * static_cast<int>(rng.bounded((kLeads - kShared) / 2)) + w;
            const QString id = ids.at(index);
            if (ws[w].run({u"lead"_s, u"message"_s, id}, false, {}, kCommandMs).code == 0) {
                ++stats.messages;
                if (!shared)
                    sent[id] += 1;
            }
        } else if (roll < 65) { // mark one of its own new leads contacted
            const int index = kShared + 2 * static_cast<int>(rng.bounded((kLeads - kShared) / 2)) + w;
            const QString id = ids.at(index);
            if (!contacted[w].contains(id) &&
                ws[w].run({u"lead"_s, u"contact"_s, id}, false, {}, kCommandMs).code == 0) {
                contacted[w].insert(id);
                ++stats.contacts;
            }
        } else if (roll < 92) { // a sync, killed at a random moment one time in five
            QProcess p;
            p.setProcessEnvironment(ws[w].env);
            p.start(qEnvironmentVariable("LEADOPS_BIN"), {u"--workspace"_s, ws[w].workspace, u"sync"_s});
            p.waitForStarted();
            ++stats.syncs;
            if (rng.bounded(5) == 0) {
                QThread::msleep(rng.bounded(20u, 800u));
                if (p.state() == QProcess::Running) {
                    ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                    ++stats.kills;
                }
            }
            if (!p.waitForFinished(kCommandMs))
                p.kill();
            p.waitForFinished();
            if (p.exitStatus() == QProcess::NormalExit && p.exitCode() != 0 && p.exitCode() != 4)
                ++stats.syncFailures; // offline (3) through the faults: the changes wait
        } else {                      // both workspaces sync at once
            QProcess a, b;
            for (int k = 0; k < 2; ++k) {
                QProcess& p = k == 0 ? a : b;
                p.setProcessEnvironment(ws[k].env);
                p.start(qEnvironmentVariable("LEADOPS_BIN"), {u"--workspace"_s, ws[k].workspace, u"sync"_s});
            }
            a.waitForFinished(kCommandMs);
            b.waitForFinished(kCommandMs);
            ++stats.concurrent;
        }
    }

    // Settle: no more faults; sync both until nothing waits; list, then resolve, every conflict.
    proxy->setRandomFaults(0, seed, {});
    int conflictsListed = 0;
    int refused = 0;
    for (int round = 0; round < 6; ++round) {
        for (const CliRunner& c : ws) {
            c.run({u"sync"_s}, false, {}, kCommandMs);
            const CliRun conflicts = c.run({u"conflicts"_s, u"--json"_s});
            for (const QJsonValue& v : conflicts.json().array()) {
                ++conflictsListed;
                c.run(
                    {u"resolve"_s, QString::number(v.toObject().value(u"id"_s).toInteger()), u"--keep"_s, u"theirs"_s});
            }
        }
    }
    for (const CliRunner& c : ws) {
        const CliRun pending = c.run({u"pending"_s, u"--json"_s});
        for (const QJsonValue& v : pending.json().array())
            if (v.toObject().value(u"state"_s).toString() == u"failed"_s)
                ++refused;
    }
    for (const CliRunner& c : ws)
        c.run({u"sync"_s, u"--pull-only"_s}, false, {}, kCommandMs);

    // The verdict.
    QStringList problems;
    const QMap<QString, QJsonObject> server = serverLeads(sales, campaign->id);
    if (server.size() != kLeads)
        problems << u"the server has %1 of the soak's %2 leads"_s.arg(server.size()).arg(kLeads);
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        const int onServer = server.value(it.key()).value(u"messages_count"_s).toInt();
        if (onServer != it.value())
            problems << u"lead %1: %2 messages recorded, %3 on the server (%4)"_s.arg(it.key())
                            .arg(it.value())
                            .arg(onServer)
                            .arg(onServer < it.value() ? u"lost"_s : u"doubled"_s);
    }
    for (int w = 0; w < 2; ++w) {
        for (const QString& id : contacted[w])
            if (server.value(id).value(u"status"_s).toString() != u"contacted"_s)
                problems << u"lead %1 was marked contacted but is %2 on the server"_s.arg(
                    id, server.value(id).value(u"status"_s).toString());
        const QMap<QString, QJsonObject> local = localLeads(ws[w], campaign->id);
        if (local != server) {
            QStringList differing;
            for (auto it = server.cbegin(); it != server.cend() && differing.size() < 5; ++it) {
                if (local.value(it.key()) != it.value())
                    differing << u"%1 (local %2, server %3)"_s.arg(
                        it.key(),
                        QString::fromUtf8(QJsonDocument(local.value(it.key())).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)));
            }
            problems << u"workspace %1 differs from the server (%2 local rows, %3 server rows): %4"_s
                            .arg(w == 0 ? u"A"_s : u"B"_s)
                            .arg(local.size())
                            .arg(server.size())
                            .arg(differing.join(u"; "_s));
        }
        const CliRun pending = ws[w].run({u"pending"_s, u"--json"_s});
        if (!pending.json().array().isEmpty())
            problems << u"workspace %1 still has %2 unsent changes"_s.arg(w == 0 ? u"A"_s : u"B"_s)
                            .arg(pending.json().array().size());
    }
    int requests = 0, faults = 0;
    QMetaObject::invokeMethod(
        proxy,
        [&] {
            requests = proxy->requests();
            faults = proxy->faultsInjected();
        },
        Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        proxy, [proxy] { delete proxy; }, Qt::BlockingQueuedConnection);
    proxyThread.quit();
    proxyThread.wait();

    const QJsonObject summary{{u"minutes"_s, minutes},
                              {u"seed"_s, static_cast<qint64>(seed)},
                              {u"messages_recorded"_s, stats.messages},
                              {u"contacts_recorded"_s, stats.contacts},
                              {u"syncs"_s, stats.syncs},
                              {u"syncs_offline"_s, stats.syncFailures},
                              {u"syncs_killed"_s, stats.kills},
                              {u"concurrent_sync_pairs"_s, stats.concurrent},
                              {u"requests_through_proxy"_s, requests},
                              {u"faults_injected"_s, faults},
                              {u"conflicts_listed"_s, conflictsListed},
                              {u"refused_changes"_s, refused},
                              {u"leads_checked"_s, static_cast<int>(server.size())},
                              {u"problems"_s, QJsonArray::fromStringList(problems)},
                              {u"result"_s, problems.isEmpty() ? u"PASS"_s : u"FAIL"_s}};
    std::printf("%s", QJsonDocument(summary).toJson(QJsonDocument::Indented).constData());
    return problems.isEmpty() ? 0 : 1;
}
