#pragma once

#include "core/analytics/Analytics.h"

#include <QDate>
#include <QSize>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace leadops {

// Builds the Qt Charts views of the analytics from their aggregates. The same builders serve the
// Analytics pane and the exports (window and `leadops export`), so a saved chart is what was shown.
namespace charts {

// A bar per number of the funnel: the steps with their conversion and drop-off, the qualifying
// branch, and the disqualified by the stage they left. `onStageClicked` (may be empty) receives
// the selection of a clicked bar: the leads it counts.
QChart* funnel(const Funnel& funnel, const QString& subtitle,
               const std::function<void(const FunnelSelection&)>& onStageClicked = {});

// Spent and remaining per campaign, most utilized first; spent is green below 80 %, amber from
// 80 % and red from 95 % of the budget.
QChart* budget(const BudgetReport& report, const QString& subtitle);

// The ideal line (budgets spread over their plans) against actual cumulative spend, and the
// projection to exhaustion at the average daily spend so far.
QChart* pacing(const BudgetReport& report, const QString& subtitle, const QDate& today = QDate::currentDate());

// The funnel of each group side by side: for each, the share of its leads that reached contacted,
// qualified and closed (comparable whatever the group's size), with its lead count.
QChart* funnelBy(const QList<FunnelGroup>& groups, const QString& title, const QString& subtitle);

// Week by week: of the leads created that week, the share that reached contacted and qualified.
QChart* weekly(const QList<WeekConversion>& weeks, const QString& subtitle);

// Pixels per campaign in the budget chart: two lines of label.
constexpr int kCategoryHeight = 44;

// A pleasant size for an exported chart of this many categories.
QSize exportSize(int categories);
QSize pacingExportSize();

// "1 234 567 ₸" in the current locale.
QString money(Money minorUnits);

} // namespace charts
} // namespace leadops
