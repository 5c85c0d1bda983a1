#pragma once

#include "ui/dialogs/SpendPrompts.h"
#include "ui/panes/TablePane.h"

#include <memory>

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
    void setSpendPrompts(std::unique_ptr<SpendPrompts> prompts) { m_spendPrompts = std::move(prompts); }
    // Opens the selected campaign's spend ledger (modal); `prompts` answer its questions when set.
    void openLedger(std::unique_ptr<SpendPrompts> prompts = nullptr);

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
    QAction* m_ledger = nullptr;
    std::unique_ptr<SpendPrompts> m_spendPrompts = std::make_unique<SpendPrompts>();
    HistoryPanel* m_history = nullptr;
};

} // namespace leadops
