#include "core/domain/Niche.h"

#include "core/domain/Values.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

Result<Niche> Niche::create(const QString& id, const QString& name, Market market, const QString& category,
                            const QDateTime& now)
{
    const QString n = name.trimmed();
    const QString c = category.trimmed();
    if (n.isEmpty() || n.size() > kMaxNameLength)
        return fail(ErrorKind::Validation,
                    tr("Niche name must have 1 to %1 characters, got %2").arg(kMaxNameLength).arg(n.size()));
    if (c.isEmpty() || c.size() > kMaxCategoryLength)
        return fail(ErrorKind::Validation,
                    tr("Niche category must have 1 to %1 characters, got %2").arg(kMaxCategoryLength).arg(c.size()));
    if (auto r = checkPlainText(n, tr("Niche name")); !r)
        return tl::unexpected(r.error());
    if (auto r = checkPlainText(c, tr("Niche category")); !r)
        return tl::unexpected(r.error());
    Niche niche;
    niche.id = id;
    niche.name = n;
    niche.market = market;
    niche.category = c;
    niche.createdAt = now;
    niche.updatedAt = now;
    return niche;
}

Niche Niche::changed(NicheStatus to, const QDateTime& now) const
{
    Niche next = *this;
    next.status = to;
    next.updatedAt = now;
    return next;
}

Result<Niche> Niche::validate(double profitability, double competition, const QDateTime& now) const
{
    if (status == NicheStatus::Active || status == NicheStatus::Archived)
        return fail(ErrorKind::Rule,
                    tr("Niche %1 cannot be validated: status=%2 (rule validate: status must be researching, "
                       "validated or paused)")
                        .arg(id, toKey(status)),
                    u"validate"_s);
    if (const auto p = checkUnitInterval(profitability, tr("Profitability score")); !p)
        return tl::unexpected(p.error());
    if (const auto c = checkUnitInterval(competition, tr("Competition density")); !c)
        return tl::unexpected(c.error());
    Niche next = changed(NicheStatus::Validated, now);
    next.profitabilityScore = profitability;
    next.competitionDensity = competition;
    next.validatedAt = now;
    return next;
}

bool Niche::canActivate() const
{
    return status == NicheStatus::Validated && scoresAllowActivation(profitabilityScore, competitionDensity);
}

Result<Niche> Niche::activate(const QDateTime& now) const
{
    if (!canActivate())
        return fail(ErrorKind::Rule,
                    tr("Niche %1 cannot be activated: status=%2, score=%3, competition=%4 (rule can_activate: status "
                       "must be validated, profitability at least %5 and competition below %6)")
                        .arg(id, toKey(status), QString::number(profitabilityScore),
                             QString::number(competitionDensity), QString::number(kMinProfitability),
                             QString::number(kMaxCompetitionToActivate)),
                    u"can_activate"_s);
    return changed(NicheStatus::Active, now);
}

bool Niche::isProfitable() const
{
    return profitabilityScore >= kMinProfitability && competitionDensity < kMaxCompetitionProfitable;
}

Result<Niche> Niche::pause(const QDateTime& now) const
{
    if (status != NicheStatus::Active)
        return fail(ErrorKind::Rule,
                    tr("Niche %1 is not active: status=%2 (rule pause: only an active niche can be paused)")
                        .arg(id, toKey(status)),
                    u"pause"_s);
    return changed(NicheStatus::Paused, now);
}

Result<Niche> Niche::archive(const QDateTime& now) const
{
    if (status == NicheStatus::Archived)
        return fail(ErrorKind::Rule, tr("Niche %1 is already archived").arg(id), u"archive"_s);
    return changed(NicheStatus::Archived, now);
}

Result<Niche> Niche::edit(const QString& newName, const QString& newCategory, const QDateTime& now) const
{
    if (status == NicheStatus::Archived)
        return fail(ErrorKind::Rule, tr("Niche %1 is archived: an archived niche keeps its name and category").arg(id),
                    u"edit"_s);
    auto checked = create(id, newName, market, newCategory, createdAt);
    if (!checked)
        return tl::unexpected(checked.error());
    Niche next = changed(status, now);
    next.name = checked->name;
    next.category = checked->category;
    return next;
}

} // namespace leadops
