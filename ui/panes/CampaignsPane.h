#pragma once

#include "ui/panes/TablePane.h"

namespace leadops {

class CampaignTableModel;
class HistoryPanel;
class Workspace;

// The marketer's campaigns: start, pause, resume, complete, record spend, watch the budget.
class CampaignsPane final : public TablePane
{
    Q_OBJECT

public:
    void updateActions() override;
    explicit CampaignsPane(Workspace& workspace, QWidget* parent = nullptr);
    CampaignTableModel* model() const { return m_model; }
    HistoryPanel* historyPanel() const { return m_history; }

private:
    void showDetail();
    Workspace& m_workspace;
    CampaignTableModel* m_model = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_start = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_complete = nullptr;
    QAction* m_spend = nullptr;
    HistoryPanel* m_history = nullptr;
};

} // namespace leadops
