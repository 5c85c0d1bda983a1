#include "core/analytics/Analytics.h"

#include "core/store/Database.h"
#include "core/store/LeadStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use AnalyticsText::tr.
struct AnalyticsText
{
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

QDateTime startOfLocalDay(const QDate& day)
{
    return day.startOfDay().toUTC();
}

std::optional<QDate> localDay(const QVariant& dbTime)
{
    const auto t = optionalFromDbTime(dbTime);
    return t ? std::optional<QDate>(t->toLocalTime().date()) : std::nullopt;
}

// RFC 4180: quote a field when it holds a separator, a quote or a line break.
QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u"\""_s + QString(text).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

QByteArray csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& f : fields)
        quoted << csvField(f);
    return (quoted.join(u',') + u"\r\n"_s).toUtf8();
}

QString isoOrEmpty(const std::optional<QDate>& d)
{
    return d ? d->toString(Qt::ISODate) : QString();
}

} // namespace

LeadFilter AnalyticsFilter::leadFilter() const
{
    LeadFilter f;
    f.campaignId = campaignId;
    f.source = source;
    f.market = market;
    if (from)
        f.createdFrom = startOfLocalDay(*from);
    if (to)
        f.createdTo = startOfLocalDay(to->addDays(1));
    return f;
}

QString AnalyticsFilter::describe() const
{
    QStringList parts;
    if (from && to)
        parts << AnalyticsText::tr("%1 – %2").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate));
    else if (from)
        parts << AnalyticsText::tr("from %1").arg(from->toString(Qt::ISODate));
    else if (to)
        parts << AnalyticsText::tr("until %1").arg(to->toString(Qt::ISODate));
    else
        parts << AnalyticsText::tr("all time");
    if (source)
        parts << displayName(*source);
    if (market)
        parts << displayName(*market);
    return parts.join(u" · "_s);
}

std::optional<Money> CampaignBudget::costPerLead() const
{
    if (leads == 0)
        return std::nullopt;
    return static_cast<Money>(std::llround(static_cast<double>(spent) / static_cast<double>(leads)));
}

Result<Funnel> Analytics::funnel(const AnalyticsFilter& filter)
{
    // The lead list's own conditions, so a stage clicked here lists the same leads; read through the
    // (status, created_at, score, qualified_at, source, campaign_id) index alone.
    const LeadConditions leads = LeadStore::conditions(filter.leadFilter(), LeadStore::IndexUse::CoveringScan);
    QSqlQuery q = m_db.prepare(u"SELECT l.status, count(*), sum(l.qualified_at IS NOT NULL), "
                               "sum(l.qualification_score > 0) FROM leads l"_s +
                               leads.where() + u" GROUP BY l.status"_s);
    for (int i = 0; i < leads.values.size(); ++i)
        q.bindValue(i, leads.values.at(i));
    if (auto r = m_db.check(q, AnalyticsText::tr("counting the qualification funnel")); !r)
        return tl::unexpected(r.error());
    QHash<LeadStatus, qint64> in;
    qint64 dqQualified = 0; // disqualified after being qualified
    qint64 dqScored = 0;    // disqualified while (or after) qualifying
    Funnel funnel;
    while (q.next()) {
        const auto s = fromKey<LeadStatus>(q.value(0).toString());
        if (!s)
            return tl::unexpected(Database::damagedRow(u"leads"_s, {}, u"status"_s, q.value(0).toString()));
        in[*s] = q.value(1).toLongLong();
        funnel.total += q.value(1).toLongLong();
        if (*s == LeadStatus::Disqualified) {
            dqQualified = q.value(2).toLongLong();
            dqScored = q.value(3).toLongLong();
        }
    }
    if (auto r = Database::endOfRows(q, AnalyticsText::tr("counting the qualification funnel")); !r)
        return tl::unexpected(r.error());
    const qint64 qualified = in[LeadStatus::Qualified] + in[LeadStatus::Closed] + dqQualified;
    const qint64 qualifying = in[LeadStatus::Qualifying] + qualified + std::max<qint64>(0, dqScored - dqQualified);
    const qint64 contacted = in[LeadStatus::Contacted] + qualifying;
    const QList<std::pair<LeadStatus, qint64>> path = {{LeadStatus::New, funnel.total},
                                                       {LeadStatus::Contacted, contacted},
                                                       {LeadStatus::Qualifying, qualifying},
                                                       {LeadStatus::Qualified, qualified}};
    qint64 previous = -1;
    for (const auto& [stage, count] : path) {
        FunnelStage s{stage, count, 1.0, 0, false};
        if (previous >= 0) {
            s.conversion = previous > 0 ? static_cast<double>(count) / static_cast<double>(previous) : 0.0;
            s.dropOff = previous - count;
        }
        funnel.stages << s;
        previous = count;
    }
    for (LeadStatus outcome : {LeadStatus::Disqualified, LeadStatus::Closed}) {
        const qint64 count = in[outcome];
        funnel.stages << FunnelStage{
            outcome, count, funnel.total > 0 ? static_cast<double>(count) / static_cast<double>(funnel.total) : 0.0, 0,
            true};
    }
    return funnel;
}

