#include "core/store/LeadReader.h"

#include "core/store/CampaignStore.h"
#include "core/store/Database.h"
#include "core/store/LeadStore.h"
#include "core/store/TeamStore.h"

namespace leadops {

QFuture<Result<LeadListing>> LeadReader::load(const LeadFilter& filter, int pageSize)
{
    const quint64 generation = ++m_latest;
    return m_reader.run<LeadListing>([this, filter, pageSize, generation](Database& db) -> Result<LeadListing> {
        if (generation != m_latest.load()) {
            LeadListing skipped;
            skipped.superseded = true;
            return skipped;
        }
        return read(db, filter, pageSize);
    });
}

QFuture<Result<LeadPage>> LeadReader::loadPage(const LeadFilter& filter, const LeadCursor& after, int pageSize)
{
    return m_reader.run<LeadPage>([filter, after, pageSize](Database& db) {
        LeadFilter page = filter;
        page.after = after;
        page.limit = pageSize;
        return LeadStore(db).page(page);
    });
}

QFuture<Result<void>> LeadReader::prepareSort(LeadSort sort)
{
    return QtConcurrent::run([path = m_path, sort]() -> Result<void> {
        auto db = Database::openWriter(path);
        if (!db)
            return tl::unexpected(db.error());
        return LeadStore(**db).ensureSortIndex(sort);
    });
}

QFuture<Result<QList<AuditEntry>>> LeadReader::loadHistory(const QString& leadId)
{
    return m_reader.run<QList<AuditEntry>>([leadId](Database& db) { return AuditLog(db).history(leadId); });
}

Result<LeadListing> LeadReader::read(Database& db, const LeadFilter& filter, int pageSize)
{
    LeadStore leads(db);
    LeadFilter first = filter;
    first.offset = 0;
    first.after.reset();
    first.limit = pageSize;
    LeadListing listing;
    auto page = leads.page(first);
    if (!page)
        return tl::unexpected(page.error());
    listing.rows = std::move(page->rows);
    listing.next = page->next;
    // One GROUP BY gives both the count of each status and the total: no separate count(*) pass.
    const auto counts = leads.countByStatus(first);
    if (!counts)
        return tl::unexpected(counts.error());
    listing.statusCounts = *counts;
    for (const auto& [status, count] : listing.statusCounts) {
        if (!filter.status || *filter.status == status)
            listing.total += count;
    }
    const auto campaigns = CampaignStore(db).list({});
    if (!campaigns)
        return tl::unexpected(campaigns.error());
    for (const Campaign& c : *campaigns)
        listing.campaignNames.insert(c.id, c.name);
    const auto team = TeamStore(db).list();
    if (!team)
        return tl::unexpected(team.error());
    for (const TeamMember& m : *team)
        listing.ownerNames.insert(m.userId, m.displayName);
    return listing;
}

} // namespace leadops
