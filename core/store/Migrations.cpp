#include "core/store/Migrations.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// The outbox copied into a table whose CHECK takes `kinds` (SQLite cannot change a CHECK in place;
// the outbox is small). `step`: the migration's number, which names the new table on the way.
QStringList outboxTakingKinds(int step, const QString& kinds)
{
    const QString table = u"outbox_v%1"_s.arg(step);
    return {
        uR"(CREATE TABLE %1 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                mutation_id TEXT NOT NULL UNIQUE,
                entity TEXT NOT NULL CHECK (entity IN (%2)),
                entity_id TEXT NOT NULL,
                op TEXT NOT NULL CHECK (op IN ('insert', 'update')),
                payload TEXT NOT NULL,
                base_updated_at TEXT,
                state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'conflict', 'failed')),
                error TEXT,
                theirs TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL))"_s.arg(table, kinds),
        u"INSERT INTO %1 SELECT id, mutation_id, entity, entity_id, op, payload, base_updated_at, state, error, "
        u"theirs, "
        "attempts, created_at FROM outbox"_s.arg(table),
        u"DROP TABLE outbox"_s,
        u"ALTER TABLE %1 RENAME TO outbox"_s.arg(table),
        u"CREATE INDEX outbox_entity ON outbox(entity_id, id)"_s,
    };
}

} // namespace

