#pragma once

#include "core/domain/Result.h"
#include "core/domain/TeamMember.h"

#include <QList>

#include <optional>

namespace leadops {

class Database;

// The local copy of the team (team_members), replaced whole by each sync: a team is tens of rows.
class TeamStore
{
public:
    explicit TeamStore(Database& db) : m_db(db) {}

    Result<QList<TeamMember>> list(); // by name
    Result<std::optional<TeamMember>> get(const QString& userId);
    // By e-mail, case-insensitive (as Auth compares addresses).
    Result<std::optional<TeamMember>> findByEmail(const QString& email);
    // Replaces the whole table in one transaction.
    Result<void> replaceAll(const QList<TeamMember>& members);

private:
    Result<QList<TeamMember>> select(const QString& where, const QVariantList& values);

    Database& m_db;
};

} // namespace leadops
