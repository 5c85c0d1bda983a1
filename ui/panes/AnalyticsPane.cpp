#include "ui/panes/AnalyticsPane.h"

#include "core/Workspace.h"
#include "core/store/Database.h"
#include "ui/Theme.h"
#include "ui/charts/AnalyticsCharts.h"
#include "ui/widgets/FilterWidgets.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPalette>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// Charts follow the window's palette: a dark system theme gets the dark chart theme.
void applyTheme(QChart* chart)
{
    if (isDarkPalette()) {
        chart->setTheme(QChart::ChartThemeDark);
        chart->setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    }
}

void replaceChart(QChartView* view, QChart* chart)
{
    applyTheme(chart);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old; // setChart leaves the old chart to us
}

} // namespace

AnalyticsPane::AnalyticsPane(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_reader(std::make_unique<StoreReader>(workspace.database().filePath()))
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_period = new PeriodPicker(this);
    m_campaign = new CampaignCombo(workspace.campaigns(), this);
    m_source = enumCombo<Platform>(tr("All sources"), this);
    m_market = enumCombo<Market>(tr("All markets"), this);
    m_source->setAccessibleName(tr("Source filter"));
    m_market->setAccessibleName(tr("Market filter"));
    m_export = new QToolButton(this);
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the chart on screen as PNG, PDF or SVG, or its data as CSV"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    for (const auto& [format, label] :
         {std::pair{ExportFormat::Png, tr("Image (PNG)…")}, std::pair{ExportFormat::Pdf, tr("Document (PDF)…")},
          std::pair{ExportFormat::Svg, tr("Vector image (SVG)…")}, std::pair{ExportFormat::Csv, tr("Data (CSV)…")}}) {
        menu->addAction(label, this, [this, f = format] { exportWithDialog(f); });
    }
    m_export->setMenu(menu);
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_campaign);
    bar->addWidget(m_source);
    bar->addWidget(m_market);
    bar->addStretch(1);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_funnelView = new QChartView(new QChart, m_tabs);
    m_funnelView->setRenderHint(QPainter::Antialiasing);
    m_funnelView->setToolTip(tr("Click a stage to list its leads"));
    auto* budgetPage = new QWidget(m_tabs);
    auto* budgetLayout = new QVBoxLayout(budgetPage);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(budgetPage);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* split = new QSplitter(Qt::Vertical, budgetPage);
    // The budget bars keep a readable height per campaign and scroll; the pacing chart below.
    auto* scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_budgetView = new QChartView(new QChart, scroll);
    scroll->setWidget(m_budgetView);
    m_pacingView = new QChartView(new QChart, split);
    m_pacingView->setMinimumHeight(220);
    for (QChartView* v : {m_budgetView, m_pacingView})
        v->setRenderHint(QPainter::Antialiasing);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({380, 260});
    budgetLayout->addWidget(m_summary);
    budgetLayout->addWidget(split, 1);
    // By source and by campaign, side by side: sources on top, the campaigns below (they scroll).
    auto* breakdownPage = new QSplitter(Qt::Vertical, m_tabs);
    m_bySourceView = new QChartView(new QChart, breakdownPage);
    auto* campaignScroll = new QScrollArea(breakdownPage);
    campaignScroll->setWidgetResizable(true);
    campaignScroll->setFrameShape(QFrame::NoFrame);
    m_byCampaignView = new QChartView(new QChart, campaignScroll);
    campaignScroll->setWidget(m_byCampaignView);
    breakdownPage->setStretchFactor(0, 2);
    breakdownPage->setStretchFactor(1, 3);
    m_weeklyView = new QChartView(new QChart, m_tabs);
    for (QChartView* v : {m_bySourceView, m_byCampaignView, m_weeklyView})
        v->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(m_funnelView, tr("Qualification funnel"));
    m_tabs->addTab(budgetPage, tr("Budget and pacing"));
    m_tabs->addTab(breakdownPage, tr("By source and campaign"));
    m_tabs->addTab(m_weeklyView, tr("Weekly conversion"));
    layout->addWidget(m_tabs, 1);

    connect(m_period, &PeriodPicker::changed, this, &AnalyticsPane::refreshIfShown);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AnalyticsPane::refreshIfShown);
    for (QComboBox* c : {static_cast<QComboBox*>(m_campaign), m_source, m_market})
        connect(c, &QComboBox::currentIndexChanged, this, &AnalyticsPane::refreshIfShown);
    // No aggregate runs until the pane is shown: opening the window stays quick.
}

