#include "CliContext.h"

#include "Workspace.h"
#include "obs/HealthCheck.h"
#include "obs/JsonLog.h"
#include "obs/Redactor.h"
#include "obs/RequestMetrics.h"
#include "rest/Await.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

constexpr int kUnreachable = 3;

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

HealthReport checkHealth()
{
    const auto config = connectionConfig();
    if (!config) {
        HealthReport r;
        r.reasons << config.error().message;
        return r;
    }
    std::optional<Session> session;
    if (config->accessToken.isEmpty() && config->isConfigured()) {
        if (auto s = storedSession())
            session = *s;
    }
    HealthCheck check;
    auto future = check.run(*config, session);
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<HealthReport> watcher;
        QObject::connect(&watcher, &QFutureWatcher<HealthReport>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

int exitFor(const HealthReport& r)
{
    switch (r.state) {
    case HealthReport::State::Online:
    case HealthReport::State::SignedOut:
        return Done;
    case HealthReport::State::Degraded:
        return Refused;
    case HealthReport::State::Offline:
    case HealthReport::State::NotConfigured:
        return kUnreachable;
    }
    return kUnreachable;
}

QJsonObject workspaceSection(CliContext& ctx)
{
    auto ws = ctx.workspace();
    if (!ws)
        return QJsonObject{{u"error"_s, ws.error().message}};
    Database& db = (*ws)->database();
    QJsonObject counts;
    for (const QString& table : {u"niches"_s, u"campaigns"_s, u"leads"_s, u"audit_log"_s}) {
        QSqlQuery q(db.connection());
        counts.insert(table, q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1);
    }
    return QJsonObject{{u"path"_s, (*ws)->directory()},
                       {u"schema_version"_s, db.schemaVersion()},
                       {u"rows"_s, counts},
                       // The outbox arrives with offline sync; until then every change is local.
                       {u"pending_changes"_s, 0},
                       {u"conflicts"_s, 0}};
}

QString prometheus(const QJsonArray& runs)
{
    // Sums over the recorded runs: counters per endpoint, method and outcome, and the slowest p95.
    QMap<QString, double> counters;
    QMap<QString, double> bytes;
    QMap<QString, double> p95;
    for (const QJsonValue& run : runs) {
        for (const QJsonValue& v : run.toObject().value(u"requests"_s).toArray()) {
            const QJsonObject r = v.toObject();
            const QString labels = u"service=\"%1\",endpoint=\"%2\",method=\"%3\""_s.arg(
                r.value(u"service"_s).toString(), r.value(u"endpoint"_s).toString(), r.value(u"method"_s).toString());
            const QJsonObject outcomes = r.value(u"outcomes"_s).toObject();
            for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
                counters[labels + u",outcome=\""_s + it.key() + u'"'] += it.value().toDouble();
            bytes[labels] += r.value(u"bytes_in"_s).toDouble();
            p95[labels] = std::max(p95[labels], r.value(u"p95_ms"_s).toDouble());
        }
    }
    QString out = u"# HELP leadops_requests_total Requests to PostgREST and Supabase Auth by outcome.\n"
                  "# TYPE leadops_requests_total counter\n"_s;
    for (auto it = counters.begin(); it != counters.end(); ++it)
        out += u"leadops_requests_total{%1} %2\n"_s.arg(it.key()).arg(it.value());
    out += u"# HELP leadops_response_bytes_total Response bytes received.\n"
           "# TYPE leadops_response_bytes_total counter\n"_s;
    for (auto it = bytes.begin(); it != bytes.end(); ++it)
        out += u"leadops_response_bytes_total{%1} %2\n"_s.arg(it.key()).arg(it.value());
    out += u"# HELP leadops_request_duration_p95_ms Slowest p95 latency over the recorded runs.\n"
           "# TYPE leadops_request_duration_p95_ms gauge\n"_s;
    for (auto it = p95.begin(); it != p95.end(); ++it)
        out += u"leadops_request_duration_p95_ms{%1} %2\n"_s.arg(it.key()).arg(it.value());
    return out;
}

} // namespace

int runHealth(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops health [--json]"_s,
                       tr("Check the backend: REST, Auth, clock skew, session expiry. Exit 0 healthy, 1 degraded, "
                          "3 unreachable or not configured."));
    int code = Done;
    if (!p.parse(args, 0, 0, code))
        return code;
    const HealthReport report = checkHealth();
    if (ctx.json()) {
        ctx.printJson(report.toJson());
    } else {
        ctx.out() << tr("backend: %1").arg(HealthReport::stateKey(report.state)) << u'\n';
        for (const QString& reason : report.reasons)
            ctx.out() << u"  - "_s << redactor::redact(reason) << u'\n';
        if (report.restStatus)
            ctx.out() << tr("  REST answered HTTP %1 in %2 ms").arg(report.restStatus).arg(report.restMs, 0, 'f', 1)
                      << u'\n';
        ctx.out().flush();
    }
    return exitFor(report);
}

