#include "core/services/NicheService.h"

#include "core/json/EntityJson.h"
#include "core/obs/Logging.h"
#include "core/services/Transition.h"
#include "core/store/Outbox.h"
#include "core/util/Clock.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

NicheService::NicheService(Database& db, const Clock& clock, const Actor& actor, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_actor(actor), m_store(db), m_audit(db)
{}

template <typename Rule>
Result<Niche> NicheService::transition(const QString& id, const QString& action, Rule&& rule, const QString& detail)
{
    const QDateTime now = m_clock.now();
    auto result = applyTransition<Niche>(
        m_db, m_store, u"niche"_s, tr("niche"), id, action, m_actor, now, [&](const Niche& n) { return rule(n, now); },
        detail);
    if (!result) {
        qCInfo(lcService) << "niche" << id << action << "refused:" << result.error().message;
        return result;
    }
    Q_EMIT nicheChanged(*result);
    return result;
}

Result<Niche> NicheService::create(const QString& name, Market market, const QString& category)
{
    const QDateTime now = m_clock.now();
    auto niche = Niche::create(newUuidV7(now), name, market, category, now);
    if (!niche)
        return niche;
    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    if (auto r = ChangeWriter(m_db, m_store, u"niche"_s, m_actor).created(*niche, {}, now); !r)
        return tl::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    Q_EMIT nicheCreated(*niche);
    return niche;
}

Result<Niche> NicheService::get(const QString& id)
{
    return loadEntity<Niche>(m_store, tr("niche"), id);
}

Result<QList<Niche>> NicheService::list()
{
    return m_store.list();
}

Result<QList<AuditEntry>> NicheService::history(const QString& id)
{
    const auto niche = get(id);
    if (!niche)
        return tl::unexpected(niche.error());
    return m_audit.history(niche->id);
}

Result<Niche> NicheService::validate(const QString& id, double profitability, double competition)
{
    return transition(
        id, u"validate"_s,
        [=](const Niche& n, const QDateTime& now) { return n.validate(profitability, competition, now); },
        u"profitability=%1 competition=%2"_s.arg(profitability).arg(competition));
}

Result<Niche> NicheService::activate(const QString& id)
{
    return transition(id, u"activate"_s, [](const Niche& n, const QDateTime& now) { return n.activate(now); });
}

Result<Niche> NicheService::pause(const QString& id)
{
    return transition(id, u"pause"_s, [](const Niche& n, const QDateTime& now) { return n.pause(now); });
}

Result<Niche> NicheService::archive(const QString& id)
{
    return transition(id, u"archive"_s, [](const Niche& n, const QDateTime& now) { return n.archive(now); });
}

Result<Niche> NicheService::edit(const QString& id, const QString& name, const QString& category)
{
    return transition(
        id, u"edit"_s, [&](const Niche& n, const QDateTime& now) { return n.edit(name, category, now); },
        u"name=%1 category=%2"_s.arg(name.trimmed(), category.trimmed()));
}

} // namespace leadops
