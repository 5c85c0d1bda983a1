#pragma once

#include "core/domain/Campaign.h"
#include "core/domain/Lead.h"
#include "core/domain/Niche.h"
#include "core/rest/RestRepository.h"

#include <optional>

namespace leadops {

struct LeadQuery
{
    QString campaignId;
    std::optional<LeadStatus> status;
    std::optional<Platform> source;
    QString contactContains;
    qint64 limit = 100;
    qint64 offset = 0;
    bool exactCount = true; // Page::total; costs a count(*) on the server
};

class NicheRepository : public RestRepository<Niche>
{
public:
    explicit NicheRepository(PostgrestClient& client);
    QFuture<Result<Page<Niche>>> list(std::optional<NicheStatus> status = {}, qint64 limit = 100, qint64 offset = 0);
};

class CampaignRepository : public RestRepository<Campaign>
{
public:
    explicit CampaignRepository(PostgrestClient& client);
    QFuture<Result<Page<Campaign>>> list(const QString& nicheId = {}, std::optional<CampaignStatus> status = {},
                                         qint64 limit = 100, qint64 offset = 0);
};

class LeadRepository : public RestRepository<Lead>
{
public:
    explicit LeadRepository(PostgrestClient& client);
    QFuture<Result<Page<Lead>>> list(const LeadQuery& query);
    QFuture<Result<QList<Lead>>> qualifiedLeads(const QString& campaignId);
    // The RPC get_auto_disqualify_leads(): should_auto_disqualify evaluated by the database.
    QFuture<Result<QList<Lead>>> autoDisqualifyCandidates();

private:
    PostgrestClient& m_client;
};

} // namespace leadops
