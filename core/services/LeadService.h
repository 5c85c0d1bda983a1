#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Lead.h"
#include "core/store/AuditLog.h"
#include "core/store/Filters.h"
#include "core/store/LeadStore.h"
#include "core/store/NoteStore.h"
#include "core/store/TeamStore.h"

#include <QObject>

namespace leadops {

class CampaignStore;
class Clock;
class Database;

struct AutoDisqualifyReport
{
    QList<Lead> leads; // the leads disqualified (or that would be, in a dry run)
    bool dryRun = false;
    int leftToOwners = 0; // selected by the rule but another member's: theirs to decide
};

// The sales manager's workflows. Every change goes through the domain rule, is written with its
// audit entry in one transaction, and is then announced by a signal the UI listens to.
class LeadService final : public QObject
{
    Q_OBJECT

public:
    // `actor` is the workspace's: who is recorded, and whose role must allow each change.
    LeadService(Database& db, const Clock& clock, const Actor& actor, QObject* parent = nullptr);
    Database& database() { return m_db; }

    // `displayName`: optional (Lead::checkDisplayName). `createdAt`: when the lead came in, if
    // earlier than now (an imported list); never later than now.
    Result<Lead> create(const QString& campaignId, Platform source, const QString& contact,
                        const QString& displayName = {}, const std::optional<QDateTime>& createdAt = {});
    // What create() takes, for createMany().
    struct NewLead
    {
        QString campaignId;
        Platform source = Platform::Olx;
        QString contact;
        QString displayName;
        std::optional<QDateTime> createdAt;
    };
    // create() for many leads (an import's next few hundred) in one transaction: each is checked by
    // the same rules and comes back as its lead or why it was refused; the rest are written (row,
    // history, outbox) together. Each campaign is read once. Fails whole, writing none, only when
    // the store does.
    Result<QList<Result<Lead>>> createMany(const QList<NewLead>& leads);
    // Removes a lead and its notes (an undone import). A lead the server never had leaves nothing
    // behind: its queued changes go too; one it has is sent as a tombstone (deleted_at), which the
    // server applies to its notes and every console drops at its next sync. `why`: the history's
    // detail.
    Result<void> remove(const QString& id, const QString& why);
    Result<Lead> get(const QString& id);
    Result<QList<Lead>> list(const LeadFilter& filter);
    Result<LeadPage> page(const LeadFilter& filter);               // list() with where the next page starts
    Result<LeadCursor> cursorAt(const QString& id, LeadSort sort); // the place of a lead in a sort
    Result<void> ensureSortIndex(LeadSort sort);                   // LeadStore::ensureSortIndex
    Result<qint64> count(const LeadFilter& filter);
    Result<QList<QPair<LeadStatus, qint64>>> countByStatus(const LeadFilter& filter);
    Result<QList<AuditEntry>> history(const QString& id);

    Result<Lead> markContacted(const QString& id);
    Result<Lead> recordMessage(const QString& id);
    Result<Lead> startQualifying(const QString& id);
    Result<Lead> backToContacted(const QString& id);
    Result<Lead> assessScore(const QString& id, double score);
    Result<Lead> qualify(const QString& id, double score);
    Result<Lead> disqualify(const QString& id, const QString& reason);
    Result<Lead> close(const QString& id);
    // Sets the lead's name; an empty one removes it.
    Result<Lead> rename(const QString& id, const QString& displayName);
    // Gives the lead to a team member (their user id), or back to the queue (empty); take() gives
    // it to the signed-in member. Ownership rules: core/domain/Ownership.h.
    Result<Lead> assign(const QString& id, const QString& ownerId);
    Result<Lead> take(const QString& id);
    // The next follow-up (now or later; Lead::scheduleFollowUp), or none.
    Result<Lead> scheduleFollowUp(const QString& id, const QDateTime& at, const QString& note);
    Result<Lead> clearFollowUp(const QString& id);
    // The day's boundaries for "due today" (the local day of the workspace's clock) and "overdue".
    struct FollowUpWindow
    {
        QDateTime now;
        QDateTime startOfToday;
        QDateTime endOfToday;
    };
    FollowUpWindow followUpWindow() const;
    // Open leads whose follow-up falls in [from, before), earliest first (the reminders).
    Result<QList<Lead>> followUpsDue(const QDateTime& from, const QDateTime& before);
    // Whether the workspace's actor may change this lead given its owner (every action checks it;
    // the window asks it for its tooltips).
    Result<void> checkMayWorkOn(const Lead& lead);
    TeamStore& team() { return m_team; }

    // Notes (core/domain/Note.h): a sales manager writes one on any lead; its author may correct or
    // remove it for 15 minutes. Queued for the server like every change; no audit entry (a note is
    // its own history).
    Result<Note> addNote(const QString& leadId, const QString& body);
    Result<Note> editNote(const QString& noteId, const QString& body);
    Result<void> removeNote(const QString& noteId);
    Result<QList<Note>> notes(const QString& leadId); // newest first
    // Disqualifies every lead the rule should_auto_disqualify selects, or only lists them (dryRun).
    Result<AutoDisqualifyReport> autoDisqualify(bool dryRun);

Q_SIGNALS:
    // The stored entity travels with the signal: a listener never reads back what was just written.
    void leadCreated(const leadops::Lead& lead);
    void leadChanged(const leadops::Lead& lead);
    void leadQualified(const QString& leadId, const QString& campaignId, double score);
    void leadDisqualified(const QString& leadId, const QString& reason);
    // A note was added, corrected or removed on this lead.
    void notesChanged(const QString& leadId);
    void leadRemoved(const QString& leadId);

private:
    template <typename Rule>
    Result<Lead> transition(const QString& id, const QString& action, Rule&& rule, const QString& detail = {});

    Database& m_db;
    const Clock& m_clock;
    const Actor& m_actor;
    LeadStore m_store;
    TeamStore m_team;
    NoteStore m_notes;
    AuditLog m_audit;
};

} // namespace leadops
