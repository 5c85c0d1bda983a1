#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Result.h"
#include "core/domain/Values.h"
#include "core/store/Filters.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace leadops {

class Database;

// What the analytics views look at: leads created in [from, to] (whole days, local calendar), of
// one campaign, one source and one market; empty means all.
struct AnalyticsFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to; // inclusive
    QString campaignId;
    std::optional<Platform> source;
    std::optional<Market> market;

    LeadFilter leadFilter() const;
    // "from 2026-01-01 to 2026-03-31, campaign …" for chart subtitles and CSV headers.
    QString describe() const;
};

// The qualification funnel. The main path new -> contacted -> qualifying -> qualified counts the
// leads that reached each stage (a lead further on, or disqualified after it, passed through it);
// disqualified and closed are outcomes beside it. A disqualified lead reached qualified when it
// carries qualified_at, and qualifying when it carries a score (only a qualifying lead is scored);
// otherwise the store cannot tell where it left, and it counts at "new" only.
struct FunnelStage
{
    LeadStatus stage;
    qint64 count = 0;      // reached (main path) or ended in (outcomes)
    double conversion = 0; // share of the previous main stage that reached this one (0..1)
    qint64 dropOff = 0;    // previous main stage minus this one
    bool outcome = false;  // disqualified / closed, not a step of the main path
};

struct Funnel
{
    QList<FunnelStage> stages; // new, contacted, qualifying, qualified, disqualified, closed
    qint64 total = 0;
};

// Budget utilization and pacing. A campaign's plan runs from its start to its completion, or for
// kPlanDays when it is still running (the seed has no end date), or to the filter's `to` date.
struct CampaignBudget
{
    QString id;
    QString name;
    CampaignStatus status = CampaignStatus::Draft;
    Platform platform = Platform::Olx;
    Money budget = 0;
    Money spent = 0;
    qint64 leads = 0;
    std::optional<QDate> started;
    std::optional<QDate> planEnd;
    std::optional<QDate> projectedExhaustion; // at the average daily spend so far
    Money remaining() const { return budget > spent ? budget - spent : 0; }
    double utilization() const { return budget > 0 ? static_cast<double>(spent) / static_cast<double>(budget) : 0; }
    std::optional<Money> costPerLead() const;
};

struct PacingPoint
{
    QDate day;
    Money ideal = 0;  // the budgets spread evenly over each plan, summed
    Money actual = 0; // recorded spend up to and including the day, summed; -1 after today
};

struct BudgetReport
{
    QList<CampaignBudget> campaigns; // most utilized first
    QList<PacingPoint> pacing;       // one point per day, from the earliest start to the latest plan end
    Money budget = 0;
    Money spent = 0;
    std::optional<QDate> projectedExhaustion; // of the running campaigns in view, taken together
    Money runningRemaining = 0;               // what those running campaigns have left
};

class Analytics
{
public:
    static constexpr int kPlanDays = 90;

    explicit Analytics(Database& db) : m_db(db) {}

    // Both are SQL aggregates over the store (GROUP BY), never a walk over lead rows.
    Result<Funnel> funnel(const AnalyticsFilter& filter);
    Result<BudgetReport> budget(const AnalyticsFilter& filter, const QDate& today = QDate::currentDate());

    // CSV (RFC 4180, UTF-8, a header row; money in tenge with two decimals).
    static QByteArray funnelCsv(const Funnel& funnel);
    static QByteArray budgetCsv(const BudgetReport& report);

private:
    Database& m_db;
};

} // namespace leadops
