#include "ui/charts/AnalyticsCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops::charts {

namespace {

// lupdate reads the context from this declaration; the calls below use ChartsText::tr.
struct ChartsText
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

double tenge(Money minorUnits)
{
    return static_cast<double>(minorUnits) / 100.0;
}

QChart* newChart(const QString& title, const QString& subtitle)
{
    auto* chart = new QChart;
    chart->setTitle(
        u"<b>%1</b><br><span style='font-size:small'>%2</span>"_s.arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped()));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers and dates in the UI's language (QLocale::setDefault follows it), with its group
    // separators, not the C locale's "50000000".
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// A bar set with its legend text and colour.
QBarSet* barSet(const QString& name, const QColor& colour)
{
    auto* set = new QBarSet(name);
    set->setColor(colour);
    return set;
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + u" %"_s;
}

QDateTime chartTime(const QDate& day)
{
    return day.startOfDay();
}

// The smallest "round" number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) at or above x, so
// that five axis intervals read well.
double niceCeiling(double x)
{
    if (x <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(x)));
    for (double m : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (m * power >= x)
            return m * power;
    }
    return 10 * power;
}

void roundAxis(QValueAxis* axis, double top)
{
    axis->setRange(0, niceCeiling(top * 1.02));
    axis->setTickCount(6);
    axis->setLabelFormat(u"%.0f"_s);
}

// An amount of tenge as people say it: "50 млн ₸", "2,5 млрд ₸", "800 тыс. ₸".
QString shortMoney(double tenge)
{
    const auto scaled = [](double v, const QString& form) {
        const bool whole = std::abs(v - std::round(v)) < 0.05 || v >= 10;
        return form.arg(QLocale().toString(v, 'f', whole ? 0 : 1));
    };
    if (tenge >= 1e9)
        return scaled(tenge / 1e9, ChartsText::tr("%1 bn ₸"));
    if (tenge >= 1e6)
        return scaled(tenge / 1e6, ChartsText::tr("%1 M ₸"));
    if (tenge >= 1e3)
        return scaled(tenge / 1e3, ChartsText::tr("%1 K ₸"));
    return QLocale().toString(tenge, 'f', 0) + u" ₸"_s;
}

// A money axis from 0 to a round top in five steps, each labelled in the short form.
QCategoryAxis* moneyAxis(double top)
{
    auto* axis = new QCategoryAxis;
    const double max = niceCeiling(top * 1.02);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-max / 1000.0); // a first category ending at 0 labels the origin
    for (int i = 0; i <= 5; ++i)
        axis->append(shortMoney(max * i / 5.0), max * i / 5.0);
    axis->setRange(0, max);
    return axis;
}

} // namespace

QString money(Money minorUnits)
{
    return QLocale().toString(tenge(minorUnits), 'f', 0) + u" ₸"_s;
}

QSize exportSize(int categories)
{
    return {1200, std::clamp(180 + kCategoryHeight * categories, 560, 4000)};
}

QSize pacingExportSize()
{
    return {1200, 600};
}

