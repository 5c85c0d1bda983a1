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

// Pixels per campaign in the budget chart: two lines of label.
constexpr int kCategoryHeight = 44;

// A pleasant size for an exported chart of this many categories.
QSize exportSize(int categories);
QSize pacingExportSize();

// "1 234 567 ₸" in the current locale.
QString money(Money minorUnits);

} // namespace charts
} // namespace leadops
