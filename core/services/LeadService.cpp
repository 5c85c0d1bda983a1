#include "core/services/LeadService.h"

#include "core/domain/Ownership.h"
#include "core/json/EntityJson.h"
#include "core/obs/Logging.h"
#include "core/services/Transition.h"
#include "core/store/CampaignStore.h"
#include "core/store/Outbox.h"
#include "core/store/SyncState.h"
#include "core/util/Clock.h"
#include "core/util/Ids.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

LeadService::LeadService(Database& db, const Clock& clock, const Actor& actor, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_actor(actor), m_store(db), m_team(db), m_notes(db), m_audit(db)
{}

template <typename Rule>
Result<Lead> LeadService::transition(const QString& id, const QString& action, Rule&& rule, const QString& detail)
{
    const QDateTime now = m_clock.now();
    auto result = applyTransition<Lead>(
        m_db, m_store, u"lead"_s, tr("lead"), id, action, m_actor, now,
        [&](const Lead& l) -> Result<Lead> {
            if (auto may = checkMayWorkOn(l); !may)
                return tl::unexpected(may.error());
            return rule(l, now);
        },
        detail);
    if (!result) {
        qCInfo(lcService) << "lead" << id << action << "refused:" << result.error().message;
        return result;
    }
    Q_EMIT leadChanged(*result);
    return result;
}

Result<Lead> LeadService::create(const QString& campaignId, Platform source, const QString& contact,
                                 const QString& displayName, const std::optional<QDateTime>& createdAt)
{
    const auto created = createMany({NewLead{campaignId, source, contact, displayName, createdAt}});
    if (!created)
        return tl::unexpected(created.error());
    return created->first();
}

Result<QList<Result<Lead>>> LeadService::createMany(const QList<NewLead>& leads)
{
    const QDateTime now = m_clock.now();
    CampaignStore campaigns(m_db);
    QHash<QString, std::optional<Campaign>> campaignById; // within this transaction
    QList<Result<Lead>> out;
    out.reserve(leads.size());
    // One lead by the rules, read against the store; written by the caller.
    const auto checked = [&](const NewLead& draft) -> Result<Lead> {
        const auto campaignId = checkId(draft.campaignId, tr("campaign"));
        if (!campaignId)
            return tl::unexpected(campaignId.error());
        auto lead = Lead::create(newUuidV7(now), *campaignId, draft.source, draft.contact, now);
        if (!lead)
            return lead;
        if (!draft.displayName.trimmed().isEmpty()) {
            lead = lead->rename(draft.displayName, now);
            if (!lead)
                return lead;
        }
        if (draft.createdAt) {
            if (!draft.createdAt->isValid() || *draft.createdAt > now)
                return fail(ErrorKind::Validation,
                            tr("A lead's creation time must be a valid time no later than now (got %1)")
                                .arg(draft.createdAt->toString(Qt::ISODate)));
            lead->createdAt = *draft.createdAt;
        }
        auto campaign = campaignById.constFind(*campaignId);
        if (campaign == campaignById.cend()) {
            const auto read = campaigns.get(*campaignId);
            if (!read)
                return tl::unexpected(read.error());
            campaign = campaignById.insert(*campaignId, *read);
        }
        if (!*campaign)
            return fail(ErrorKind::NotFound, tr("No campaign with id %1").arg(*campaignId));
        if (auto accepts = (*campaign)->checkAcceptsLeads(); !accepts)
            return tl::unexpected(accepts.error());
        const auto taken = m_store.hasContact(*campaignId, lead->contact);
        if (!taken)
            return tl::unexpected(taken.error());
        if (!*taken)
            return lead;
        const auto existing = m_store.findByContact(*campaignId, lead->contact);
        if (!existing)
            return tl::unexpected(existing.error());
        if (*existing)
            return fail(
                ErrorKind::Duplicate,
                tr("Contact %1 is already lead %2 of campaign %3 (status %4): a contact is unique within a campaign")
                    .arg(lead->contact, (*existing)->id, *campaignId, toKey((*existing)->status)),
                u"unique_contact"_s);
        return lead;
    };

    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    ChangeWriter writer(m_db, m_store, u"lead"_s, m_actor);
    for (const NewLead& draft : leads) {
        auto lead = checked(draft);
        if (!lead && lead.error().kind == ErrorKind::Store)
            return tl::unexpected(lead.error());
        if (lead) {
            if (auto r = writer.created(*lead, toKey(draft.source), now); !r)
                return tl::unexpected(r.error()); // a refused role, or the store: none of them is written
        }
        out << std::move(lead);
    }
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    for (const auto& lead : std::as_const(out)) {
        if (lead)
            Q_EMIT leadCreated(*lead);
    }
    return out;
}

Result<void> LeadService::remove(const QString& id, const QString& why)
{
    const auto lead = get(id);
    if (!lead)
        return tl::unexpected(lead.error());
    if (auto allowed = m_actor.checkCanChange(EntityKind::Lead); !allowed)
        return allowed;
    if (auto may = checkMayWorkOn(*lead); !may)
        return may;
    const auto notes = m_notes.forLead(lead->id);
    if (!notes)
        return tl::unexpected(notes.error());
    const QDateTime now = m_clock.now();
    SyncState state(m_db);
    Outbox outbox(m_db);
    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    const auto serverVersion = state.serverVersion(u"lead"_s, lead->id);
    if (!serverVersion)
        return tl::unexpected(serverVersion.error());
    // Notes still queued never reached the server: they go with the lead. Those it has are the
    // server's to remove with the lead (its tombstone), and this console's to drop now.
    for (const Note& note : *notes) {
        if (auto r = outbox.removeRow(note.id); !r)
            return r;
        if (auto r = state.removeLocalRow(u"note"_s, note.id); !r)
            return r;
    }
    if (serverVersion->isEmpty()) {
        if (auto r = outbox.removeRow(lead->id); !r)
            return r;
    } else {
        QJsonObject tombstone = toRow(*lead);
        tombstone.insert(u"deleted_at"_s, now.toUTC().toString(Qt::ISODateWithMs));
        if (auto r = outbox.append(u"lead"_s, lead->id, u"update"_s, tombstone, now); !r) // before the row goes
            return r;
    }
    if (auto r = state.removeLocalRow(u"lead"_s, lead->id); !r)
        return r;
    if (auto r = m_audit.record(AuditEntry{0, u"lead"_s, lead->id, u"delete"_s, toKey(lead->status),
                                           toKey(lead->status), why, m_actor.name(), now});
        !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    Q_EMIT leadRemoved(lead->id);
    return {};
}

Result<Lead> LeadService::get(const QString& id)
{
    return loadEntity<Lead>(m_store, tr("lead"), id);
}

Result<QList<Lead>> LeadService::list(const LeadFilter& filter)
{
    return m_store.list(filter);
}

Result<LeadPage> LeadService::page(const LeadFilter& filter)
{
    return m_store.page(filter);
}

Result<LeadCursor> LeadService::cursorAt(const QString& id, LeadSort sort)
{
    return m_store.cursorAt(id, sort);
}

Result<void> LeadService::ensureSortIndex(LeadSort sort)
{
    return m_store.ensureSortIndex(sort);
}

Result<qint64> LeadService::count(const LeadFilter& filter)
{
    return m_store.count(filter);
}

Result<QList<QPair<LeadStatus, qint64>>> LeadService::countByStatus(const LeadFilter& filter)
{
    return m_store.countByStatus(filter);
}

Result<QList<AuditEntry>> LeadService::history(const QString& id)
{
    const auto lead = get(id);
    if (!lead)
        return tl::unexpected(lead.error());
    return m_audit.history(lead->id);
}

Result<void> LeadService::checkMayWorkOn(const Lead& lead)
{
    if (m_actor.isLocal() || lead.ownerId.isEmpty() || lead.ownerId == m_actor.userId())
        return {}; // no need to read the team
    const auto owner = m_team.get(lead.ownerId);
    if (!owner)
        return tl::unexpected(owner.error());
    return leadops::checkMayWorkOn(m_actor, lead, *owner);
}

Result<Lead> LeadService::assign(const QString& id, const QString& rawOwnerId)
{
    const QString ownerId = rawOwnerId.trimmed();
    std::optional<TeamMember> to;
    if (!ownerId.isEmpty()) {
        const auto found = m_team.get(ownerId);
        if (!found)
            return tl::unexpected(found.error());
        to = *found;
    }
    // The history names the new owner by e-mail ("—": back to the queue).
    return transition(
        id, u"assign"_s,
        [&](const Lead& l, const QDateTime& now) -> Result<Lead> {
            std::optional<TeamMember> owner;
            if (!l.ownerId.isEmpty()) {
                const auto found = m_team.get(l.ownerId);
                if (!found)
                    return tl::unexpected(found.error());
                owner = *found;
            }
            if (auto may = checkMayAssign(m_actor, l, owner, ownerId, to); !may)
                return tl::unexpected(may.error());
            return l.assigned(ownerId, now);
        },
        to ? to->email : u"—"_s);
}

Result<Lead> LeadService::take(const QString& id)
{
    if (m_actor.userId().isEmpty())
        return fail(ErrorKind::Validation, tr("Sign in to your team to take leads: a lead belongs to a team member"),
                    u"assign"_s);
    return assign(id, m_actor.userId());
}

Result<Lead> LeadService::scheduleFollowUp(const QString& id, const QDateTime& at, const QString& note)
{
    return transition(
        id, u"follow_up"_s, [&](const Lead& l, const QDateTime& now) { return l.scheduleFollowUp(at, note, now); },
        QString(at.toUTC().toString(Qt::ISODate) + (note.trimmed().isEmpty() ? QString() : u" "_s + note.trimmed())));
}

Result<Lead> LeadService::clearFollowUp(const QString& id)
{
    return transition(id, u"clear_follow_up"_s,
                      [](const Lead& l, const QDateTime& now) { return l.clearFollowUp(now); });
}

LeadService::FollowUpWindow LeadService::followUpWindow() const
{
    const QDateTime now = m_clock.now();
    const QDate today = now.toLocalTime().date();
    return {now, today.startOfDay().toUTC(), today.addDays(1).startOfDay().toUTC()};
}

Result<QList<Lead>> LeadService::followUpsDue(const QDateTime& from, const QDateTime& before)
{
    LeadFilter f;
    f.followUpFrom = from;
    f.followUpBefore = before;
    f.sort = LeadSort::FollowUp;
    f.descending = false;
    f.limit = 1000;
    return m_store.list(f);
}

Result<Note> LeadService::addNote(const QString& rawLeadId, const QString& body)
{
    // Notes are the sales team's: the role that may change leads writes them (on any lead).
    if (auto allowed = m_actor.checkCanChange(EntityKind::Lead); !allowed)
        return tl::unexpected(allowed.error());
    const auto lead = get(rawLeadId);
    if (!lead)
        return tl::unexpected(lead.error());
    if (!m_actor.isLocal() && m_actor.userId().isEmpty())
        return fail(ErrorKind::Validation, tr("Sign in to your team to write notes: a note has an author"), u"note"_s);
    const QDateTime now = m_clock.now();
    auto note = Note::create(newUuidV7(now), lead->id, m_actor.authorId(), body, now);
    if (!note)
        return note;
    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    if (auto r = m_notes.insert(*note); !r)
        return tl::unexpected(r.error());
    if (auto r = Outbox(m_db).append(u"note"_s, note->id, u"insert"_s, toRow(*note), now); !r)
        return tl::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    Q_EMIT notesChanged(lead->id);
    return note;
}

Result<Note> LeadService::editNote(const QString& rawNoteId, const QString& body)
{
    const auto id = checkId(rawNoteId, tr("note"));
    if (!id)
        return tl::unexpected(id.error());
    const auto current = m_notes.get(*id);
    if (!current)
        return tl::unexpected(current.error());
    if (!*current)
        return fail(ErrorKind::NotFound, tr("No note with id %1").arg(*id));
    const QDateTime now = m_clock.now();
    auto next = (*current)->edited(m_actor.authorId(), body, now);
    if (!next)
        return next;
    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    if (auto r = m_notes.update(*next); !r)
        return tl::unexpected(r.error());
    if (auto r = Outbox(m_db).append(u"note"_s, next->id, u"update"_s, toRow(*next), now); !r)
        return tl::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    Q_EMIT notesChanged(next->leadId);
    return next;
}

Result<void> LeadService::removeNote(const QString& rawNoteId)
{
    const auto id = checkId(rawNoteId, tr("note"));
    if (!id)
        return tl::unexpected(id.error());
    const auto current = m_notes.get(*id);
    if (!current)
        return tl::unexpected(current.error());
    if (!*current)
        return fail(ErrorKind::NotFound, tr("No note with id %1").arg(*id));
    const QDateTime now = m_clock.now();
    if (auto may = (*current)->checkEditable(m_actor.authorId(), now); !may)
        return may;
    // The server keeps a tombstone (deleted_at), which every console drops at its next sync.
    QJsonObject tombstone = toRow(**current);
    tombstone.insert(u"deleted_at"_s, now.toUTC().toString(Qt::ISODateWithMs));
    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    if (auto r = Outbox(m_db).append(u"note"_s, *id, u"update"_s, tombstone, now); !r) // before the row goes
        return r;
    if (auto r = m_notes.remove(*id); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    Q_EMIT notesChanged((*current)->leadId);
    return {};
}

Result<QList<Note>> LeadService::notes(const QString& rawLeadId)
{
    const auto lead = get(rawLeadId);
    if (!lead)
        return tl::unexpected(lead.error());
    return m_notes.forLead(lead->id);
}

Result<Lead> LeadService::rename(const QString& id, const QString& displayName)
{
    // The new name is the history's detail ("—" when it was removed).
    return transition(
        id, u"rename"_s, [&displayName](const Lead& l, const QDateTime& now) { return l.rename(displayName, now); },
        displayName.trimmed().isEmpty() ? u"—"_s : displayName.trimmed());
}

Result<Lead> LeadService::markContacted(const QString& id)
{
    return transition(id, u"mark_contacted"_s,
                      [](const Lead& l, const QDateTime& now) { return l.markContacted(now); });
}

Result<Lead> LeadService::recordMessage(const QString& id)
{
    return transition(id, u"record_message"_s,
                      [](const Lead& l, const QDateTime& now) { return l.recordMessage(now); });
}

Result<Lead> LeadService::backToContacted(const QString& id)
{
    return transition(id, u"back_to_contacted"_s,
                      [](const Lead& l, const QDateTime& now) { return l.backToContacted(now); });
}

Result<Lead> LeadService::startQualifying(const QString& id)
{
    return transition(id, u"start_qualifying"_s,
                      [](const Lead& l, const QDateTime& now) { return l.startQualifying(now); });
}

Result<Lead> LeadService::assessScore(const QString& id, double score)
{
    return transition(
        id, u"assess_score"_s, [score](const Lead& l, const QDateTime& now) { return l.assessScore(score, now); },
        u"score=%1"_s.arg(score));
}

Result<Lead> LeadService::qualify(const QString& id, double score)
{
    auto result = transition(
        id, u"qualify"_s, [score](const Lead& l, const QDateTime& now) { return l.qualify(score, now); },
        u"score=%1"_s.arg(score));
    if (result)
        Q_EMIT leadQualified(result->id, result->campaignId, score);
    return result;
}

Result<Lead> LeadService::disqualify(const QString& id, const QString& reason)
{
    auto result = transition(
        id, u"disqualify"_s, [&reason](const Lead& l, const QDateTime& now) { return l.disqualify(reason, now); },
        reason.trimmed());
    if (result)
        Q_EMIT leadDisqualified(result->id, result->disqualificationReason);
    return result;
}

Result<Lead> LeadService::close(const QString& id)
{
    return transition(id, u"close"_s, [](const Lead& l, const QDateTime& now) { return l.close(now); });
}

Result<AutoDisqualifyReport> LeadService::autoDisqualify(bool dryRun)
{
    const auto candidates = m_store.autoDisqualifyCandidates();
    if (!candidates)
        return tl::unexpected(candidates.error());
    AutoDisqualifyReport report;
    report.dryRun = dryRun;
    const QString reason = QString::fromLatin1(Lead::kAutoDisqualifyReason);
    const QDateTime now = m_clock.now();

    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    ChangeWriter changes(m_db, m_store, u"lead"_s, m_actor);
    for (const Lead& candidate : *candidates) {
        // The query is only a pre-selection (as the RPC is on the server): the entity's rule decides.
        if (!candidate.shouldAutoDisqualify())
            continue;
        if (!checkMayWorkOn(candidate)) {
            ++report.leftToOwners;
            continue;
        }
        if (dryRun) {
            report.leads << candidate;
            continue;
        }
        const auto next = candidate.disqualify(reason, now);
        if (!next)
            return tl::unexpected(next.error());
        if (auto r = changes.changed(candidate, *next, u"auto_disqualify"_s, reason, now); !r)
            return tl::unexpected(r.error());
        report.leads << *next;
    }
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    if (!dryRun) {
        qCInfo(lcService) << "auto-disqualified" << report.leads.size() << "leads";
        for (const Lead& l : std::as_const(report.leads)) {
            Q_EMIT leadChanged(l);
            Q_EMIT leadDisqualified(l.id, u"auto_disqualified"_s);
        }
    }
    return report;
}

} // namespace leadops