QChart* funnel(const Funnel& f, const QString& subtitle,
               const std::function<void(const FunnelSelection&)>& onStageClicked)
{
    QChart* chart =
        newChart(ChartsText::tr("Qualification funnel · %n lead(s)", "", static_cast<int>(f.total)), subtitle);
    // The legend says what each percentage is of; the labels stay short enough not to be elided.
    auto* steps = barSet(ChartsText::tr("Reached the stage (% of the previous, − dropped)"), QColor(0x1e, 0x88, 0xe5));
    auto* branch = barSet(ChartsText::tr("Qualifying: a branch beside contacted → qualified (% of contacted)"),
                          QColor(0x8e, 0x24, 0xaa));
    auto* lost = barSet(ChartsText::tr("Disqualified: all, then by the stage left (% of those that reached it)"),
                        QColor(0x90, 0xa4, 0xae));
    // Horizontal bars, top down like a funnel, with the room on the left for names in every language;
    // they list bottom-up, so the stages go in reversed.
    QList<FunnelStage> stages = f.stages;
    std::reverse(stages.begin(), stages.end());
    QStringList categories;
    for (const FunnelStage& s : std::as_const(stages)) {
        // Two short lines each (rich text): the name, then the count and its shares.
        const QString count = QLocale().toString(s.count);
        QString name = displayName(s.stage());
        QString numbers = count;
        switch (s.role) {
        case FunnelStage::Role::Step:
            if (s.stage() != LeadStatus::New)
                numbers += u" · %1 · −%2"_s.arg(percent(s.conversion), QLocale().toString(s.dropOff));
            break;
        case FunnelStage::Role::Branch:
        case FunnelStage::Role::Outcome:
            numbers += u" · "_s + percent(s.conversion);
            break;
        case FunnelStage::Role::DisqualifiedFrom:
            name = ChartsText::tr("✕ from %1").arg(name);
            numbers += u" · "_s + percent(s.conversion);
            break;
        }
        categories << u"<b>%1</b><br>%2"_s.arg(name.toHtmlEscaped(), numbers);
        const double value = static_cast<double>(s.count);
        *steps << (s.role == FunnelStage::Role::Step ? value : 0.0);
        *branch << (s.role == FunnelStage::Role::Branch ? value : 0.0);
        *lost << (s.role == FunnelStage::Role::Outcome || s.role == FunnelStage::Role::DisqualifiedFrom ? value : 0.0);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(steps);
    series->append(branch);
    series->append(lost);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    roundAxis(x, static_cast<double>(f.total));
    x->setTitleText(ChartsText::tr("Leads"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    if (onStageClicked) {
        QObject::connect(series, &QHorizontalStackedBarSeries::clicked, series,
                         [stages, onStageClicked](int index, QBarSet*) {
                             if (index >= 0 && index < stages.size())
                                 onStageClicked(stages.at(index).selection);
                         });
    }
    return chart;
}

QChart* budget(const BudgetReport& report, const QString& subtitle)
{
    QChart* chart = newChart(
        ChartsText::tr("Budget utilization · %1 of %2 spent").arg(money(report.spent), money(report.budget)), subtitle);
    auto* calm = barSet(ChartsText::tr("Spent, under 80 %"), QColor(0x2e, 0x7d, 0x32));
    auto* near = barSet(ChartsText::tr("Spent, 80–95 %"), QColor(0xef, 0x6c, 0x00));
    auto* over = barSet(ChartsText::tr("Spent, 95 % and more"), QColor(0xc6, 0x28, 0x28));
    auto* remaining = barSet(ChartsText::tr("Remaining"), QColor(0xcf, 0xd8, 0xdc));
    QStringList categories;
    // Horizontal bars list bottom-up: the most utilized campaign goes last so that it is on top.
    QList<CampaignBudget> campaigns = report.campaigns;
    std::reverse(campaigns.begin(), campaigns.end());
    for (const CampaignBudget& c : std::as_const(campaigns)) {
        const double u = c.utilization();
        const double spent = tenge(c.spent);
        *calm << (u < 0.8 ? spent : 0.0);
        *near << (u >= 0.8 && u < 0.95 ? spent : 0.0);
        *over << (u >= 0.95 ? spent : 0.0);
        *remaining << tenge(c.remaining());
        const auto cpl = c.costPerLead();
        // Two short lines per campaign (rich text), so that no label is elided.
        categories << u"<b>%1</b><br>%2"_s.arg(
            c.name.toHtmlEscaped(), ChartsText::tr("%1 · %2 left%3")
                                        .arg(percent(u), money(c.remaining()),
                                             cpl ? ChartsText::tr(" · %1 per lead").arg(money(*cpl)) : QString()));
    }
    auto* series = new QHorizontalStackedBarSeries;
    for (QBarSet* set : {calm, near, over, remaining})
        series->append(set);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    double widest = 1;
    for (const CampaignBudget& c : report.campaigns)
        widest = std::max(widest, tenge(std::max(c.budget, c.spent)));
    auto* x = moneyAxis(widest);
    x->setTitleText(ChartsText::tr("Tenge (₸)"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

QChart* pacing(const BudgetReport& report, const QString& subtitle, const QDate& today)
{
    const QString exhaustion = report.projectedExhaustion
                                   ? ChartsText::tr("at the current pace the budget runs out on %1")
                                         .arg(QLocale().toString(*report.projectedExhaustion, QLocale::ShortFormat))
                                   : ChartsText::tr("no running campaign is spending");
    QChart* chart = newChart(ChartsText::tr("Pacing · %1").arg(exhaustion), subtitle);
    auto* ideal = new QLineSeries;
    ideal->setName(ChartsText::tr("Ideal (budget spread over the plan)"));
    auto* actual = new QLineSeries;
    actual->setName(ChartsText::tr("Actual cumulative spend"));
    auto* projected = new QLineSeries;
    projected->setName(ChartsText::tr("Projection"));
    ideal->setPen(QPen(QColor(0x78, 0x90, 0x9c), 2, Qt::DashLine));
    actual->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 3));
    projected->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DotLine));
    double top = 1;
    Money lastActual = 0;
    QDate lastDay;
    for (const PacingPoint& p : report.pacing) {
        const double when = static_cast<double>(chartTime(p.day).toMSecsSinceEpoch());
        ideal->append(when, tenge(p.ideal));
        top = std::max(top, tenge(p.ideal));
        if (p.actual >= 0) {
            actual->append(when, tenge(p.actual));
            top = std::max(top, tenge(p.actual));
            lastActual = p.actual;
            lastDay = p.day;
        }
    }
    if (report.projectedExhaustion && lastDay.isValid() && lastDay <= today) {
        const Money end = lastActual + report.runningRemaining;
        projected->append(static_cast<double>(chartTime(lastDay).toMSecsSinceEpoch()), tenge(lastActual));
        projected->append(static_cast<double>(chartTime(*report.projectedExhaustion).toMSecsSinceEpoch()), tenge(end));
        top = std::max(top, tenge(end));
    }
    for (QLineSeries* s : {ideal, actual, projected})
        chart->addSeries(s);
    auto* x = new QDateTimeAxis;
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setTickCount(8);
    if (!report.pacing.isEmpty()) {
        QDate end = report.pacing.last().day;
        if (projected->count() > 0)
            end = std::max(end, *report.projectedExhaustion);
        x->setRange(chartTime(report.pacing.first().day), chartTime(end));
    }
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = moneyAxis(top);
    y->setTitleText(ChartsText::tr("Tenge (₸)"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {ideal, actual, projected}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (projected->count() == 0)
        chart->legend()->markers(projected).value(0)->setVisible(false);
    return chart;
}

QChart* funnelBy(const QList<FunnelGroup>& groups, const QString& title, const QString& subtitle)
{
    QChart* chart = newChart(title, subtitle);
    using Kind = FunnelSelection::Kind;
    const QList<std::pair<LeadStatus, QColor>> shown = {{LeadStatus::Contacted, QColor(0x90, 0xca, 0xf9)},
                                                        {LeadStatus::Qualified, QColor(0x1e, 0x88, 0xe5)},
                                                        {LeadStatus::Closed, QColor(0x0d, 0x47, 0xa1)}};
    auto* series = new QHorizontalBarSeries;
    QList<FunnelGroup> bottomUp = groups; // horizontal bars list bottom-up: the largest on top
    std::reverse(bottomUp.begin(), bottomUp.end());
    for (const auto& [stage, colour] : shown) {
        auto* set = barSet(ChartsText::tr("Reached: %1").arg(displayName(stage)), colour);
        for (const FunnelGroup& g : std::as_const(bottomUp)) {
            const qint64 total = g.funnel.total;
            *set << (total > 0 ? 100.0 * double(g.funnel.count({Kind::Reached, stage})) / double(total) : 0.0);
        }
        series->append(set);
    }
    QStringList categories;
    for (const FunnelGroup& g : std::as_const(bottomUp)) {
        const qint64 total = g.funnel.total;
        const auto pct = [&](LeadStatus s) {
            return total > 0 ? percent(double(g.funnel.count({Kind::Reached, s})) / double(total)) : percent(0);
        };
        categories << u"<b>%1</b><br>%2"_s.arg(g.name.toHtmlEscaped(),
                                               ChartsText::tr("%n lead(s) · %1 · %2", "", int(total))
                                                   .arg(pct(LeadStatus::Contacted), pct(LeadStatus::Qualified)));
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(u"%.0f"_s);
    x->setTitleText(ChartsText::tr("% of the group's leads"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return chart;
}

QChart* weekly(const QList<WeekConversion>& weeks, const QString& subtitle)
{
    QChart* chart = newChart(ChartsText::tr("Conversion by week of arrival"), subtitle);
    auto* contacted = new QLineSeries;
    contacted->setName(ChartsText::tr("Reached: %1").arg(displayName(LeadStatus::Contacted)));
    auto* qualified = new QLineSeries;
    qualified->setName(ChartsText::tr("Reached: %1").arg(displayName(LeadStatus::Qualified)));
    contacted->setPen(QPen(QColor(0x90, 0xca, 0xf9), 3));
    qualified->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 3));
    for (const WeekConversion& w : weeks) {
        const double when = static_cast<double>(chartTime(w.week).toMSecsSinceEpoch());
        contacted->append(when, 100.0 * w.contactedShare());
        qualified->append(when, 100.0 * w.qualifiedShare());
    }
    chart->addSeries(contacted);
    chart->addSeries(qualified);
    auto* x = new QDateTimeAxis;
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setTickCount(8);
    if (!weeks.isEmpty())
        x->setRange(chartTime(weeks.first().week), chartTime(weeks.last().week));
    x->setTitleText(ChartsText::tr("Week (its Monday)"));
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(ChartsText::tr("% of the week's leads"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {contacted, qualified}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

} // namespace leadops::charts
