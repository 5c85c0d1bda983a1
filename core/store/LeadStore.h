#pragma once

#include "Filters.h"
#include "domain/Lead.h"

#include <QList>

#include <optional>

class QSqlQuery;

namespace leadops {

class Database;

// Reads and writes leads in the local store. Knows SQL, not rules: the services decide.
class LeadStore
{
public:
    explicit LeadStore(Database& db) : m_db(db) {}

    Result<std::optional<Lead>> get(const QString& id);
    Result<std::optional<Lead>> findByContact(const QString& campaignId, const QString& contact);
    Result<void> insert(const Lead& lead);
    Result<void> update(const Lead& lead);
    Result<QList<Lead>> list(const LeadFilter& filter);
    Result<qint64> count(const LeadFilter& filter);
    Result<QList<QPair<LeadStatus, qint64>>> countByStatus(LeadFilter filter);
    // The local mirror of the RPC get_auto_disqualify_leads().
    Result<QList<Lead>> autoDisqualifyCandidates();

    static QString selectColumns(); // the column list leadFromRow() expects, in order
    static Lead leadFromRow(const QSqlQuery& q, int first = 0);

private:
    Database& m_db;
};

} // namespace leadops
