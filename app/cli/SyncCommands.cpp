#include "app/cli/CliContext.h"

#include "core/Workspace.h"
#include "core/obs/RequestMetrics.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncLock.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

constexpr int kUnreachable = 3;
constexpr int kConflictsRemain = 4;

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

int sync(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(
        ctx, u"leadops sync [--pull-only|--push-only] [--json]"_s,
        CliText::tr("Push local changes, then pull what changed on the server. Exit 1: the server refused "
                    "a change; 3: the server cannot be reached; 4: conflicts remain."));
    p.addOption(u"pull-only"_s, CliText::tr("Only pull."));
    p.addOption(u"push-only"_s, CliText::tr("Only push."));
    int code = Done;
    const auto a = p.parse(args, 0, 0, code);
    if (!a)
        return code;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    auto backend = openBackend();
    if (!backend) {
        ctx.refuse(backend.error());
        return isTransient(backend.error()) ? kUnreachable : Refused;
    }
    // A second sync waits for the first (a scheduled one beside the window's, say) instead of
    // pushing the same changes again.
    const auto lock = SyncLock::acquire(ctx.workspaceDirectory(), 120'000);
    if (!lock)
        return ctx.refuse(lock.error());
    SyncEngine engine((*ws)->database(), *backend->client);
    SyncReport total;
    if (!a->isSet(u"pull-only"_s)) {
        const auto pushed = engine.push();
        if (!pushed) {
            ctx.refuse(pushed.error());
            return isTransient(pushed.error()) ? kUnreachable : Refused;
        }
        total = *pushed;
    }
    if (!a->isSet(u"push-only"_s)) {
        const auto pulled = engine.pull([&](const QString& table, qint64 rows, qint64 expected) {
            if (!ctx.json() && rows % 10'000 == 0) {
                ctx.err() << (expected > 0
                                  ? CliText::tr("sync: %1 %2 of about %3 rows").arg(table).arg(rows).arg(expected)
                                  : CliText::tr("sync: %1 %2 rows").arg(table).arg(rows))
                          << Qt::endl;
            }
            return true;
        });
        if (!pulled) {
            ctx.refuse(pulled.error());
            return isTransient(pulled.error()) ? kUnreachable : Refused;
        }
        total.pulled = pulled->pulled;
        total.deleted = pulled->deleted;
        total.heldBack = pulled->heldBack;
        total.seconds += pulled->seconds;
        total.pending = pulled->pending;
    }
    // What waits for the user, whatever this run did: a pull-only run still says a refusal remains.
    Outbox outbox((*ws)->database());
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
        return kConflictsRemain;
    return total.failed > 0 ? Refused : Done; // the server refused a change: `leadops pending` says why
}

int list(CliContext& ctx, const QStringList& args, bool conflicts)
{
    SubcommandParser p(ctx, conflicts ? u"leadops conflicts [--json]"_s : u"leadops pending [--json]"_s,
                       conflicts ? CliText::tr("Changes the server refused because the row changed there meanwhile.")
                                 : CliText::tr("Local changes not yet on the server (and those the server refused)."));
    int code = Done;
    if (!p.parse(args, 0, 0, code))
        return code;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    Outbox outbox((*ws)->database());
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

int resolve(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops resolve ID --keep mine|theirs"_s,
                       CliText::tr("Resolve a conflict (keep the server's row, or re-apply the local change on top "
                                   "of it) or a change the server refused (send it again, or drop it and take the "
                                   "server's row)."));
    p.addOption(u"keep"_s, CliText::tr("mine or theirs."), u"SIDE"_s);
    int code = Done;
    const auto a = p.parse(args, 1, 1, code);
    if (!a)
        return code;
    const auto keep = p.required(*a, u"keep"_s, code);
    if (!keep)
        return code;
    if (*keep != u"mine"_s && *keep != u"theirs"_s)
        return ctx.usage(CliText::tr("--keep must be mine or theirs"), p.synopsis());
    bool ok = false;
    const qint64 id = a->positional.at(0).toLongLong(&ok);
    if (!ok)
        return ctx.refuse(Error{ErrorKind::Validation,
                                CliText::tr("Change id '%1' is not a number (leadops conflicts and leadops pending "
                                            "list them)")
                                    .arg(a->positional.at(0)),
                                {}});
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    const auto entry = Outbox((*ws)->database()).get(id);
    if (!entry)
        return ctx.refuse(entry.error());
    // Resolving needs no network: the server's row was kept with a conflict, and a refused change's
    // row is asked for again by the next pull.
    if (auto r = resolveConflict((*ws)->database(), id, *keep == u"mine"_s); !r)
        return ctx.refuse(r.error());
    const bool mine = *keep == u"mine"_s;
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

int runSync(CliContext& ctx, const QString& command, const QStringList& args)
{
    if (command == u"sync"_s)
        return sync(ctx, args);
    if (command == u"pending"_s)
        return list(ctx, args, false);
    if (command == u"conflicts"_s)
        return list(ctx, args, true);
    return resolve(ctx, args);
}

} // namespace leadops::cli
