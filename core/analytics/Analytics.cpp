#include "core/analytics/Analytics.h"

#include "core/store/Database.h"
#include "core/store/LeadStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
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

qint64 Funnel::count(const FunnelSelection& selection) const
{
    for (const FunnelStage& s : stages) {
        if (s.selection == selection)
            return s.count;
    }
    return 0;
}

namespace {

// The statuses the leads in view have been in, one row per lead: `f` holds each lead (id, status,
// its group g: an SQL expression over the leads table `l`, '' for one group), and `la`/`sa` its
// flags from this console's history and the server's, each read in one pass grouped by lead (no
// set of (lead, status) pairs to keep: a million leads took 30 s and a gigabyte that way).
// LeadStore::conditions() (FunnelSelection) says the same in the list's terms; tst_analytics
// checks the two agree for every number.
QString historyFlags(const QString& table)
{
    return uR"(SELECT entity_id AS id,
        max(from_status = 'contacted' OR to_status = 'contacted') AS contacted,
        max(from_status = 'qualifying' OR to_status = 'qualifying') AS qualifying,
        max(from_status = 'qualified' OR to_status = 'qualified') AS qualified,
        max(from_status = 'closed' OR to_status = 'closed') AS closed,
        max(from_status = 'disqualified' OR to_status = 'disqualified') AS disqualified,
        max(to_status = 'disqualified' AND coalesce(from_status, 'new') = 'new') AS dq_new,
        max(to_status = 'disqualified' AND from_status = 'contacted') AS dq_contacted,
        max(to_status = 'disqualified' AND from_status = 'qualifying') AS dq_qualifying,
        max(to_status = 'disqualified' AND from_status = 'qualified') AS dq_qualified
        FROM %1 WHERE entity = 'lead' AND entity_id IN (SELECT id FROM f) GROUP BY entity_id)"_s.arg(table);
}

const QString kReachSql = u"WITH f AS MATERIALIZED (SELECT l.id, l.status, %1 AS g FROM leads l%2), "_s + u"la AS ("_s +
                          historyFlags(u"audit_log"_s) + u"), sa AS ("_s + historyFlags(u"server_history"_s) +
                          u"), r AS (SELECT f.g, f.status, "
                          "f.status = 'contacted' OR ifnull(la.contacted, 0) OR ifnull(sa.contacted, 0) AS contacted, "
                          "f.status = 'qualifying' OR ifnull(la.qualifying, 0) OR ifnull(sa.qualifying, 0) AS "
                          "qualifying, "
                          "f.status = 'qualified' OR ifnull(la.qualified, 0) OR ifnull(sa.qualified, 0) AS qualified, "
                          "f.status = 'closed' OR ifnull(la.closed, 0) OR ifnull(sa.closed, 0) AS closed, "
                          "f.status = 'disqualified' OR ifnull(la.disqualified, 0) OR ifnull(sa.disqualified, 0) AS "
                          "disqualified, "
                          "f.status = 'disqualified' AND (ifnull(la.dq_new, 0) OR ifnull(sa.dq_new, 0)) AS dq_new, "
                          "f.status = 'disqualified' AND (ifnull(la.dq_contacted, 0) OR ifnull(sa.dq_contacted, 0)) "
                          "AS dq_contacted, "
                          "f.status = 'disqualified' AND (ifnull(la.dq_qualifying, 0) OR ifnull(sa.dq_qualifying, "
                          "0)) AS dq_qualifying, "
                          "f.status = 'disqualified' AND (ifnull(la.dq_qualified, 0) OR ifnull(sa.dq_qualified, 0)) "
                          "AS dq_qualified "
                          "FROM f LEFT JOIN la ON la.id = f.id LEFT JOIN sa ON sa.id = f.id) "_s;

Funnel funnelFrom(const QHash<LeadStatus, qint64>& reached, const QHash<LeadStatus, qint64>& leftFrom)
{
    Funnel funnel;
    funnel.total = reached.value(LeadStatus::New);
    const auto share = [](qint64 part, qint64 whole) {
        return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
    };
    using Kind = FunnelSelection::Kind;
    using Role = FunnelStage::Role;
    qint64 previous = -1;
    for (LeadStatus stage : {LeadStatus::New, LeadStatus::Contacted, LeadStatus::Qualified, LeadStatus::Closed}) {
        const qint64 count = reached.value(stage);
        FunnelStage s{{Kind::Reached, stage}, Role::Step, count, 1.0, 0};
        if (previous >= 0) {
            s.conversion = share(count, previous);
            s.dropOff = previous - count;
        }
        funnel.stages << s;
        previous = count;
    }
    funnel.stages << FunnelStage{{Kind::Reached, LeadStatus::Qualifying},
                                 Role::Branch,
                                 reached.value(LeadStatus::Qualifying),
                                 share(reached.value(LeadStatus::Qualifying), reached.value(LeadStatus::Contacted)),
                                 0};
    funnel.stages << FunnelStage{{Kind::Reached, LeadStatus::Disqualified},
                                 Role::Outcome,
                                 reached.value(LeadStatus::Disqualified),
                                 share(reached.value(LeadStatus::Disqualified), funnel.total),
                                 0};
    for (LeadStatus stage : {LeadStatus::New, LeadStatus::Contacted, LeadStatus::Qualifying, LeadStatus::Qualified}) {
        funnel.stages << FunnelStage{{Kind::DisqualifiedFrom, stage},
                                     Role::DisqualifiedFrom,
                                     leftFrom.value(stage),
                                     share(leftFrom.value(stage), reached.value(stage)),
                                     0};
    }
    return funnel;
}

} // namespace

