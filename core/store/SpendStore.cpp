#include "core/store/SpendStore.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use SpendStoreText::tr.
struct SpendStoreText
{
    Q_DECLARE_TR_FUNCTIONS(SpendStore)
};

const QString kColumns = u"s.id, s.campaign_id, s.amount, s.reverses, s.note, s.author_id, s.created_at, "
                         "s.status_before, s.status_after, s.spent_after, s.updated_at"_s;

Result<SpendEntry> entryFrom(const QSqlQuery& q)
{
    const auto before = readKey<CampaignStatus>(q, 7, u"campaign_spends"_s, u"status_before"_s);
    if (!before)
        return tl::unexpected(before.error());
    const auto after = readKey<CampaignStatus>(q, 8, u"campaign_spends"_s, u"status_after"_s);
    if (!after)
        return tl::unexpected(after.error());
    SpendEntry e;
    e.id = q.value(0).toString();
    e.campaignId = q.value(1).toString();
    e.amount = q.value(2).toLongLong();
    e.reverses = q.value(3).toString();
    e.note = q.value(4).toString();
    e.author = q.value(5).toString();
    e.at = fromDbTime(q.value(6));
    e.statusBefore = *before;
    e.statusAfter = *after;
    e.spentAfter = q.value(9).toLongLong();
    e.updatedAt = fromDbTime(q.value(10));
    return e;
}
} // namespace

Result<std::optional<SpendEntry>> SpendStore::get(const QString& id)
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM campaign_spends s WHERE s.id = ?"_s);
    q.bindValue(0, id);
    if (auto r = m_db.check(q, SpendStoreText::tr("reading spend entry %1").arg(id)); !r)
        return tl::unexpected(r.error());
    if (!q.next())
        return std::optional<SpendEntry>();
    auto entry = entryFrom(q);
    if (!entry)
        return tl::unexpected(entry.error());
    return std::optional<SpendEntry>(std::move(*entry));
}

Result<bool> SpendStore::isReversed(const QString& id)
{
    QSqlQuery q = m_db.prepare(u"SELECT 1 FROM campaign_spends WHERE reverses = ? LIMIT 1"_s);
    q.bindValue(0, id);
    if (auto r = m_db.check(q, SpendStoreText::tr("reading the corrections of spend entry %1").arg(id)); !r)
        return tl::unexpected(r.error());
    return q.next();
}

Result<QList<LedgerLine>> SpendStore::ledger(const QString& campaignId)
{
    // The order the server applied the entries in (its updated_at, stamped at insert under the
    // campaign's lock), so spent_after reads as a running total in every console; entries not sent
    // yet follow, in the order they were stored here.
    QSqlQuery q = m_db.prepare(
        u"SELECT "_s + kColumns +
        u", (SELECT c.id FROM campaign_spends c WHERE c.reverses = s.id LIMIT 1), "
        "coalesce((SELECT o.state FROM outbox o WHERE o.entity = 'spend' AND o.entity_id = s.id LIMIT 1), "
        "CASE WHEN s.server_updated_at IS NULL THEN 'local' ELSE 'sent' END) "
        "FROM campaign_spends s WHERE s.campaign_id = ? ORDER BY s.server_updated_at IS NULL, s.server_updated_at, s.rowid"_s);
    q.bindValue(0, campaignId);
    const QString what = SpendStoreText::tr("reading the spend ledger of campaign %1").arg(campaignId);
    if (auto r = m_db.check(q, what); !r)
        return tl::unexpected(r.error());
    QList<LedgerLine> lines;
    while (q.next()) {
        auto entry = entryFrom(q);
        if (!entry)
            return tl::unexpected(entry.error());
        LedgerLine line;
        static_cast<SpendEntry&>(line) = std::move(*entry);
        line.reversedBy = q.value(11).toString();
        line.syncState = q.value(12).toString();
        lines << line;
    }
    if (auto r = Database::endOfRows(q, what); !r)
        return tl::unexpected(r.error());
    return lines;
}

Result<void> SpendStore::insert(const SpendEntry& e)
{
    QSqlQuery q = m_db.prepare(u"INSERT INTO campaign_spends (id, campaign_id, amount, reverses, note, author_id, "
                               "created_at, status_before, status_after, spent_after, updated_at) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, e.id);
    q.bindValue(1, e.campaignId);
    q.bindValue(2, e.amount);
    q.bindValue(3, e.reverses.isEmpty() ? QVariant() : QVariant(e.reverses));
    q.bindValue(4, e.note.isEmpty() ? QVariant() : QVariant(e.note));
    q.bindValue(5, e.author.isEmpty() ? QVariant() : QVariant(e.author));
    q.bindValue(6, toDbTime(e.at));
    q.bindValue(7, toKey(e.statusBefore));
    q.bindValue(8, toKey(e.statusAfter));
    q.bindValue(9, e.spentAfter);
    q.bindValue(10, toDbTime(e.updatedAt));
    return m_db.check(q, SpendStoreText::tr("saving spend entry %1").arg(e.id));
}

} // namespace leadops