int runDiagnostics(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops diagnostics [--json] [--format text|json|prometheus]"_s,
                       tr("One redacted report for a support ticket: versions, workspace, health, request metrics, "
                          "the last runs and the last 200 log lines."));
    p.addOption(u"format"_s, tr("text (default), json or prometheus (metrics only)."), u"FORMAT"_s);
    int code = Done;
    const auto a = p.parse(args, 0, 0, code);
    if (!a)
        return code;
    const QString format = a->isSet(u"format"_s) ? a->value(u"format"_s) : (ctx.json() ? u"json"_s : u"text"_s);
    if (format != u"text"_s && format != u"json"_s && format != u"prometheus"_s)
        return ctx.usage(tr("--format must be text, json or prometheus"), p.synopsis());
    const QString dir = ctx.workspaceDirectory();
    const QJsonArray runs = RequestMetrics::lastRuns(dir, 20);
    if (format == u"prometheus"_s) {
        ctx.out() << prometheus(runs);
        ctx.out().flush();
        return Done;
    }
    const HealthReport health = checkHealth();
    const QStringList log = jsonlog::tail(QDir(dir).filePath(u"logs"_s), 200);
    QJsonObject report{
        {u"generated_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"version"_s, QCoreApplication::applicationVersion()},
        {u"qt_version"_s, QString::fromLatin1(qVersion())},
        {u"os"_s, QString(QSysInfo::prettyProductName() + u" ("_s + QSysInfo::currentCpuArchitecture() + u')')},
        {u"kernel"_s, QString(QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion())},
        {u"locale"_s, QLocale().name()},
        {u"previous_run_unclean"_s, ctx.previousRunUnclean()},
        {u"workspace"_s, workspaceSection(ctx)},
        {u"health"_s, health.toJson()},
        {u"last_runs"_s, runs},
        {u"log_file"_s, jsonlog::filePath()},
        {u"log_tail"_s, QJsonArray::fromStringList(log)},
    };
    const QString text = redactor::redact(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
    if (format == u"json"_s) {
        ctx.out() << text;
        ctx.out().flush();
        return Done;
    }
    const QJsonObject ws = report.value(u"workspace"_s).toObject();
    ctx.out() << tr("LeadOps Console %1 (Qt %2) on %3")
                     .arg(report.value(u"version"_s).toString(), report.value(u"qt_version"_s).toString(),
                          report.value(u"os"_s).toString())
              << u'\n'
              << tr("workspace %1, schema %2, rows %3")
                     .arg(ws.value(u"path"_s).toString())
                     .arg(ws.value(u"schema_version"_s).toInt())
                     .arg(QString::fromUtf8(
                         QJsonDocument(ws.value(u"rows"_s).toObject()).toJson(QJsonDocument::Compact)))
              << u'\n' << tr("previous run ended cleanly: %1").arg(ctx.previousRunUnclean() ? tr("no") : tr("yes"))
              << u'\n' << tr("backend: %1 %2").arg(HealthReport::stateKey(health.state), health.reasons.join(u"; "_s))
              << u'\n' << tr("last runs with requests: %1").arg(runs.size()) << u'\n'
              << tr("log: %1 (last %2 lines below)").arg(jsonlog::filePath()).arg(log.size()) << u'\n';
    for (const QString& line : log)
        ctx.out() << redactor::redact(line) << u'\n';
    ctx.out().flush();
    return Done;
}

} // namespace leadops::cli
