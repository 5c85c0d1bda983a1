#include "app/cli/Command.h"

#include "core/Workspace.h"
#include "core/auth/Account.h"
#include "core/obs/RequestMetrics.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncLock.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

QJsonObject entryJson(const OutboxEntry& e)
{
    QJsonObject o{{u"id"_s, e.id},
                  {u"mutation_id"_s, e.mutationId},
                  {u"entity"_s, e.entity},
                  {u"entity_id"_s, e.entityId},
                  {u"op"_s, e.op},
                  {u"state"_s, e.state},
                  {u"attempts"_s, e.attempts},
                  {u"created_at"_s, e.createdAt},
                  {u"mine"_s, e.payload}};
    if (!e.error.isEmpty())
        o.insert(u"error"_s, e.error);
    if (!e.theirs.isEmpty())
        o.insert(u"theirs"_s, e.theirs);
    return o;
}

int sync(Invocation& in)
{
    CliContext& ctx = in.ctx;
    auto backend = openBackend();
    if (!backend)
        return in.refuse(backend.error());
    // A second sync waits for the first (a scheduled one beside the window's, say) instead of
    // pushing the same changes again.
    const auto lock = SyncLock::acquire(ctx.workspaceDirectory(), 120'000);
    if (!lock)
        return in.refuse(lock.error());
    // One user's workspace: bound at its first sync, never synced as anyone else.
    if (!backend->identity.userId.isEmpty()) {
        if (const auto owner = bindWorkspace(in.workspace().database(), projectKey(backend->config), backend->identity,
                                             in.workspace().clock().now());
            !owner)
            return in.refuse(owner.error());
        in.workspace().setActor(
            Actor::member(backend->identity.email, backend->identity.role, backend->identity.userId));
    }
    SyncEngine engine(in.workspace().database(), *backend->client);
    SyncReport total;
    if (!in.isSet(u"pull-only"_s)) {
        const auto pushed = engine.push();
        if (!pushed)
            return in.refuse(pushed.error());
        total = *pushed;
    }
    if (!in.isSet(u"push-only"_s)) {
        const auto pulled = engine.pull([&](const QString& table, qint64 rows, qint64 expected) {
            if (!ctx.json() && rows % 10'000 == 0) {
                ctx.err() << (expected > 0
                                  ? CliText::tr("sync: %1 %2 of about %3 rows").arg(table).arg(rows).arg(expected)
                                  : CliText::tr("sync: %1 %2 rows").arg(table).arg(rows))
                          << Qt::endl;
            }
            return true;
        });
        if (!pulled)
            return in.refuse(pulled.error());
        total.pulled = pulled->pulled;
        total.deleted = pulled->deleted;
        total.heldBack = pulled->heldBack;
        total.seconds += pulled->seconds;
        total.pending = pulled->pending;
    }
    // What waits for the user, whatever this run did: a pull-only run still says a refusal remains.
    Outbox outbox(in.workspace().database());
    total.failed = outbox.count(u"failed"_s).value_or(total.failed);
    total.conflicts = outbox.count(u"conflict"_s).value_or(total.conflicts);
    RequestMetrics::instance().setRunSummary(u"sync"_s, total.toJson()); // for diagnostics' last runs
    if (ctx.json())
        ctx.printJson(total.toJson());
    else
        ctx.out() << CliText::tr("pushed %1, pulled %2, deleted %3, held back %4, conflicts %5, refused %6, pending %7 "
                                 "(%8 s)")
                         .arg(total.pushed)
                         .arg(total.pulled)
                         .arg(total.deleted)
                         .arg(total.heldBack)
                         .arg(total.conflicts)
                         .arg(total.failed)
                         .arg(total.pending)
                         .arg(total.seconds, 0, 'f', 2)
                  << Qt::endl;
    if (total.conflicts > 0)
        return ConflictsRemain;
    return total.failed > 0 ? Refused : Done; // the server refused a change: `leadops pending` says why
}

int list(Invocation& in, bool conflicts)
{
    CliContext& ctx = in.ctx;
    Outbox outbox(in.workspace().database());
    const auto entries = outbox.entries();
    if (!entries)
        return ctx.refuse(entries.error());
    QJsonArray rows;
    QList<QStringList> table;
    for (const OutboxEntry& e : *entries) {
        if ((e.state == u"conflict"_s) != conflicts)
            continue;
        rows << entryJson(e);
        table << QStringList{QString::number(e.id),
                             e.state,
                             e.entity,
                             e.entityId,
                             e.op,
                             conflicts ? e.theirs.value(u"status"_s).toString() + u" (theirs) / "_s +
                                             e.payload.value(u"status"_s).toString() + u" (mine)"_s
                                       : e.error};
    }
    if (ctx.json())
        return ctx.printJson(rows);
    ctx.printTable({CliText::tr("ID"), CliText::tr("STATE"), CliText::tr("ENTITY"), CliText::tr("ROW"),
                    CliText::tr("OP"), conflicts ? CliText::tr("STATUS") : CliText::tr("ERROR")},
                   table);
    return Done;
}

int resolve(Invocation& in)
{
    CliContext& ctx = in.ctx;
    const QString keep = in.value(u"keep"_s);
    if (keep != u"mine"_s && keep != u"theirs"_s)
        return in.usage(CliText::tr("--keep must be mine or theirs"));
    bool ok = false;
    const qint64 id = in.argument(0).toLongLong(&ok);
    if (!ok)
        return ctx.refuse(Error{ErrorKind::Validation,
                                CliText::tr("Change id '%1' is not a number (leadops conflicts and leadops pending "
                                            "list them)")
                                    .arg(in.argument(0)),
                                {}});
    const auto entry = Outbox(in.workspace().database()).get(id);
    if (!entry)
        return ctx.refuse(entry.error());
    // Resolving needs no network: the server's row was kept with a conflict, and a refused change's
    // row is asked for again by the next pull.
    if (auto r = resolveConflict(in.workspace().database(), id, keep == u"mine"_s); !r)
        return ctx.refuse(r.error());
    const bool mine = keep == u"mine"_s;
    QString done;
    if ((*entry)->state == u"conflict"_s)
        done = mine ? CliText::tr("Conflict %1: your change is queued again on top of the server's row")
                    : CliText::tr("Conflict %1: the server's row is kept, your change dropped");
    else if (mine)
        done = CliText::tr("Change %1: queued to be sent again at the next sync");
    else if ((*entry)->op == u"insert"_s)
        done = CliText::tr("Change %1: dropped; the row never reached the server and is removed here");
    else
        done = CliText::tr("Change %1: dropped; the server's row comes back with the next sync");
    ctx.out() << done.arg(id) << Qt::endl;
    return Done;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {.group = u"sync"_s,
         .synopsis = u"leadops sync [--pull-only|--push-only] [--json]"_s,
         .description = CliText::tr("Push local changes, then pull what changed on the server. Exit 1: the server "
                                    "refused a change; 3: the server cannot be reached; 4: conflicts remain."),
         .options = {{u"pull-only"_s, CliText::tr("Only pull.")}, {u"push-only"_s, CliText::tr("Only push.")}},
         .reachesServer = true,
         .run = sync},
        {.group = u"pending"_s,
         .synopsis = u"leadops pending [--json]"_s,
         .description = CliText::tr("Local changes not yet on the server (and those the server refused)."),
         .run = [](Invocation& in) { return list(in, false); }},
        {.group = u"conflicts"_s,
         .synopsis = u"leadops conflicts [--json]"_s,
         .description = CliText::tr("Changes the server refused because the row changed there meanwhile."),
         .run = [](Invocation& in) { return list(in, true); }},
        {.group = u"resolve"_s,
         .synopsis = u"leadops resolve ID --keep mine|theirs"_s,
         .description = CliText::tr("Resolve a conflict (keep the server's row, or re-apply the local change on top "
                                    "of it) or a change the server refused (send it again, or drop it and take the "
                                    "server's row)."),
         .options = {{u"keep"_s, CliText::tr("mine or theirs."), u"SIDE"_s, true}},
         .minArguments = 1,
         .maxArguments = 1,
         .run = resolve},
    };
}

} // namespace leadops::cli
