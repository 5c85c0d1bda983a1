#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Result.h"
#include "core/domain/Values.h"
#include "core/store/Filters.h"

#include <QDate>
#include <QList>
#include <QMap>
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

// The qualification funnel, from what happened: a lead reached a stage when its recorded history
// (this console's audit_log and the server's, pulled by the sync) has it in that status, or it is
// in it now; every lead reached new. The stages follow the seed's state machine: new -> contacted -> qualified ->
// closed. Qualifying is a branch beside contacted -> qualified (provisional scoring, watched by the auto-disqualify),
// never a step before qualified. Disqualified leads are counted by the stage they left from. Each number is a
// FunnelSelection, which the lead list filters by (LeadFilter::funnel): a number clicked lists exactly the leads it
// counts.
struct FunnelStage
{
    enum class Role {
        Step,             // new, contacted, qualified, closed
        Branch,           // qualifying
        Outcome,          // disqualified, all of them
        DisqualifiedFrom, // disqualified, by the stage left
    };
    FunnelSelection selection;
    Role role = Role::Step;
    qint64 count = 0;
    // Step: share of the previous step; Branch: of contacted; Outcome: of all leads;
    // DisqualifiedFrom: of the leads that reached the stage left (0..1).
    double conversion = 0;
    qint64 dropOff = 0; // Step: the previous step minus this one
    LeadStatus stage() const { return selection.stage; }
};

struct Funnel
{
    // Steps new, contacted, qualified, closed; the qualifying branch; disqualified; disqualified
    // from new, contacted, qualifying, qualified.
    QList<FunnelStage> stages;
    qint64 total = 0;
    // The number for a selection; 0 when the funnel has no such stage.
    qint64 count(const FunnelSelection& selection) const;
};

// The funnel of each source or of each campaign, side by side.
enum class FunnelGrouping { Source, Campaign };
struct FunnelGroup
{
    QString key;  // the source's key or the campaign's id
    QString name; // as shown
    Funnel funnel;
};

// Leads created in one week (from its Monday, local time), and how many of them have reached
// contacted and qualified by now: the conversion over time.
struct WeekConversion
{
    QDate week;
    qint64 created = 0;
    qint64 contacted = 0;
    qint64 qualified = 0;
    double contactedShare() const { return created > 0 ? double(contacted) / double(created) : 0.0; }
    double qualifiedShare() const { return created > 0 ? double(qualified) / double(created) : 0.0; }
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
    // The funnel per group, most leads first; each group's numbers mean what funnel()'s do.
    Result<QList<FunnelGroup>> funnelBy(const AnalyticsFilter& filter, FunnelGrouping by);
    Result<QList<WeekConversion>> weekly(const AnalyticsFilter& filter);

    // CSV (RFC 4180, UTF-8, a header row; money in tenge with two decimals).
    static QByteArray funnelCsv(const Funnel& funnel);
    static QByteArray budgetCsv(const BudgetReport& report);
    static QByteArray funnelByCsv(const QList<FunnelGroup>& groups);
    static QByteArray weeklyCsv(const QList<WeekConversion>& weeks);

private:
    // The funnel of each value of `group` (SQL over the leads table l; empty: one, keyed '').
    Result<QMap<QString, Funnel>> funnels(const AnalyticsFilter& filter, const QString& group);
    Database& m_db;
};

} // namespace leadops
