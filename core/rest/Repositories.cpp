#include "core/rest/Repositories.h"

#include "core/json/EntityJson.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
RestTable<Niche> nicheTable()
{
    return {u"niches"_s, u"niche"_s, &nicheFromJson, static_cast<QJsonObject (*)(const Niche&)>(&toRow)};
}
RestTable<Campaign> campaignTable()
{
    return {u"campaigns"_s, u"campaign"_s, &campaignFromJson, static_cast<QJsonObject (*)(const Campaign&)>(&toRow)};
}
RestTable<Lead> leadTable()
{
    return {u"leads"_s, u"lead"_s, &leadFromJson, static_cast<QJsonObject (*)(const Lead&)>(&toRow)};
}
} // namespace

NicheRepository::NicheRepository(PostgrestClient& client) : RestRepository<Niche>(client, nicheTable()) {}

QFuture<Result<Page<Niche>>> NicheRepository::list(std::optional<NicheStatus> status, qint64 limit, qint64 offset)
{
    PostgrestQuery q(u"niches"_s);
    q.select(u"*"_s);
    if (status)
        q.eq(u"status"_s, toKey(*status));
    q.order(u"market"_s).order(u"name"_s).order(u"id"_s).limit(limit).offset(offset);
    return RestRepository<Niche>::list(q);
}

CampaignRepository::CampaignRepository(PostgrestClient& client) : RestRepository<Campaign>(client, campaignTable()) {}

QFuture<Result<Page<Campaign>>> CampaignRepository::list(const QString& nicheId, std::optional<CampaignStatus> status,
                                                         qint64 limit, qint64 offset)
{
    PostgrestQuery q(u"campaigns"_s);
    q.select(u"*"_s);
    if (!nicheId.isEmpty())
        q.eq(u"niche_id"_s, nicheId);
    if (status)
        q.eq(u"status"_s, toKey(*status));
    q.order(u"created_at"_s, false).order(u"id"_s, false).limit(limit).offset(offset);
    return RestRepository<Campaign>::list(q);
}

LeadRepository::LeadRepository(PostgrestClient& client) : RestRepository<Lead>(client, leadTable()), m_client(client) {}

QFuture<Result<Page<Lead>>> LeadRepository::list(const LeadQuery& query)
{
    PostgrestQuery q(u"leads"_s);
    q.select(u"*"_s);
    if (!query.campaignId.isEmpty())
        q.eq(u"campaign_id"_s, query.campaignId);
    if (query.status)
        q.eq(u"status"_s, toKey(*query.status));
    if (query.source)
        q.eq(u"source"_s, toKey(*query.source));
    if (!query.contactContains.isEmpty())
        q.filter(u"contact"_s, PostgrestQuery::Op::Ilike, PostgrestQuery::containsPattern(query.contactContains));
    q.order(u"created_at"_s, false).order(u"id"_s, false).limit(query.limit).offset(query.offset);
    return RestRepository<Lead>::list(q, query.exactCount);
}

QFuture<Result<QList<Lead>>> LeadRepository::qualifiedLeads(const QString& campaignId)
{
    LeadQuery query;
    query.campaignId = campaignId;
    query.status = LeadStatus::Qualified;
    query.limit = 1000;
    return list(query).then([](Result<Page<Lead>> page) -> Result<QList<Lead>> {
        if (!page)
            return tl::unexpected(page.error());
        return page->rows;
    });
}

QFuture<Result<QList<Lead>>> LeadRepository::autoDisqualifyCandidates()
{
    RestRequest r;
    r.method = HttpMethod::Post;
    r.query = PostgrestQuery(u"rpc/get_auto_disqualify_leads"_s);
    r.body = "{}";
    return m_client.send(r).then(
        [](Result<RestResponse> response) { return RestRepository<Lead>::decodeRows(leadTable(), response); });
}

} // namespace leadops
