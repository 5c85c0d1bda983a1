#include "core/store/NicheStore.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use NicheStoreText::tr.
struct NicheStoreText
{
    Q_DECLARE_TR_FUNCTIONS(NicheStore)
};

const QString kColumns = u"id, name, market, category, status, profitability_score, competition_density, "
                         "created_at, validated_at, updated_at"_s;

Result<Niche> nicheFromRow(const QSqlQuery& q)
{
    const auto market = readKey<Market>(q, 2, u"niches"_s, u"market"_s);
    if (!market)
        return tl::unexpected(market.error());
    const auto status = readKey<NicheStatus>(q, 4, u"niches"_s, u"status"_s);
    if (!status)
        return tl::unexpected(status.error());
    Niche n;
    n.id = q.value(0).toString();
    n.name = q.value(1).toString();
    n.market = *market;
    n.category = q.value(3).toString();
    n.status = *status;
    n.profitabilityScore = q.value(5).toDouble();
    n.competitionDensity = q.value(6).toDouble();
    n.createdAt = fromDbTime(q.value(7));
    n.validatedAt = optionalFromDbTime(q.value(8));
    n.updatedAt = fromDbTime(q.value(9));
    return n;
}

void bindRow(QSqlQuery& q, const Niche& n)
{
    q.bindValue(0, n.name);
    q.bindValue(1, toKey(n.market));
    q.bindValue(2, n.category);
    q.bindValue(3, toKey(n.status));
    q.bindValue(4, n.profitabilityScore);
    q.bindValue(5, n.competitionDensity);
    q.bindValue(6, toDbTime(n.createdAt));
    q.bindValue(7, toDbTime(n.validatedAt));
    q.bindValue(8, toDbTime(n.updatedAt));
    q.bindValue(9, n.id);
}
} // namespace

Result<std::optional<Niche>> NicheStore::get(const QString& id)
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM niches WHERE id = ?"_s);
    q.bindValue(0, id);
    if (auto r = m_db.check(q, NicheStoreText::tr("reading niche %1").arg(id)); !r)
        return tl::unexpected(r.error());
    if (!q.next())
        return std::optional<Niche>();
    auto niche = nicheFromRow(q);
    if (!niche)
        return tl::unexpected(niche.error());
    return std::optional<Niche>(std::move(*niche));
}

Result<void> NicheStore::insert(const Niche& n)
{
    QSqlQuery q = m_db.prepare(u"INSERT INTO niches (name, market, category, status, profitability_score, "
                               "competition_density, created_at, validated_at, updated_at, id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindRow(q, n);
    return m_db.check(q, NicheStoreText::tr("saving niche %1").arg(n.id));
}

Result<void> NicheStore::update(const Niche& n)
{
    QSqlQuery q = m_db.prepare(u"UPDATE niches SET name = ?, market = ?, category = ?, status = ?, "
                               "profitability_score = ?, competition_density = ?, created_at = ?, validated_at = ?, "
                               "updated_at = ? WHERE id = ?"_s);
    bindRow(q, n);
    if (auto r = m_db.check(q, NicheStoreText::tr("updating niche %1").arg(n.id)); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return fail(ErrorKind::NotFound, NicheStoreText::tr("Niche %1 no longer exists in the local store").arg(n.id));
    return {};
}

Result<QList<Niche>> NicheStore::list()
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM niches ORDER BY market, name, id"_s);
    if (auto r = m_db.check(q, NicheStoreText::tr("listing niches")); !r)
        return tl::unexpected(r.error());
    QList<Niche> out;
    while (q.next()) {
        auto niche = nicheFromRow(q);
        if (!niche)
            return tl::unexpected(niche.error());
        out << std::move(*niche);
    }
    if (auto r = Database::endOfRows(q, NicheStoreText::tr("listing niches")); !r)
        return tl::unexpected(r.error());
    return out;
}

} // namespace leadops