Result<BudgetReport> Analytics::budget(const AnalyticsFilter& filter, const QDate& today)
{
    QStringList clauses;
    QVariantList values;
    if (!filter.campaignId.isEmpty()) {
        clauses << u"c.id = ?"_s;
        values << filter.campaignId;
    }
    if (filter.source) {
        clauses << u"c.platform = ?"_s;
        values << toKey(*filter.source);
    }
    if (filter.market) {
        clauses << u"n.market = ?"_s;
        values << toKey(*filter.market);
    }
    // Leads per campaign in the period, from the (campaign_id, created_at) index.
    const LeadFilter all = filter.leadFilter();
    LeadFilter period;
    period.createdFrom = all.createdFrom;
    period.createdTo = all.createdTo;
    LeadConditions leads = LeadStore::conditions(period);
    leads.clauses.prepend(u"l.campaign_id = c.id"_s);
    QSqlQuery q = m_db.prepare(
        u"SELECT c.id, c.name, c.status, c.platform, c.budget, c.spent, c.started_at, c.completed_at, "
        "(SELECT count(*) FROM leads l WHERE %1) FROM campaigns c JOIN niches n ON n.id = c.niche_id%2"_s.arg(
            leads.clauses.join(u" AND "_s), clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s)));
    int bind = 0;
    for (const QVariant& v : std::as_const(leads.values))
        q.bindValue(bind++, v);
    for (const QVariant& v : std::as_const(values))
        q.bindValue(bind++, v);
    if (auto r = m_db.check(q, AnalyticsText::tr("summing campaign budgets")); !r)
        return tl::unexpected(r.error());
    BudgetReport report;
    double dailyRate = 0;
    Money runningRemaining = 0;
    while (q.next()) {
        CampaignBudget c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString();
        const auto status = readKey<CampaignStatus>(q, 2, u"campaigns"_s, u"status"_s);
        const auto platform = readKey<Platform>(q, 3, u"campaigns"_s, u"platform"_s);
        if (!status || !platform)
            return tl::unexpected(status ? platform.error() : status.error());
        c.status = *status;
        c.platform = *platform;
        c.budget = q.value(4).toLongLong();
        c.spent = q.value(5).toLongLong();
        c.started = localDay(q.value(6));
        const auto completed = localDay(q.value(7));
        c.leads = q.value(8).toLongLong();
        if (c.started) {
            if (completed)
                c.planEnd = completed;
            else if (filter.to && *filter.to > *c.started)
                c.planEnd = filter.to;
            else
                c.planEnd = c.started->addDays(kPlanDays - 1);
            if (c.status == CampaignStatus::Active && c.remaining() > 0 && c.spent > 0) {
                const qint64 days = std::max<qint64>(1, c.started->daysTo(today) + 1);
                const double rate = static_cast<double>(c.spent) / static_cast<double>(days);
                c.projectedExhaustion =
                    today.addDays(static_cast<qint64>(std::ceil(static_cast<double>(c.remaining()) / rate)));
                dailyRate += rate;
                runningRemaining += c.remaining();
            }
        }
        report.budget += c.budget;
        report.spent += c.spent;
        report.campaigns << c;
    }
    if (auto r = Database::endOfRows(q, AnalyticsText::tr("reading campaign budgets")); !r)
        return tl::unexpected(r.error());
    std::stable_sort(
        report.campaigns.begin(), report.campaigns.end(),
        [](const CampaignBudget& a, const CampaignBudget& b) { return a.utilization() > b.utilization(); });
    report.runningRemaining = runningRemaining;
    if (dailyRate > 0)
        report.projectedExhaustion =
            today.addDays(static_cast<qint64>(std::ceil(static_cast<double>(runningRemaining) / dailyRate)));

    // Pacing, on a daily grid. Recorded spend comes from the audit history ("amount=…"); spend the
    // history does not explain (rows synced from the server carry no local history) is spread evenly
    // from the start to the last day the campaign ran.
    QList<const CampaignBudget*> started;
    for (const CampaignBudget& c : std::as_const(report.campaigns)) {
        if (c.started && c.planEnd)
            started << &c;
    }
    if (started.isEmpty())
        return report;
    QDate first = *started.first()->started;
    QDate last = *started.first()->planEnd;
    for (const CampaignBudget* c : std::as_const(started)) {
        first = std::min(first, *c->started);
        last = std::max(last, *c->planEnd);
    }
    if (filter.from && *filter.from > first)
        first = *filter.from;
    last = filter.to ? *filter.to : std::max(last, today);
    if (first.daysTo(last) > 3 * 366) // a readable chart: at most three years of days
        first = last.addDays(-3 * 366);
    const qint64 days = first.daysTo(last) + 1;
    if (days <= 0)
        return report;
    std::vector<Money> ideal(static_cast<std::size_t>(days), 0);
    std::vector<Money> spentOn(static_cast<std::size_t>(days), 0);
    Money spentBefore = 0; // spend before the grid's first day (a `from` date inside a campaign)
    const auto addSpend = [&](const QDate& day, Money amount) {
        const qint64 i = first.daysTo(day);
        if (i < 0)
            spentBefore += amount;
        else if (i < days)
            spentOn[static_cast<std::size_t>(i)] += amount;
    };
    QStringList ids;
    QHash<QString, Money> recorded;
    for (const CampaignBudget* c : std::as_const(started))
        ids << c->id;
    QSqlQuery events =
        m_db.prepare(u"SELECT entity_id, at, detail FROM audit_log WHERE entity = 'campaign' AND "
                     "action = 'add_spend' AND entity_id IN (%1)"_s.arg(QStringList(ids.size(), u"?"_s).join(u","_s)));
    for (int i = 0; i < ids.size(); ++i)
        events.bindValue(i, ids.at(i));
    if (auto r = m_db.check(events, AnalyticsText::tr("reading the spend history")); !r)
        return tl::unexpected(r.error());
    while (events.next()) {
        const QString detail = events.value(2).toString();
        if (!detail.startsWith(u"amount="_s))
            continue;
        const auto amount = parseMoney(detail.mid(7));
        const auto day = localDay(events.value(1));
        if (!amount || !day)
            continue;
        recorded[events.value(0).toString()] += *amount;
        addSpend(*day, *amount);
    }
    if (auto r = Database::endOfRows(events, AnalyticsText::tr("reading the spend history")); !r)
        return tl::unexpected(r.error());
    for (const CampaignBudget* c : std::as_const(started)) {
        const qint64 planDays = std::max<qint64>(1, c->started->daysTo(*c->planEnd) + 1);
        for (qint64 i = 0; i < days; ++i) {
            const qint64 into = c->started->daysTo(first.addDays(i)) + 1;
            const double share = std::clamp(static_cast<double>(into) / static_cast<double>(planDays), 0.0, 1.0);
            ideal[static_cast<std::size_t>(i)] +=
                static_cast<Money>(std::llround(share * static_cast<double>(c->budget)));
        }
        const Money unexplained = c->spent - recorded.value(c->id);
        if (unexplained <= 0)
            continue;
        const QDate ranUntil = c->status == CampaignStatus::Completed ? *c->planEnd : std::max(*c->started, today);
        const qint64 ranDays = c->started->daysTo(ranUntil) + 1;
        Money spread = 0;
        for (qint64 d = 0; d < ranDays; ++d) {
            const Money share = d + 1 == ranDays ? unexplained - spread : unexplained / ranDays;
            spread += share;
            addSpend(c->started->addDays(d), share);
        }
    }
    Money cumulative = spentBefore;
    for (qint64 i = 0; i < days; ++i) {
        const QDate day = first.addDays(i);
        cumulative += spentOn[static_cast<std::size_t>(i)];
        // Actual spend stops at today: the future is the projection's business.
        report.pacing << PacingPoint{day, ideal[static_cast<std::size_t>(i)], day <= today ? cumulative : -1};
    }
    return report;
}

