#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Result.h"

#include <QString>

#include <memory>

namespace leadops {

class CampaignService;
class Clock;
class Database;
class LeadService;
class NicheService;

// A folder holding one local store (leadops.sqlite) and, later, logs; the CLI and the window each
// open one and reach every service through it.
class Workspace
{
public:
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // QStandardPaths::AppLocalDataLocation/workspace (on Windows the local profile: up to a
    // gigabyte of SQLite and the logs must not roam with the user); --workspace DIR overrides it.
    // The first call moves an older default workspace there (moveFromRoaming); if that move fails,
    // the older place stays the default, so nothing seems lost.
    static QString defaultDirectory();
    // Earlier versions kept the default workspace under AppDataLocation (Windows: the roaming
    // profile, which domain machines copy at every sign-in). Moves a workspace found at `from` to
    // `to` once: only when `from` holds one and `to` holds none (else both stay as they are, and a
    // warning says so). True when it moved. The no-argument form moves the default's old place to
    // the new one (the same folder outside Windows: nothing to do).
    static Result<bool> moveFromRoaming(const QString& from, const QString& to);
    static QString databaseFileName();
    // A file beside the database while it is known to be damaged (its finding inside).
    static QString damageMarkerName();
    // Creates the folder if needed and migrates the store. `clock` defaults to the system clock and
    // must outlive the workspace; `actor` names the local user in the audit history (default: the
    // operating system's user) until setActor() says who is signed in.
    // `verifyIntegrity`: check the file before anything writes to it (after an unclean end).
    static Result<std::unique_ptr<Workspace>> open(const QString& directory, const Clock* clock = nullptr,
                                                   const QString& actor = {}, bool verifyIntegrity = false);

    QString directory() const { return m_directory; }
    // Who works here: recorded in the history, and whose role limits the changes (none for a
    // local-only workspace). The services read it at each change.
    const Actor& actor() const { return m_actor; }
    void setActor(const Actor& actor) { m_actor = actor; }
    // The name of this computer's user (or the one given to open()): the actor of a local-only
    // workspace.
    const QString& localUserName() const { return m_localUserName; }
    Database& database() { return *m_db; }
    const Clock& clock() const { return *m_clock; }
    NicheService& niches() { return *m_niches; }
    CampaignService& campaigns() { return *m_campaigns; }
    LeadService& leads() { return *m_leads; }

private:
    Workspace() = default;

    QString m_directory;
    Actor m_actor;
    QString m_localUserName;
    std::unique_ptr<Clock> m_ownClock;
    const Clock* m_clock = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NicheService> m_niches;
    std::unique_ptr<CampaignService> m_campaigns;
    std::unique_ptr<LeadService> m_leads;
};

} // namespace leadops
