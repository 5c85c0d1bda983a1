// leadops workspace check | rebuild: the way back from a damaged workspace file.
#include "app/cli/Command.h"

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

int check(Invocation& in)
{
    CliContext& ctx = in.ctx;
    const QDir dir(ctx.workspaceDirectory());
    const QString file = dir.filePath(Workspace::databaseFileName());
    const auto findings = Database::findDamage(file, in.isSet(u"full"_s));
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

int rebuild(Invocation& in)
{
    CliContext& ctx = in.ctx;
    auto backend = openBackend();
    if (!backend) {
        Error e = backend.error();
        e.message = CliText::tr("A workspace is rebuilt from the server, and none can be used: %1").arg(e.message);
        return in.refuse(e);
    }
    const auto lock = SyncLock::acquire(ctx.workspaceDirectory(), 120'000);
    if (!lock)
        return in.refuse(lock.error());
    const auto report = rebuildWorkspace(ctx.workspaceDirectory(), *backend->client);
    if (!report)
        return in.refuse(report.error());
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

QList<Command> workspaceCommands()
{
    // Neither opens the workspace: a damaged file must not be opened to be checked or rebuilt.
    return {
        {.group = u"workspace"_s,
         .verb = u"check"_s,
         .synopsis = u"leadops workspace check [--full] [--json]"_s,
         .description = CliText::tr("Check the workspace file without changing it. Exit 0: healthy; 1: damaged "
                                    "(with the finding)."),
         .options = {{u"full"_s, CliText::tr("Also compare every index with its table (slower).")}},
         .opens = Command::Opens::Nothing,
         .run = check},
        {.group = u"workspace"_s,
         .verb = u"rebuild"_s,
         .synopsis = u"leadops workspace rebuild [--json]"_s,
         .description = CliText::tr("Move the damaged workspace file aside, pull every row again from the server, "
                                    "and queue again every local change that can still be read. Needs a connected "
                                    "project (leadops connect, leadops login)."),
         .opens = Command::Opens::Nothing,
         .reachesServer = true,
         .run = rebuild},
    };
}

} // namespace leadops::cli