QByteArray Analytics::funnelCsv(const Funnel& funnel)
{
    QByteArray csv = csvLine({u"stage"_s, u"kind"_s, u"leads"_s, u"conversion_percent"_s, u"drop_off"_s});
    for (const FunnelStage& s : funnel.stages) {
        csv += csvLine({toKey(s.stage), s.outcome ? u"outcome"_s : u"stage"_s, QString::number(s.count),
                        QString::number(s.conversion * 100.0, 'f', 1),
                        s.outcome ? QString() : QString::number(s.dropOff)});
    }
    return csv;
}

QByteArray Analytics::budgetCsv(const BudgetReport& report)
{
    QByteArray csv = csvLine({u"campaign_id"_s, u"campaign"_s, u"status"_s, u"platform"_s, u"budget"_s, u"spent"_s,
                              u"remaining"_s, u"utilization_percent"_s, u"leads"_s, u"cost_per_lead"_s, u"started"_s,
                              u"plan_end"_s, u"projected_exhaustion"_s});
    for (const CampaignBudget& c : report.campaigns) {
        const auto cpl = c.costPerLead();
        csv += csvLine({c.id, c.name, toKey(c.status), toKey(c.platform), formatMoney(c.budget), formatMoney(c.spent),
                        formatMoney(c.remaining()), QString::number(c.utilization() * 100.0, 'f', 1),
                        QString::number(c.leads), cpl ? formatMoney(*cpl) : QString(), isoOrEmpty(c.started),
                        isoOrEmpty(c.planEnd), isoOrEmpty(c.projectedExhaustion)});
    }
    return csv;
}

} // namespace leadops
