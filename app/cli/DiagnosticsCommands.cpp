#include "app/cli/Command.h"

#include "core/Workspace.h"
#include "core/diagnostics/DiagnosticsReport.h"
#include "core/diagnostics/HealthCheck.h"
#include "core/obs/JsonLog.h"
#include "core/obs/Redactor.h"
#include "core/obs/RequestMetrics.h"
#include "core/rest/Await.h"
#include "core/store/Database.h"

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

HealthReport checkHealth(const QString& workspaceDirectory)
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
    return waitForFuture(check.run(*config, session, 5000, RequestMetrics::lastRuns(workspaceDirectory, 1)));
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
        return Unreachable;
    }
    return Unreachable;
}

int health(Invocation& in)
{
    CliContext& ctx = in.ctx;
    const HealthReport report = checkHealth(ctx.baseDirectory());
    if (ctx.json()) {
        ctx.printJson(report.toJson());
    } else {
        ctx.out() << CliText::tr("backend: %1").arg(toKey(report.state)) << u'\n';
        for (const QString& reason : report.reasons)
            ctx.out() << u"  - "_s << redactor::redact(reason) << u'\n';
        if (report.state == HealthReport::State::NotConfigured)
            ctx.out() << u"  "_s << hintFor(u"not_configured"_s) << u'\n';
        if (report.restStatus)
            ctx.out()
                << CliText::tr("  REST answered HTTP %1 in %2 ms").arg(report.restStatus).arg(report.restMs, 0, 'f', 1)
                << u'\n';
        ctx.out().flush();
    }
    return exitFor(report);
}

int diagnostics(Invocation& in)
{
    CliContext& ctx = in.ctx;
    const QString format = in.isSet(u"format"_s) ? in.value(u"format"_s) : (ctx.json() ? u"json"_s : u"text"_s);
    if (format != u"text"_s && format != u"json"_s && format != u"prometheus"_s)
        return in.usage(CliText::tr("--format must be text, json or prometheus"));
    const QString dir = ctx.workspaceDirectory();
    const QJsonArray runs = RequestMetrics::lastRuns(ctx.baseDirectory(), 20);
    if (format == u"prometheus"_s) {
        ctx.out() << diagnostics::prometheus(runs);
        ctx.out().flush();
        return Done;
    }
    const HealthReport health = checkHealth(ctx.baseDirectory());
    auto ws = ctx.workspace();
    const QJsonObject report = diagnostics::build(ws ? *ws : nullptr, dir, health, ctx.previousRunUnclean(),
                                                  ws ? QString() : ws.error().message);
    ctx.out() << (format == u"json"_s ? diagnostics::toJsonText(report) : diagnostics::toText(report));
    ctx.out().flush();
    return Done;
}

} // namespace

QList<Command> diagnosticsCommands()
{
    // Neither needs the workspace to open: they report why it does not.
    return {
        {.group = u"health"_s,
         .synopsis = u"leadops health [--json]"_s,
         .description = CliText::tr("Check the backend: REST, Auth, clock skew, session expiry. Exit 0 healthy, 1 "
                                    "degraded, 3 unreachable or not configured."),
         .opens = Command::Opens::Nothing,
         .run = health},
        {.group = u"diagnostics"_s,
         .synopsis = u"leadops diagnostics [--json] [--format text|json|prometheus]"_s,
         .description = CliText::tr("One redacted report for a support ticket: versions, workspace, health, request "
                                    "metrics, the last runs and the last 200 log lines."),
         .options = {{u"format"_s, CliText::tr("text (default), json or prometheus (metrics only)."), u"FORMAT"_s}},
         .opens = Command::Opens::Nothing,
         .run = diagnostics},
    };
}

} // namespace leadops::cli
