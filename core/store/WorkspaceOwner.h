#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace leadops {

class Database;

// Whose workspace this is: one user of one team project. A workspace holds one user's rows and
// outbox; it is bound at that user's first sign-in (or sync) and never syncs as anyone else.
struct WorkspaceOwner
{
    QString projectUrl; // as saved by `connect` (scheme, host, port; no trailing slash)
    QString userId;     // the Auth user id (the token's sub)
    QString email;
    QString role; // the role at the last sign-in, kept for offline work while signed out
    QDateTime boundAt;

    // The Auth user id is a UUID minted by the project's own Auth: another project's users have
    // other ids, so the id alone tells users and projects apart. (The URL is not compared: the
    // same project may be reached at another address, as a test's outage does.)
    bool sameUser(const QString& otherUserId) const { return userId == otherUserId; }
};

class WorkspaceOwnerStore
{
public:
    explicit WorkspaceOwnerStore(Database& db) : m_db(db) {}

    Result<std::optional<WorkspaceOwner>> get();
    // Binds an unbound workspace, or refreshes the e-mail and role of its owner. A different user
    // or project is refused with code "other_owner".
    Result<WorkspaceOwner> bind(const WorkspaceOwner& owner);

private:
    Database& m_db;
};

} // namespace leadops
