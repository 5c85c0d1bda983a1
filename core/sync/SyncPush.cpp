// The push half of the sync: each outbox entry sent with its precondition, the answer read as
// applied, refused or in conflict; and the user's resolution of what was refused.
#include "core/sync/SyncEngine.h"

#include "core/json/RowReader.h"
#include "core/obs/Logging.h"
#include "core/rest/PostgrestClient.h"
#include "core/store/Database.h"
#include "core/store/SyncState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// The messages keep the sync engine's translation context.
struct SyncEngineText
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

// Two server timestamps of the same instant, whatever their spelling ("+00:00" or "Z").
bool sameServerTime(const QString& a, const QString& b)
{
    const auto x = serverTimeMicros(a);
    const auto y = serverTimeMicros(b);
    return x && y && *x == *y;
}

} // namespace

Result<std::optional<QJsonObject>> SyncEngine::fetchRow(const QString& entity, const QString& id)
{
    PostgrestQuery q(Outbox::tableFor(entity));
    q.select(u"*"_s).eq(u"id"_s, id);
    const auto response = m_client.sendAndWait(RestRequest{HttpMethod::Get, q, {}, {}, false, 0, kRetries});
    if (!response)
        return tl::unexpected(response.error());
    const QJsonArray rows = response->json.array();
    if (rows.isEmpty())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(rows.first().toObject());
}

