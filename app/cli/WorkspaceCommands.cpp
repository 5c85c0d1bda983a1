// leadops workspace check | rebuild: the way back from a damaged workspace file.
#include "app/cli/CliContext.h"

#include "core/Workspace.h"
#include "core/store/Database.h"
#include "core/sync/SyncLock.h"
#include "core/sync/WorkspaceRebuild.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

constexpr int kUnreachable = 3;

int check(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops workspace check [--full] [--json]"_s,
                       CliText::tr("Check the workspace file without changing it. Exit 0: healthy; 1: damaged "
                                   "(with the finding)."));
    p.addOption(u"full"_s, CliText::tr("Also compare every index with its table (slower)."));
    int code = Done;
    const auto a = p.parse(args, 0, 0, code);
    if (!a)
        return code;
    const QDir dir(ctx.workspaceDirectory());
    const QString file = dir.filePath(Workspace::databaseFileName());
    const auto findings = Database::findDamage(file, a->isSet(u"full"_s));
    if (!findings)
        return ctx.refuse(findings.error());
    const bool healthy = findings->isEmpty();
    if (healthy)
        QFile::remove(dir.filePath(Workspace::damageMarkerName())); // a false alarm, or repaired by hand
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {u"file"_s, file}, {u"healthy"_s, healthy}, {u"findings"_s, QJsonArray::fromStringList(*findings)}});
    } else if (healthy) {
        ctx.out() << CliText::tr("%1: healthy").arg(file) << Qt::endl;
    } else {
        ctx.out() << CliText::tr("%1: damaged").arg(file) << Qt::endl;
        for (const QString& f : *findings)
            ctx.out() << u"  "_s << printable(f) << Qt::endl;
        ctx.out() << CliText::tr("A synced workspace is rebuilt from the server with \"leadops workspace rebuild\" "
                                 "(the damaged file is kept beside it).")
                  << Qt::endl;
    }
    return healthy ? Done : Refused;
}

int rebuild(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops workspace rebuild [--json]"_s,
                       CliText::tr("Move the damaged workspace file aside, pull every row again from the server, and "
                                   "queue again every local change that can still be read. Needs a connected "
                                   "project (leadops connect, leadops login)."));
    int code = Done;
    if (!p.parse(args, 0, 0, code))
        return code;
    auto backend = openBackend();
    if (!backend) {
        ctx.refuse(Error{backend.error().kind,
                         CliText::tr("A workspace is rebuilt from the server, and none can be used: %1")
                             .arg(backend.error().message),
                         {}});
        return isTransient(backend.error()) ? kUnreachable : Refused;
    }
    const auto lock = SyncLock::acquire(ctx.workspaceDirectory(), 120'000);
    if (!lock)
        return ctx.refuse(lock.error());
    const auto report = rebuildWorkspace(ctx.workspaceDirectory(), *backend->client);
    if (!report) {
        ctx.refuse(report.error());
        return isTransient(report.error()) ? kUnreachable : Refused;
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"damaged_copy"_s, report->damagedCopy},
                                  {u"pulled"_s, report->pulled},
                                  {u"requeued"_s, report->requeued},
                                  {u"lost"_s, QJsonArray::fromStringList(report->lost)}});
    } else {
        ctx.out() << CliText::tr("Rebuilt: %1 rows pulled from the server, %2 local change(s) queued again. The "
                                 "damaged file is kept as %3")
                         .arg(report->pulled)
                         .arg(report->requeued)
                         .arg(report->damagedCopy)
                  << Qt::endl;
        for (const QString& lost : report->lost)
            ctx.out() << CliText::tr("  could not be recovered: %1").arg(printable(lost)) << Qt::endl;
    }
    return report->lost.isEmpty() ? Done : Refused;
}

} // namespace

int runWorkspace(CliContext& ctx, const QStringList& args)
{
    const QString action = args.value(0);
    if (action == u"check"_s)
        return check(ctx, args.mid(1));
    if (action == u"rebuild"_s)
        return rebuild(ctx, args.mid(1));
    return groupUsage(ctx, action, u"workspace"_s, u"leadops workspace check [--full] | rebuild"_s);
}

} // namespace leadops::cli