Result<QMap<QString, Funnel>> Analytics::funnels(const AnalyticsFilter& filter, const QString& group)
{
    const LeadConditions leads = LeadStore::conditions(filter.leadFilter());
    // Over a million leads the query keeps their ids and flags in temporary b-trees: 380 MB in
    // memory, which the process kept after it (bench_desktop), against 80 MB and 5 % more time in
    // files.
    const TempInFiles grouping(m_db);
    if (!grouping.started())
        return tl::unexpected(grouping.started().error());
    QSqlQuery q = m_db.prepare(kReachSql.arg(group.isEmpty() ? u"''"_s : group, leads.where()) +
                               u"SELECT g, count(*), sum(contacted), sum(qualifying), sum(qualified), sum(closed), "
                               "sum(disqualified), sum(dq_new), sum(dq_contacted), sum(dq_qualifying), "
                               "sum(dq_qualified) FROM r GROUP BY g"_s);
    for (int i = 0; i < leads.values.size(); ++i)
        q.bindValue(i, leads.values.at(i));
    if (auto r = m_db.check(q, AnalyticsText::tr("counting the qualification funnel")); !r)
        return tl::unexpected(r.error());
    QMap<QString, QHash<LeadStatus, qint64>> reached;
    QMap<QString, QHash<LeadStatus, qint64>> leftFrom;
    while (q.next()) {
        const QString g = q.value(0).toString();
        QHash<LeadStatus, qint64>& in = reached[g];
        in[LeadStatus::New] = q.value(1).toLongLong(); // every lead starts new
        in[LeadStatus::Contacted] = q.value(2).toLongLong();
        in[LeadStatus::Qualifying] = q.value(3).toLongLong();
        in[LeadStatus::Qualified] = q.value(4).toLongLong();
        in[LeadStatus::Closed] = q.value(5).toLongLong();
        in[LeadStatus::Disqualified] = q.value(6).toLongLong();
        QHash<LeadStatus, qint64>& from = leftFrom[g];
        from[LeadStatus::New] = q.value(7).toLongLong();
        from[LeadStatus::Contacted] = q.value(8).toLongLong();
        from[LeadStatus::Qualifying] = q.value(9).toLongLong();
        from[LeadStatus::Qualified] = q.value(10).toLongLong();
    }
    if (auto r = Database::endOfRows(q, AnalyticsText::tr("counting the qualification funnel")); !r)
        return tl::unexpected(r.error());
    QMap<QString, Funnel> out;
    for (auto it = reached.cbegin(); it != reached.cend(); ++it)
        out.insert(it.key(), funnelFrom(it.value(), leftFrom.value(it.key())));
    return out;
}

Result<Funnel> Analytics::funnel(const AnalyticsFilter& filter)
{
    const auto all = funnels(filter, {});
    if (!all)
        return tl::unexpected(all.error());
    return all->value(QString(), funnelFrom({}, {}));
}

Result<QList<FunnelGroup>> Analytics::funnelBy(const AnalyticsFilter& filter, FunnelGrouping by)
{
    const auto groups = funnels(filter, by == FunnelGrouping::Source ? u"l.source"_s : u"l.campaign_id"_s);
    if (!groups)
        return tl::unexpected(groups.error());
    QHash<QString, QString> names;
    if (by == FunnelGrouping::Campaign) {
        QSqlQuery q = m_db.prepare(u"SELECT id, name FROM campaigns"_s);
        if (auto r = m_db.check(q, AnalyticsText::tr("reading campaign names")); !r)
            return tl::unexpected(r.error());
        while (q.next())
            names.insert(q.value(0).toString(), q.value(1).toString());
    }
    QList<FunnelGroup> out;
    for (auto it = groups->cbegin(); it != groups->cend(); ++it) {
        QString name = it.key();
        if (by == FunnelGrouping::Source) {
            if (const auto p = fromKey<Platform>(it.key()))
                name = displayName(*p);
        } else {
            name = names.value(it.key(), it.key());
        }
        out << FunnelGroup{it.key(), name, it.value()};
    }
    // Most leads first: the groups that matter lead.
    std::stable_sort(out.begin(), out.end(),
                     [](const FunnelGroup& a, const FunnelGroup& b) { return a.funnel.total > b.funnel.total; });
    return out;
}