Result<void> SyncEngine::pushEntry(const OutboxEntry& e, SyncReport& report)
{
    const QString table = Outbox::tableFor(e.entity);
    QJsonObject body = e.payload;
    body.insert(u"last_mutation_id"_s, e.mutationId);
    RestRequest r;
    r.prefer << u"return=representation"_s;
    r.retries = kRetries; // safe: the mutation id and the precondition make a repeat harmless
    if (e.op == u"insert"_s) {
        r.method = HttpMethod::Post;
        r.query = PostgrestQuery(table);
    } else {
        body.remove(u"id"_s);
        body.remove(u"created_at"_s);
        body.remove(u"updated_at"_s);
        // A campaign's spent is its ledger's: the server adds the entries up (pushed as "spend"),
        // so an edit or a pause never carries a total that a colleague's spend has since changed.
        if (e.entity == u"campaign"_s)
            body.remove(u"spent"_s);
        r.method = HttpMethod::Patch;
        r.query = PostgrestQuery(table);
        r.query.eq(u"id"_s, e.entityId);
        // The precondition: the server row is still the version this change was made from.
        if (e.baseUpdatedAt.isEmpty())
            r.query.is(u"updated_at"_s, PostgrestQuery::IsValue::Null); // never synced: matches nothing
        else
            r.query.eq(u"updated_at"_s, e.baseUpdatedAt);
    }
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const auto response = m_client.sendAndWait(r);
    QJsonObject applied;
    if (response && response->json.isArray() && response->json.array().size() == 1) {
        applied = response->json.array().first().toObject();
    } else if (!response && isTransient(response.error()) && response.error().kind != ErrorKind::Decode) {
        // Offline, a proxy's 502, a 429 after the retries: no answer about the change itself. Stop
        // and keep it (and everything after it) pending for the next sync.
        return tl::unexpected(response.error());
    } else if (!response && response.error().kind != ErrorKind::Duplicate &&
               response.error().kind != ErrorKind::Decode) {
        ++report.failed;
        return m_outbox.markFailed(e.id, response.error().message);
    } else {
        // Zero rows changed, the insert's id exists, or the answer was cut: applied by an earlier
        // attempt (the row carries our mutation id), or a conflict.
        const auto current = fetchRow(e.entity, e.entityId);
        if (!current)
            return tl::unexpected(current.error());
        if (!*current) {
            ++report.failed;
            // An insert refused as a duplicate of another row (a contact already in the campaign):
            // the server's own message says which.
            if (!response && response.error().kind == ErrorKind::Duplicate)
                return m_outbox.markFailed(e.id, response.error().message);
            return m_outbox.markFailed(
                e.id, SyncEngineText::tr(
                          "%1 %2 is not on the server: it was deleted there, never reached it, or your role may "
                          "not see it")
                          .arg(e.entity, e.entityId));
        }
        // Zero rows changed, yet the row is still the version the change was made from: the server
        // did not let this user change it (row-level security filters an UPDATE to nothing, with
        // no error). A refusal by role, not a conflict: nobody else changed anything.
        if (e.op != u"insert"_s && (*current)->value(u"last_mutation_id"_s).toString() != e.mutationId &&
            sameServerTime((*current)->value(u"updated_at"_s).toString(), e.baseUpdatedAt)) {
            ++report.failed;
            const QString role = m_client.bearerRole();
            return m_outbox.markFailed(
                e.id, SyncEngineText::tr("Your role (%1) cannot change %2 %3: the server kept its row. Drop the "
                                         "change, or ask a colleague whose role may change it")
                          .arg(role.isEmpty() ? SyncEngineText::tr("none") : role, e.entity, e.entityId));
        }
        if ((*current)->value(u"last_mutation_id"_s).toString() != e.mutationId) {
            ++report.conflicts;
            qCInfo(lcSync) << "conflict on" << e.entity << e.entityId;
            return m_outbox.markConflict(e.id, **current);
        }
        applied = **current;
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    if (auto s = m_outbox.remove(e.id); !s)
        return s;
    // Later changes of the same row now build on the version the server just stored.
    if (auto s = m_outbox.rebase(e.entityId, applied.value(u"updated_at"_s).toString()); !s)
        return s;
    const auto stillQueued = m_outbox.countFor(e.entityId);
    if (!stillQueued)
        return tl::unexpected(stillQueued.error());
    if (*stillQueued == 0) {
        if (auto s = m_rows.store(e.entity, applied); !s)
            return s;
    } else if (auto s = m_state.setServerVersion(e.entity, e.entityId, applied.value(u"updated_at"_s).toString()); !s) {
        return s;
    }
    if (e.entity == u"spend"_s) {
        if (auto s = followLedgerEntry(applied); !s)
            return s;
    }
    if (auto s = tx.commit(); !s)
        return s;
    ++report.pushed;
    return {};
}

Result<void> SyncEngine::followLedgerEntry(const QJsonObject& spend)
{
    // The server applied the entry to its campaign row (trigger apply_campaign_spend), which moved
    // that row's updated_at from `campaign_updated_from` to `campaign_updated_at`. If the version this
    // console's queued campaign changes build on is the one the entry found, nobody else changed the
    // campaign in between: they now build on the version with the entry. Otherwise they stay as
    // they are and meet the colleague's change as a conflict.
    const QString campaignId = spend.value(u"campaign_id"_s).toString();
    const QString from = spend.value(u"campaign_updated_from"_s).toString();
    const QString to = spend.value(u"campaign_updated_at"_s).toString();
    if (campaignId.isEmpty() || from.isEmpty() || to.isEmpty())
        return {};
    const auto base = m_state.serverVersion(u"campaign"_s, campaignId);
    if (!base)
        return tl::unexpected(base.error());
    if (!sameServerTime(*base, from))
        return {};
    const auto queued = m_outbox.countFor(campaignId);
    if (!queued)
        return tl::unexpected(queued.error());
    if (*queued == 0)
        return {}; // the next pull brings the server's row, with its own figures
    if (auto s = m_outbox.rebase(campaignId, to); !s)
        return s;
    return m_state.setServerVersion(u"campaign"_s, campaignId, to);
}

Result<SyncReport> SyncEngine::push()
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    const auto entries = m_outbox.entries();
    if (!entries)
        return tl::unexpected(entries.error());
    QSet<QString> blocked; // a row with an unresolved conflict or refusal keeps its later changes back
    for (const OutboxEntry& e : *entries) {
        if (e.state != u"pending"_s || blocked.contains(e.entityId)) {
            blocked.insert(e.entityId);
            continue;
        }
        // Re-read: an earlier push may have rebased this entry.
        const auto fresh = m_outbox.get(e.id);
        if (!fresh || !*fresh)
            continue;
        if (auto r = pushEntry(**fresh, report); !r)
            return tl::unexpected(r.error());
        const auto after = m_outbox.get(e.id);
        if (after && *after)
            blocked.insert(e.entityId);
    }
    report.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    report.pending = m_outbox.count(u"pending"_s).value_or(0);
    report.conflicts = m_outbox.count(u"conflict"_s).value_or(report.conflicts);
    // Every refusal still waiting for the user, not only this run's: a sync never reports "all
    // clear" while a change sits unsent.
    report.failed = m_outbox.count(u"failed"_s).value_or(report.failed);
    return report;
}