void AnalyticsPane::refreshIfShown()
{
    if (isVisible())
        refresh();
}

void AnalyticsPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // the other panes may have changed the data meanwhile
}

void AnalyticsPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshIfShown(); // hidden: showEvent draws them anew anyway
}

AnalyticsFilter AnalyticsPane::filter() const
{
    AnalyticsFilter f;
    f.from = m_period->from();
    f.to = m_period->to();
    f.campaignId = m_campaign->campaignId();
    f.source = enumComboValue<Platform>(m_source);
    f.market = enumComboValue<Market>(m_market);
    return f;
}

void AnalyticsPane::setFilter(const AnalyticsFilter& f)
{
    {
        const QSignalBlocker a(m_period), b(m_campaign), c(m_source), d(m_market);
        m_period->setRange(f.from, f.to);
        m_campaign->setCampaignId(f.campaignId);
        setEnumComboValue(m_source, f.source);
        setEnumComboValue(m_market, f.market);
    }
    refreshIfShown();
}

void AnalyticsPane::showView(View view)
{
    m_tabs->setCurrentIndex(static_cast<int>(view));
}

AnalyticsPane::View AnalyticsPane::currentView() const
{
    return static_cast<View>(m_tabs->currentIndex());
}

QString AnalyticsPane::periodState() const
{
    return m_period->state();
}

void AnalyticsPane::restorePeriodState(const QString& state)
{
    m_period->restoreState(state);
}

void AnalyticsPane::refresh()
{
    m_campaign->refill();
    const AnalyticsFilter f = filter();
    const quint64 asked = ++m_asked;
    ++m_pending;
    QElapsedTimer timer;
    timer.start();
    // The breakdown and the weekly view are read only while shown: each is another pass over the
    // leads and their history (seconds at a million).
    const View view = currentView();
    m_reader
        ->run<Aggregates>([f, view](Database& db) -> Result<Aggregates> {
            Analytics analytics(db);
            auto funnel = analytics.funnel(f);
            if (!funnel)
                return tl::unexpected(funnel.error());
            auto budget = analytics.budget(f);
            if (!budget)
                return tl::unexpected(budget.error());
            Aggregates data{std::move(*funnel), std::move(*budget), {}, {}, {}};
            if (view == BreakdownView) {
                auto bySource = analytics.funnelBy(f, FunnelGrouping::Source);
                if (!bySource)
                    return tl::unexpected(bySource.error());
                auto byCampaign = analytics.funnelBy(f, FunnelGrouping::Campaign);
                if (!byCampaign)
                    return tl::unexpected(byCampaign.error());
                data.bySource = std::move(*bySource);
                data.byCampaign = std::move(*byCampaign);
            } else if (view == WeeklyView) {
                auto weekly = analytics.weekly(f);
                if (!weekly)
                    return tl::unexpected(weekly.error());
                data.weekly = std::move(*weekly);
            }
            return data;
        })
        .then(this, [this, asked, f, timer](const Result<Aggregates>& result) {
            --m_pending;
            if (asked != m_asked)
                return; // a newer filter is on its way
            if (!result)
                Q_EMIT statusMessage(result.error().message);
            else
                display(*result, f, timer.elapsed());
            Q_EMIT refreshed();
        });
}