const std::vector<QStringList>& migrations()
{
    static const std::vector<QStringList> steps = {
        // 1: the three entities and the audit history. Money in minor units (tiyn); timestamps UTC text.
        {
            uR"(CREATE TABLE niches (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                market TEXT NOT NULL CHECK (market IN ('almaty', 'astana', 'shymkent')),
                category TEXT NOT NULL CHECK (length(category) BETWEEN 1 AND 100),
                status TEXT NOT NULL DEFAULT 'researching'
                    CHECK (status IN ('researching', 'validated', 'active', 'paused', 'archived')),
                profitability_score REAL NOT NULL DEFAULT 0 CHECK (profitability_score BETWEEN 0 AND 1),
                competition_density REAL NOT NULL DEFAULT 0 CHECK (competition_density BETWEEN 0 AND 1),
                created_at TEXT NOT NULL,
                validated_at TEXT,
                updated_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE campaigns (
                id TEXT PRIMARY KEY NOT NULL,
                niche_id TEXT NOT NULL REFERENCES niches(id),
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                platform TEXT NOT NULL CHECK (platform IN ('olx', 'kaspi', 'satu', 'telegram')),
                budget INTEGER NOT NULL CHECK (budget >= 0),
                spent INTEGER NOT NULL DEFAULT 0 CHECK (spent >= 0),
                status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'paused', 'completed')),
                created_at TEXT NOT NULL,
                started_at TEXT,
                completed_at TEXT,
                updated_at TEXT NOT NULL))"_s,
            u"CREATE INDEX campaigns_niche ON campaigns(niche_id)"_s,
            u"CREATE INDEX campaigns_status ON campaigns(status)"_s,
            uR"(CREATE TABLE leads (
                id TEXT PRIMARY KEY NOT NULL,
                campaign_id TEXT NOT NULL REFERENCES campaigns(id),
                source TEXT NOT NULL CHECK (source IN ('olx', 'kaspi', 'satu', 'telegram')),
                contact TEXT NOT NULL CHECK (length(contact) >= 5),
                status TEXT NOT NULL DEFAULT 'new'
                    CHECK (status IN ('new', 'contacted', 'qualifying', 'qualified', 'disqualified', 'closed')),
                qualification_score REAL NOT NULL DEFAULT 0 CHECK (qualification_score BETWEEN 0 AND 1),
                messages_count INTEGER NOT NULL DEFAULT 0 CHECK (messages_count >= 0),
                created_at TEXT NOT NULL,
                qualified_at TEXT,
                disqualified_at TEXT,
                disqualification_reason TEXT,
                updated_at TEXT NOT NULL))"_s,
            // A normalised contact is unique within a campaign: the duplicate check and its index.
            u"CREATE UNIQUE INDEX leads_campaign_contact ON leads(campaign_id, contact)"_s,
            // The console's filters: newest first overall, by status, and by campaign.
            u"CREATE INDEX leads_created ON leads(created_at)"_s,
            u"CREATE INDEX leads_status_created ON leads(status, created_at)"_s,
            u"CREATE INDEX leads_campaign_created ON leads(campaign_id, created_at)"_s,
            u"CREATE INDEX leads_source_created ON leads(source, created_at)"_s,
            uR"(CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                entity TEXT NOT NULL CHECK (entity IN ('lead', 'campaign', 'niche')),
                entity_id TEXT NOT NULL,
                action TEXT NOT NULL,
                from_status TEXT,
                to_status TEXT,
                detail TEXT,
                actor TEXT NOT NULL,
                at TEXT NOT NULL))"_s,
            u"CREATE INDEX audit_entity ON audit_log(entity_id, id)"_s,
        },
        // 2: offline sync. The server's exact updated_at of each row (the push precondition), the
        // outbox of local changes (written in the same transaction as the row), and the pull
        // watermarks, one per table.
        {
            u"ALTER TABLE niches ADD COLUMN server_updated_at TEXT"_s,
            u"ALTER TABLE campaigns ADD COLUMN server_updated_at TEXT"_s,
            u"ALTER TABLE leads ADD COLUMN server_updated_at TEXT"_s,
            uR"(CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                mutation_id TEXT NOT NULL UNIQUE,
                entity TEXT NOT NULL CHECK (entity IN ('lead', 'campaign', 'niche')),
                entity_id TEXT NOT NULL,
                op TEXT NOT NULL CHECK (op IN ('insert', 'update')),
                payload TEXT NOT NULL,
                base_updated_at TEXT,
                state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'conflict', 'failed')),
                error TEXT,
                theirs TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL))"_s,
            u"CREATE INDEX outbox_entity ON outbox(entity_id, id)"_s,
            uR"(CREATE TABLE sync_state (
                entity TEXT PRIMARY KEY NOT NULL,
                watermark_updated_at TEXT,
                watermark_id TEXT,
                last_sync_at TEXT))"_s,
        },
        // 3: the desktop over a million leads. The status index grows the columns the funnel reads
        // (it then answers GROUP BY status from the index alone), and sorting by score gets an
        // index. Both are read indexes (readIndexes()), created when the workspace opens.
        {
            u"DROP INDEX IF EXISTS leads_status_created"_s,
        },
        // 4: a first pull copies each table in created_at order (a snapshot, SyncEngine) before it
        // follows updated_at, in parts walked side by side. Per part: the sync horizon the snapshot
        // began at, where the part has got to (after (created_at, id); a created_at alone: from
        // that time on) and where it ends (created_at before this; NULL: the last row). No rows for
        // an entity: no snapshot under way.
        {
            uR"(CREATE TABLE sync_snapshot (
                entity TEXT NOT NULL,
                part INTEGER NOT NULL,
                horizon TEXT NOT NULL,
                after_created_at TEXT,
                after_id TEXT,
                before_created_at TEXT,
                PRIMARY KEY (entity, part)))"_s,
        },
        // 5: rows a first pull's snapshot could not store (a UNIQUE index refused them against a local
        // row) and no later page may bring again: each pull asks the server for them by id.
        {
            uR"(CREATE TABLE sync_deferred (
                entity TEXT NOT NULL,
                id TEXT NOT NULL,
                PRIMARY KEY (entity, id)))"_s,
        },
        // 6: a demo run under way: how many leads it was asked for and how many are committed. A
        // row with done < leads is a run that was interrupted (SIGINT, SIGKILL, a crash); the next
        // `demo` removes its partial rows and starts again, so a demo is all or nothing.
        {
            uR"(CREATE TABLE demo_run (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                leads INTEGER NOT NULL,
                done INTEGER NOT NULL DEFAULT 0))"_s,
        },
        // 7: the 500-character limit of a disqualification reason (Lead::kMaxReasonLength), which
        // the server's CHECK had and this store lacked. SQLite cannot add a CHECK to a table in
        // place; triggers refuse the same rows without rewriting a million-row table.
        {
            uR"(CREATE TRIGGER leads_reason_length_insert BEFORE INSERT ON leads
                WHEN length(NEW.disqualification_reason) > 500
                BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: disqualification_reason'); END)"_s,
            uR"(CREATE TRIGGER leads_reason_length_update BEFORE UPDATE OF disqualification_reason ON leads
                WHEN length(NEW.disqualification_reason) > 500
                BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: disqualification_reason'); END)"_s,
        },
        // 8: whose workspace this is once it is connected to a team: one (project, user). Its rows
        // and its outbox are that user's; another user or project never syncs into it.
        {
            uR"(CREATE TABLE workspace_owner (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                project_url TEXT NOT NULL,
                user_id TEXT NOT NULL,
                email TEXT NOT NULL,
                role TEXT NOT NULL DEFAULT '',
                bound_at TEXT NOT NULL))"_s,
        },
        // 9: a lead's optional name (a person or a company), up to Lead::kMaxDisplayNameLength. A
        // nullable column is added in place; triggers hold the limit, as in step 7.
        {
            u"ALTER TABLE leads ADD COLUMN display_name TEXT"_s,
            uR"(CREATE TRIGGER leads_display_name_insert BEFORE INSERT ON leads
                WHEN length(NEW.display_name) NOT BETWEEN 1 AND 200
                BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: display_name'); END)"_s,
            uR"(CREATE TRIGGER leads_display_name_update BEFORE UPDATE OF display_name ON leads
                WHEN length(NEW.display_name) NOT BETWEEN 1 AND 200
                BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: display_name'); END)"_s,
        },
        // 10: the team (a copy of the server's team_members, replaced at each sync) and who owns a
        // lead (a member's user id; NULL: unassigned). No foreign key: a page of leads may arrive
        // before the member who owns them.
        {
            uR"(CREATE TABLE team_members (
                user_id TEXT PRIMARY KEY NOT NULL,
                email TEXT NOT NULL,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1))"_s,
            u"ALTER TABLE leads ADD COLUMN owner_id TEXT"_s,
        },
        // 11: the next follow-up of an open lead and its note. The due counts read a partial index
        // of the leads that have one.
        {
            u"ALTER TABLE leads ADD COLUMN next_follow_up_at TEXT"_s,
            u"ALTER TABLE leads ADD COLUMN follow_up_note TEXT"_s,
            uR"(CREATE INDEX leads_follow_up ON leads(next_follow_up_at) WHERE next_follow_up_at IS NOT NULL)"_s,
        },
        // 12: notes on leads, synced like the other rows; the outbox learns the kind "note" (SQLite
        // cannot change a CHECK in place: the small outbox table is copied into a new one).
        QStringList{
            uR"(CREATE TABLE lead_notes (
                id TEXT PRIMARY KEY NOT NULL,
                lead_id TEXT NOT NULL,
                author_id TEXT NOT NULL,
                body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                server_updated_at TEXT))"_s,
            u"CREATE INDEX lead_notes_lead ON lead_notes(lead_id, created_at)"_s,
        } + outboxTakingKinds(12, u"'lead', 'campaign', 'niche', 'note'"_s),
        // 13: imports (issue 19). One file is one batch; its rows remember what each lead was right
        // after the import (its updated_at), so that an undo can tell whether anyone touched it.
        {
            uR"(CREATE TABLE import_batches (
                id TEXT PRIMARY KEY NOT NULL,
                file_name TEXT NOT NULL,
                created_at TEXT NOT NULL,
                actor TEXT NOT NULL,
                imported INTEGER NOT NULL,
                updated INTEGER NOT NULL,
                last_audit_id INTEGER NOT NULL DEFAULT 0,
                undone_at TEXT))"_s,
            uR"(CREATE TABLE import_batch_leads (
                batch_id TEXT NOT NULL REFERENCES import_batches(id),
                lead_id TEXT NOT NULL,
                change TEXT NOT NULL CHECK (change IN ('created', 'renamed')),
                previous_name TEXT,
                note_id TEXT,
                fingerprint TEXT NOT NULL,
                PRIMARY KEY (batch_id, lead_id)))"_s,
        },
        // 14: the server's history of status changes (its audit_log, append-only, pulled by id), so
        // that the funnel counts what happened to leads this console never changed itself. The
        // pull's position is sync_state's watermark_id for entity 'history'.
        {
            uR"(CREATE TABLE server_history (
                id INTEGER PRIMARY KEY NOT NULL,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                action TEXT NOT NULL,
                from_status TEXT,
                to_status TEXT,
                actor_role TEXT,
                at TEXT NOT NULL))"_s,
            u"CREATE INDEX server_history_entity ON server_history(entity_id, id)"_s,
            // The funnel reads both histories by status.
            u"CREATE INDEX audit_status ON audit_log(to_status, entity_id) WHERE entity = 'lead'"_s,
        },
        // 15: the funnel reads each lead's moves by lead; with the statuses in the index it never
        // visits the table's rows (a million leads: 3 million history rows fetched one by one).
        {
            u"DROP INDEX IF EXISTS audit_status"_s,
            u"CREATE INDEX audit_lead_moves ON audit_log(entity_id, from_status, to_status) WHERE entity = 'lead'"_s,
            u"CREATE INDEX server_history_moves ON server_history(entity_id, from_status, to_status) WHERE "
            "entity = 'lead'"_s,
        },
        // 16: the spend ledger (issue 20): each spend and each correction is an entry, synced like
        // the notes; the campaign's figures after the entry are kept with it. The outbox learns the
        // kind "spend".
        QStringList{
            uR"(CREATE TABLE campaign_spends (
                id TEXT PRIMARY KEY NOT NULL,
                campaign_id TEXT NOT NULL,
                amount INTEGER NOT NULL CHECK (amount > 0),
                reverses TEXT,
                note TEXT CHECK (note IS NULL OR length(note) <= 500),
                author_id TEXT,
                created_at TEXT NOT NULL,
                status_before TEXT NOT NULL,
                status_after TEXT NOT NULL,
                spent_after INTEGER NOT NULL,
                updated_at TEXT NOT NULL,
                server_updated_at TEXT))"_s,
            u"CREATE INDEX campaign_spends_campaign ON campaign_spends(campaign_id, created_at)"_s,
            u"CREATE INDEX campaign_spends_reverses ON campaign_spends(reverses) WHERE reverses IS NOT NULL"_s,
        } + outboxTakingKinds(16, u"'lead', 'campaign', 'niche', 'note', 'spend'"_s),
    };
    return steps;
}

