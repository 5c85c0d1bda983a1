#pragma once

#include "ui/panes/TablePane.h"

namespace leadops {

class NicheTableModel;
class HistoryPanel;
class Workspace;

// Niches: research, validate with two scores, activate when the thresholds allow.
class NichesPane final : public TablePane
{
    Q_OBJECT

public:
    void updateActions() override;
    explicit NichesPane(Workspace& workspace, QWidget* parent = nullptr);
    NicheTableModel* model() const { return m_model; }
    HistoryPanel* historyPanel() const { return m_history; }

private:
    void showDetail();
    Workspace& m_workspace;
    NicheTableModel* m_model = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_validate = nullptr;
    QAction* m_activate = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_archive = nullptr;
    HistoryPanel* m_history = nullptr;
};

} // namespace leadops
