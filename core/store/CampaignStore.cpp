#include "core/store/CampaignStore.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use CampaignStoreText::tr.
struct CampaignStoreText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)
};

void bindRow(QSqlQuery& q, const Campaign& c)
{
    q.bindValue(0, c.nicheId);
    q.bindValue(1, c.name);
    q.bindValue(2, toKey(c.platform));
    q.bindValue(3, c.budget);
    q.bindValue(4, c.spent);
    q.bindValue(5, toKey(c.status));
    q.bindValue(6, toDbTime(c.createdAt));
    q.bindValue(7, toDbTime(c.startedAt));
    q.bindValue(8, toDbTime(c.completedAt));
    q.bindValue(9, toDbTime(c.updatedAt));
    q.bindValue(10, c.id);
}
} // namespace

QString CampaignStore::selectColumns()
{
    return u"c.id, c.niche_id, c.name, c.platform, c.budget, c.spent, c.status, c.created_at, c.started_at, "
           "c.completed_at, c.updated_at"_s;
}

Result<Campaign> CampaignStore::campaignFromRow(const QSqlQuery& q, int first)
{
    const auto platform = readKey<Platform>(q, first + 3, u"campaigns"_s, u"platform"_s);
    if (!platform)
        return tl::unexpected(platform.error());
    const auto status = readKey<CampaignStatus>(q, first + 6, u"campaigns"_s, u"status"_s);
    if (!status)
        return tl::unexpected(status.error());
    Campaign c;
    c.id = q.value(first).toString();
    c.nicheId = q.value(first + 1).toString();
    c.name = q.value(first + 2).toString();
    c.platform = *platform;
    c.budget = q.value(first + 4).toLongLong();
    c.spent = q.value(first + 5).toLongLong();
    c.status = *status;
    c.createdAt = fromDbTime(q.value(first + 7));
    c.startedAt = optionalFromDbTime(q.value(first + 8));
    c.completedAt = optionalFromDbTime(q.value(first + 9));
    c.updatedAt = fromDbTime(q.value(first + 10));
    return c;
}

Result<std::optional<Campaign>> CampaignStore::get(const QString& id)
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + selectColumns() + u" FROM campaigns c WHERE c.id = ?"_s);
    q.bindValue(0, id);
    if (auto r = m_db.check(q, CampaignStoreText::tr("reading campaign %1").arg(id)); !r)
        return tl::unexpected(r.error());
    if (!q.next())
        return std::optional<Campaign>();
    auto campaign = campaignFromRow(q);
    if (!campaign)
        return tl::unexpected(campaign.error());
    return std::optional<Campaign>(std::move(*campaign));
}

Result<void> CampaignStore::insert(const Campaign& c)
{
    QSqlQuery q = m_db.prepare(u"INSERT INTO campaigns (niche_id, name, platform, budget, spent, status, created_at, "
                               "started_at, completed_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindRow(q, c);
    return m_db.check(q, CampaignStoreText::tr("saving campaign %1").arg(c.id));
}

Result<void> CampaignStore::update(const Campaign& c)
{
    QSqlQuery q = m_db.prepare(u"UPDATE campaigns SET niche_id = ?, name = ?, platform = ?, budget = ?, spent = ?, "
                               "status = ?, created_at = ?, started_at = ?, completed_at = ?, updated_at = ? "
                               "WHERE id = ?"_s);
    bindRow(q, c);
    if (auto r = m_db.check(q, CampaignStoreText::tr("updating campaign %1").arg(c.id)); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return fail(ErrorKind::NotFound,
                    CampaignStoreText::tr("Campaign %1 no longer exists in the local store").arg(c.id));
    return {};
}

Result<QList<Campaign>> CampaignStore::list(const CampaignFilter& f)
{
    QStringList clauses;
    QVariantList values;
    if (f.status) {
        clauses << u"c.status = ?"_s;
        values << toKey(*f.status);
    }
    if (!f.nicheId.isEmpty()) {
        clauses << u"c.niche_id = ?"_s;
        values << f.nicheId;
    }
    const QString where = clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
    QSqlQuery q = m_db.prepare(u"SELECT "_s + selectColumns() + u" FROM campaigns c"_s + where +
                               u" ORDER BY c.created_at DESC, c.id DESC"_s);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (auto r = m_db.check(q, CampaignStoreText::tr("listing campaigns")); !r)
        return tl::unexpected(r.error());
    QList<Campaign> out;
    while (q.next()) {
        auto campaign = campaignFromRow(q);
        if (!campaign)
            return tl::unexpected(campaign.error());
        out << std::move(*campaign);
    }
    if (auto r = Database::endOfRows(q, CampaignStoreText::tr("listing campaigns")); !r)
        return tl::unexpected(r.error());
    return out;
}

} // namespace leadops