const std::vector<ReadIndex>& readIndexes()
{
    static const std::vector<ReadIndex> indexes = {
        {u"leads"_s, u"leads_created"_s, u"CREATE INDEX IF NOT EXISTS leads_created ON leads(created_at)"_s},
        // Status then created_at for the lead list; the rest makes the funnel's GROUP BY status (with
        // its period, source and market filters) an index-only scan.
        {u"leads"_s, u"leads_funnel"_s,
         u"CREATE INDEX IF NOT EXISTS leads_funnel ON leads(status, created_at, qualification_score, qualified_at, "
         "source, campaign_id)"_s},
        {u"leads"_s, u"leads_score"_s, u"CREATE INDEX IF NOT EXISTS leads_score ON leads(qualification_score)"_s,
         false},
        {u"leads"_s, u"leads_campaign_created"_s,
         u"CREATE INDEX IF NOT EXISTS leads_campaign_created ON leads(campaign_id, created_at)"_s},
        // A sales manager's queue: its counts per status (index-only, per owner), and one owner's
        // leads by date within a status.
        {u"leads"_s, u"leads_owner_status"_s,
         u"CREATE INDEX IF NOT EXISTS leads_owner_status ON leads(owner_id, status, created_at)"_s},
        {u"leads"_s, u"leads_source_created"_s,
         u"CREATE INDEX IF NOT EXISTS leads_source_created ON leads(source, created_at)"_s},
    };
    return indexes;
}

const QStringList& leadInsertCheckTriggers()
{
    static const QStringList names = {u"leads_reason_length_insert"_s, u"leads_display_name_insert"_s};
    return names;
}

std::optional<QString> leadSortIndex(LeadSort sort)
{
    switch (sort) {
    case LeadSort::CreatedAt: // leads_created
    case LeadSort::Score:     // leads_score
    case LeadSort::FollowUp:  // leads_follow_up (its values; the NULLs go by rowid)
        return std::nullopt;
    case LeadSort::UpdatedAt:
    case LeadSort::Messages:
    case LeadSort::Contact:
    case LeadSort::Status:
    case LeadSort::Source:
        break;
    }
    const QString column = toKey(sort);
    return u"CREATE INDEX IF NOT EXISTS "_s + QString::fromUtf16(kLeadSortIndexPrefix) + column + u" ON leads("_s +
           column + u")"_s;
}

} // namespace leadops
