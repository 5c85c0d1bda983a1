#pragma once

#include "core/analytics/Analytics.h"
#include "core/store/StoreReader.h"
#include "ui/charts/ChartExport.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;

namespace leadops {

class CampaignCombo;
class PeriodPicker;
class Workspace;

// The analyst's view: the qualification funnel and budget utilization with pacing, over the same
// filters (period, campaign, source, market), from SQL aggregates; every chart exports to PNG, PDF,
// SVG and its data to CSV. Clicking a funnel stage asks for the lead list of that stage.
class AnalyticsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsPane(Workspace& workspace, QWidget* parent = nullptr);

    enum View { FunnelView, BudgetView, BreakdownView, WeeklyView };
    AnalyticsFilter filter() const;
    void setFilter(const AnalyticsFilter& filter);
    void showView(View view);
    View currentView() const;
    const Funnel& funnelData() const { return m_funnel; }
    const BudgetReport& budgetData() const { return m_budget; }
    const QList<FunnelGroup>& bySourceData() const { return m_bySource; }
    const QList<FunnelGroup>& byCampaignData() const { return m_byCampaign; }
    const QList<WeekConversion>& weeklyData() const { return m_weekly; }
    // Writes the current view (both budget charts for the budget view) to `path`.
    Result<void> exportCurrent(ExportFormat format, const QString& path);
    // Asks for a file and exports (the Export menu).
    void exportWithDialog(ExportFormat format);
    // True from a refresh until its aggregates arrive from the reader thread.
    bool isLoading() const { return m_pending > 0; }
    QString periodState() const;
    void restorePeriodState(const QString& state);

public Q_SLOTS:
    void refresh();
    void refreshIfShown();

Q_SIGNALS:
    void stageClicked(const leadops::FunnelSelection& selection, const leadops::AnalyticsFilter& filter);
    void refreshed();
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    // Light or dark switched while the window is open: the charts are drawn again in the new one.
    void changeEvent(QEvent* event) override;

private:
    struct Aggregates
    {
        Funnel funnel;
        BudgetReport budget;
        QList<FunnelGroup> bySource;
        QList<FunnelGroup> byCampaign;
        QList<WeekConversion> weekly;
    };
    void display(const Aggregates& data, const AnalyticsFilter& f, qint64 ms);

private:
    Workspace& m_workspace;
    PeriodPicker* m_period = nullptr;
    CampaignCombo* m_campaign = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_market = nullptr;
    QToolButton* m_export = nullptr;
    QTabWidget* m_tabs = nullptr;
    QChartView* m_funnelView = nullptr;
    QChartView* m_budgetView = nullptr;
    QChartView* m_pacingView = nullptr;
    QChartView* m_bySourceView = nullptr;
    QChartView* m_byCampaignView = nullptr;
    QChartView* m_weeklyView = nullptr;
    QLabel* m_summary = nullptr;
    Funnel m_funnel;
    BudgetReport m_budget;
    QList<FunnelGroup> m_bySource;
    QList<FunnelGroup> m_byCampaign;
    QList<WeekConversion> m_weekly;
    std::unique_ptr<StoreReader> m_reader; // the aggregates run on its thread
    int m_pending = 0;
    quint64 m_asked = 0; // the latest refresh; older answers are dropped
};

} // namespace leadops
