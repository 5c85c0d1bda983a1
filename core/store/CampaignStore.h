#pragma once

#include "core/domain/Campaign.h"
#include "core/store/Filters.h"

#include <QList>

#include <optional>

class QSqlQuery;

namespace leadops {

class Database;

class CampaignStore
{
public:
    explicit CampaignStore(Database& db) : m_db(db) {}

    Result<std::optional<Campaign>> get(const QString& id);
    Result<void> insert(const Campaign& c);
    Result<void> update(const Campaign& c);
    Result<QList<Campaign>> list(const CampaignFilter& filter);

    static QString selectColumns();
    static Result<Campaign> campaignFromRow(const QSqlQuery& q, int first = 0);

private:
    Database& m_db;
};

} // namespace leadops