namespace {

// Drops a refused change with the row's later changes (see resolveConflict). Inside the caller's
// transaction.
Result<void> dropRefusedChange(Database& db, const OutboxEntry& e)
{
    SyncState state(db);
    if (e.op == u"insert"_s) {
        // The local rows that would point nowhere once this one goes.
        QString children;
        const auto referring = state.rowsReferringTo(e.entity, e.entityId, &children);
        if (!referring)
            return tl::unexpected(referring.error());
        if (*referring > 0)
            return fail(ErrorKind::Validation,
                        SyncEngineText::tr("The %1 %2 never reached the server and %3 local %4 refer to it; "
                                           "resolve their changes first")
                            .arg(e.entity, e.entityId)
                            .arg(*referring)
                            .arg(children));
    }
    if (auto r = Outbox(db).removeRow(e.entityId); !r)
        return r;
    if (e.entity == u"spend"_s) {
        // The campaign's local figures counted the refused entry: the server's row replaces them
        // at the next pull.
        const QString campaignId = e.payload.value(u"campaign_id"_s).toString();
        if (auto r = state.forgetServerVersion(u"campaign"_s, campaignId); !r)
            return r;
        if (auto r = state.askAgain(u"campaign"_s, campaignId); !r)
            return r;
    }
    if (e.op == u"insert"_s)
        return state.removeLocalRow(e.entity, e.entityId);
    // The server's row, even one unchanged there since, overwrites the local one at the next pull.
    if (auto r = state.forgetServerVersion(e.entity, e.entityId); !r)
        return r;
    return state.askAgain(e.entity, e.entityId);
}

} // namespace

Result<void> resolveConflict(Database& db, qint64 outboxId, bool keepMine)
{
    Outbox outbox(db);
    const auto entry = outbox.get(outboxId);
    if (!entry)
        return tl::unexpected(entry.error());
    if (!*entry || ((*entry)->state != u"conflict"_s && (*entry)->state != u"failed"_s))
        return tl::unexpected(Error{ErrorKind::NotFound,
                                    SyncEngineText::tr("No conflict or refused change with id %1").arg(outboxId),
                                    {},
                                    0,
                                    u"no_such_change"_s});
    const OutboxEntry& e = **entry;
    Transaction tx(db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    if (e.state == u"failed"_s) {
        if (auto r = keepMine ? outbox.retry(e.id) : dropRefusedChange(db, e); !r)
            return r;
    } else if (keepMine) {
        if (auto r = outbox.markPending(e.id, e.theirs.value(u"updated_at"_s).toString()); !r)
            return r;
    } else {
        if (auto r = outbox.removeRow(e.entityId); !r)
            return r;
        if (auto r = ServerRowWriter(db).store(e.entity, e.theirs); !r)
            return r;
        // The server's row kept with the conflict may be older than the server's row now: while the
        // conflict waited, each pull held the row back and moved its watermark past newer versions,
        // which no later pull brings again. Asked for by id at the next pull (the soak found it).
        if (auto r = SyncState(db).askAgain(e.entity, e.entityId); !r)
            return r;
    }
    return tx.commit();
}

} // namespace leadops