Result<QList<WeekConversion>> Analytics::weekly(const AnalyticsFilter& filter)
{
    // Weeks start on Monday, in local time (SQLite's 'localtime' is the C library's zone, as the
    // console's).
    const LeadConditions leads = LeadStore::conditions(filter.leadFilter());
    const TempInFiles grouping(m_db); // as in funnels()
    if (!grouping.started())
        return tl::unexpected(grouping.started().error());
    QSqlQuery q =
        m_db.prepare(kReachSql.arg(u"date(l.created_at, 'localtime', '-6 days', 'weekday 1')"_s, leads.where()) +
                     u"SELECT g, count(*), sum(contacted), sum(qualified) FROM r GROUP BY g ORDER BY g"_s);
    for (int i = 0; i < leads.values.size(); ++i)
        q.bindValue(i, leads.values.at(i));
    if (auto r = m_db.check(q, AnalyticsText::tr("counting the weekly conversion")); !r)
        return tl::unexpected(r.error());
    QList<WeekConversion> out;
    while (q.next()) {
        out << WeekConversion{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong(),
                              q.value(2).toLongLong(), q.value(3).toLongLong()};
    }
    if (auto r = Database::endOfRows(q, AnalyticsText::tr("counting the weekly conversion")); !r)
        return tl::unexpected(r.error());
    return out;
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

    // Pacing, on a daily grid. Recorded spend comes from the spend ledger (a correction counts on
    // its own day, negative); spend the ledger does not explain (recorded before the ledger existed)
    // is spread evenly from the start to the last day the campaign ran.
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
    QSqlQuery entries = m_db.prepare(
        u"SELECT campaign_id, created_at, amount, reverses IS NOT NULL FROM campaign_spends WHERE campaign_id IN (%1)"_s
            .arg(QStringList(ids.size(), u"?"_s).join(u","_s)));
    for (int i = 0; i < ids.size(); ++i)
        entries.bindValue(i, ids.at(i));
    if (auto r = m_db.check(entries, AnalyticsText::tr("reading the spend ledger")); !r)
        return tl::unexpected(r.error());
    while (entries.next()) {
        const auto day = localDay(entries.value(1));
        if (!day)
            continue;
        const Money amount = entries.value(3).toBool() ? -entries.value(2).toLongLong() : entries.value(2).toLongLong();
        recorded[entries.value(0).toString()] += amount;
        addSpend(*day, amount);
    }
    if (auto r = Database::endOfRows(entries, AnalyticsText::tr("reading the spend ledger")); !r)
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

namespace {

// One funnel number as CSV fields: stage, kind (step: the main path; branch: qualifying; outcome:
// all disqualified; disqualified_from: stage = the stage those leads left), leads, conversion,
// drop-off (steps only).
QStringList funnelFields(const FunnelStage& s)
{
    QString kind;
    switch (s.role) {
    case FunnelStage::Role::Step:
        kind = u"step"_s;
        break;
    case FunnelStage::Role::Branch:
        kind = u"branch"_s;
        break;
    case FunnelStage::Role::Outcome:
        kind = u"outcome"_s;
        break;
    case FunnelStage::Role::DisqualifiedFrom:
        kind = u"disqualified_from"_s;
        break;
    }
    return {toKey(s.stage()), kind, QString::number(s.count), QString::number(s.conversion * 100.0, 'f', 1),
            s.role == FunnelStage::Role::Step ? QString::number(s.dropOff) : QString()};
}

const QStringList kFunnelColumns = {u"stage"_s, u"kind"_s, u"leads"_s, u"conversion_percent"_s, u"drop_off"_s};

} // namespace

QByteArray Analytics::funnelCsv(const Funnel& funnel)
{
    QByteArray csv = csvLine(kFunnelColumns);
    for (const FunnelStage& s : funnel.stages)
        csv += csvLine(funnelFields(s));
    return csv;
}

QByteArray Analytics::funnelByCsv(const QList<FunnelGroup>& groups)
{
    // One row per group and number: the group, then the funnel CSV's columns.
    QByteArray csv = csvLine(QStringList{u"group"_s, u"group_name"_s} + kFunnelColumns);
    for (const FunnelGroup& g : groups) {
        for (const FunnelStage& s : g.funnel.stages)
            csv += csvLine(QStringList{g.key, g.name} + funnelFields(s));
    }
    return csv;
}

QByteArray Analytics::weeklyCsv(const QList<WeekConversion>& weeks)
{
    QByteArray csv = csvLine(
        {u"week"_s, u"created"_s, u"contacted"_s, u"qualified"_s, u"contacted_percent"_s, u"qualified_percent"_s});
    for (const WeekConversion& w : weeks) {
        csv += csvLine({w.week.toString(Qt::ISODate), QString::number(w.created), QString::number(w.contacted),
                        QString::number(w.qualified), QString::number(w.contactedShare() * 100.0, 'f', 1),
                        QString::number(w.qualifiedShare() * 100.0, 'f', 1)});
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
