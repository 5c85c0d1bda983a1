#include "core/services/CampaignService.h"

#include "core/json/EntityJson.h"
#include "core/obs/Logging.h"
#include "core/services/Transition.h"
#include "core/store/NicheStore.h"
#include "core/store/Outbox.h"
#include "core/util/Clock.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

CampaignService::CampaignService(Database& db, const Clock& clock, const Actor& actor, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_actor(actor), m_store(db), m_audit(db)
{}

template <typename Rule>
Result<Campaign> CampaignService::transition(const QString& id, const QString& action, Rule&& rule,
                                             const QString& detail)
{
    const QDateTime now = m_clock.now();
    auto result = applyTransition<Campaign>(
        m_db, m_store, u"campaign"_s, tr("campaign"), id, action, m_actor, now,
        [&](const Campaign& c) { return rule(c, now); }, detail);
    if (!result) {
        qCInfo(lcService) << "campaign" << id << action << "refused:" << result.error().message;
        return result;
    }
    Q_EMIT campaignChanged(*result);
    return result;
}

Result<Campaign> CampaignService::create(const QString& rawNicheId, const QString& name, Platform platform,
                                         Money budget)
{
    const auto nicheId = checkId(rawNicheId, tr("niche"));
    if (!nicheId)
        return tl::unexpected(nicheId.error());
    const QDateTime now = m_clock.now();
    auto campaign = Campaign::create(newUuidV7(now), *nicheId, name, platform, budget, now);
    if (!campaign)
        return campaign;
    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    NicheStore niches(m_db);
    const auto niche = niches.get(*nicheId);
    if (!niche)
        return tl::unexpected(niche.error());
    if (!*niche)
        return fail(ErrorKind::NotFound, tr("No niche with id %1").arg(*nicheId));
    if ((*niche)->status == NicheStatus::Archived)
        return fail(ErrorKind::Rule,
                    tr("Niche %1 is archived: campaigns cannot be created for an archived niche").arg(*nicheId),
                    u"create_campaign"_s);
    if (auto r = ChangeWriter(m_db, m_store, u"campaign"_s, m_actor)
                     .created(*campaign, u"budget=%1"_s.arg(formatMoney(budget)), now);
        !r)
        return tl::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    Q_EMIT campaignCreated(*campaign);
    return campaign;
}

Result<Campaign> CampaignService::get(const QString& id)
{
    return loadEntity<Campaign>(m_store, tr("campaign"), id);
}

Result<QList<Campaign>> CampaignService::list(const CampaignFilter& filter)
{
    return m_store.list(filter);
}

Result<QList<AuditEntry>> CampaignService::history(const QString& id)
{
    const auto campaign = get(id);
    if (!campaign)
        return tl::unexpected(campaign.error());
    return m_audit.history(campaign->id);
}

Result<Campaign> CampaignService::start(const QString& id)
{
    return transition(id, u"start"_s, [](const Campaign& c, const QDateTime& now) { return c.start(now); });
}

Result<Campaign> CampaignService::pause(const QString& id)
{
    return transition(id, u"pause"_s, [](const Campaign& c, const QDateTime& now) { return c.pause(now); });
}

Result<Campaign> CampaignService::resume(const QString& id)
{
    return transition(id, u"resume"_s, [](const Campaign& c, const QDateTime& now) { return c.resume(now); });
}

Result<Campaign> CampaignService::complete(const QString& id)
{
    return transition(id, u"complete"_s, [](const Campaign& c, const QDateTime& now) { return c.complete(now); });
}

template <typename Rule>
Result<Campaign> CampaignService::ledgerChange(const QString& id, const QString& action, SpendEntry& entry, Rule&& rule)
{
    const QDateTime now = m_clock.now();
    auto result = applyChange<Campaign>(
        m_db, m_store, u"campaign"_s, tr("campaign"), id, m_actor, [&](const Campaign& c) { return rule(c, now); },
        [&](const Campaign& before, const Campaign& after) -> Result<void> {
            if (auto r = SpendStore(m_db).insert(entry); !r)
                return r;
            const QString detail = u"amount=%1 entry=%2"_s.arg(formatMoney(entry.amount), entry.id) +
                                   (entry.isCorrection() ? u" reverses=%1"_s.arg(entry.reverses) : QString());
            return ChangeWriter(m_db, m_store, u"campaign"_s, m_actor)
                .changedVia(before, after, action, detail, now, u"spend"_s, entry.id, toRow(entry));
        });
    if (!result) {
        qCInfo(lcService) << "campaign" << id << action << "refused:" << result.error().message;
        return result;
    }
    Q_EMIT campaignChanged(*result);
    return result;
}

Result<Campaign> CampaignService::addSpend(const QString& id, Money amount, Campaign::Overspend overspend,
                                           const QString& note)
{
    const auto checkedNote = SpendEntry::checkNote(note);
    if (!checkedNote)
        return tl::unexpected(checkedNote.error());
    SpendEntry entry;
    return ledgerChange(id, u"add_spend"_s, entry, [&](const Campaign& c, const QDateTime& now) -> Result<Campaign> {
        auto next = c.addSpend(amount, now, overspend);
        if (next)
            entry = SpendEntry{newUuidV7(now), c.id,         amount,      {}, *checkedNote, m_actor.authorId(), now,
                               c.status,       next->status, next->spent, now};
        return next;
    });
}

Result<Campaign> CampaignService::reverseSpend(const QString& id, const QString& rawEntryId, const QString& note)
{
    const auto entryId = checkId(rawEntryId, tr("spend entry"));
    if (!entryId)
        return tl::unexpected(entryId.error());
    const auto checkedNote = SpendEntry::checkNote(note);
    if (!checkedNote)
        return tl::unexpected(checkedNote.error());
    SpendEntry entry;
    return ledgerChange(
        id, u"reverse_spend"_s, entry, [&](const Campaign& c, const QDateTime& now) -> Result<Campaign> {
            SpendStore spends(m_db);
            const auto spend = spends.get(*entryId);
            if (!spend)
                return tl::unexpected(spend.error());
            if (!*spend)
                return fail(ErrorKind::NotFound, tr("Campaign %1 has no spend entry %2").arg(c.name, *entryId));
            const auto reversed = spends.isReversed(*entryId);
            if (!reversed)
                return tl::unexpected(reversed.error());
            auto next = c.reverseSpend(**spend, *reversed, now);
            if (next)
                entry = SpendEntry{
                    newUuidV7(now), c.id,         (*spend)->amount, *entryId, *checkedNote, m_actor.authorId(), now,
                    c.status,       next->status, next->spent,      now};
            return next;
        });
}

Result<QList<LedgerLine>> CampaignService::spending(const QString& id)
{
    const auto campaign = get(id);
    if (!campaign)
        return tl::unexpected(campaign.error());
    return SpendStore(m_db).ledger(campaign->id);
}

Result<Campaign> CampaignService::edit(const QString& id, const QString& name, Money budget)
{
    return transition(
        id, u"edit"_s, [&](const Campaign& c, const QDateTime& now) { return c.edit(name, budget, now); },
        u"name=%1 budget=%2"_s.arg(name.trimmed(), formatMoney(budget)));
}

} // namespace leadops