void AnalyticsPane::display(const Aggregates& data, const AnalyticsFilter& f, qint64 ms)
{
    m_funnel = data.funnel;
    m_budget = data.budget;
    m_bySource = data.bySource;
    m_byCampaign = data.byCampaign;
    m_weekly = data.weekly;
    const QString subtitle = f.describe();
    replaceChart(m_funnelView, charts::funnel(m_funnel, subtitle, [this](const FunnelSelection& selection) {
                     Q_EMIT stageClicked(selection, filter());
                 }));
    replaceChart(m_budgetView, charts::budget(m_budget, subtitle));
    replaceChart(m_pacingView, charts::pacing(m_budget, subtitle));
    replaceChart(m_bySourceView, charts::funnelBy(m_bySource, tr("Funnel by source"), subtitle));
    replaceChart(m_byCampaignView, charts::funnelBy(m_byCampaign, tr("Funnel by campaign"), subtitle));
    replaceChart(m_weeklyView, charts::weekly(m_weekly, subtitle));
    m_byCampaignView->setMinimumHeight(180 + charts::kCategoryHeight * static_cast<int>(m_byCampaign.size()));
    m_budgetView->setMinimumHeight(180 + charts::kCategoryHeight * static_cast<int>(m_budget.campaigns.size()));
    m_funnelView->setMinimumHeight(180 + charts::kCategoryHeight * static_cast<int>(m_funnel.stages.size()));
    QString summary =
        tr("%n campaign(s): %1 spent of %2, %3 remaining", "", static_cast<int>(m_budget.campaigns.size()))
            .arg(charts::money(m_budget.spent), charts::money(m_budget.budget),
                 charts::money(m_budget.budget - m_budget.spent));
    qint64 leads = 0;
    for (const CampaignBudget& c : std::as_const(m_budget.campaigns))
        leads += c.leads;
    if (leads > 0)
        summary += tr(" · %1 per lead").arg(charts::money(m_budget.spent / leads));
    if (m_budget.projectedExhaustion)
        summary += tr(" · running campaigns run out of budget on %1 at the current pace")
                       .arg(QLocale().toString(*m_budget.projectedExhaustion, QLocale::LongFormat));
    m_summary->setText(summary);
    Q_EMIT statusMessage(tr("Analytics updated in %1 ms").arg(ms));
}

Result<void> AnalyticsPane::exportCurrent(ExportFormat format, const QString& path)
{
    const QString subtitle = filter().describe();
    if (format == ExportFormat::Csv) {
        switch (currentView()) {
        case FunnelView:
            return writeFileAtomically(path, Analytics::funnelCsv(m_funnel));
        case BudgetView:
            return writeFileAtomically(path, Analytics::budgetCsv(m_budget));
        case BreakdownView:
            return writeFileAtomically(path, Analytics::funnelByCsv(m_bySource + m_byCampaign));
        case WeeklyView:
            return writeFileAtomically(path, Analytics::weeklyCsv(m_weekly));
        }
    }
    // Fresh charts in the light theme: an exported file is read on paper and in documents.
    std::vector<std::unique_ptr<QChart>> owned;
    QList<ChartPage> pages;
    if (currentView() == FunnelView) {
        owned.emplace_back(charts::funnel(m_funnel, subtitle));
        pages << ChartPage{owned.back().get(), charts::exportSize(static_cast<int>(m_funnel.stages.size()))};
    } else if (currentView() == BreakdownView) {
        owned.emplace_back(charts::funnelBy(m_bySource, tr("Funnel by source"), subtitle));
        pages << ChartPage{owned.back().get(), charts::exportSize(static_cast<int>(m_bySource.size()))};
        owned.emplace_back(charts::funnelBy(m_byCampaign, tr("Funnel by campaign"), subtitle));
        pages << ChartPage{owned.back().get(), charts::exportSize(static_cast<int>(m_byCampaign.size()))};
    } else if (currentView() == WeeklyView) {
        owned.emplace_back(charts::weekly(m_weekly, subtitle));
        pages << ChartPage{owned.back().get(), charts::pacingExportSize()};
    } else {
        owned.emplace_back(charts::budget(m_budget, subtitle));
        pages << ChartPage{owned.back().get(), charts::exportSize(static_cast<int>(m_budget.campaigns.size()))};
        owned.emplace_back(charts::pacing(m_budget, subtitle));
        pages << ChartPage{owned.back().get(), charts::pacingExportSize()};
    }
    return exportCharts(pages, format, path);
}

void AnalyticsPane::exportWithDialog(ExportFormat format)
{
    const QString suffix = toKey(format);
    static const char* const bases[] = {"funnel", "budget", "funnel-by-source-and-campaign", "weekly-conversion"};
    const QString base = QString::fromLatin1(bases[currentView()]);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), dir + u"/"_s + base + u"."_s + suffix,
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    const ExportTarget target = exportTarget(path, format);
    const auto r = exportCurrent(target.format, target.path);
    if (!r) {
        QMessageBox::warning(this, tr("Export"), r.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1 as %2").arg(target.path, toKey(target.format).toUpper()));
}

} // namespace leadops
