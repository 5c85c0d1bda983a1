#pragma once

#include <QMainWindow>

class QTabWidget;

namespace leadops {

class CampaignsPane;
class LeadsPane;
class NichesPane;
class Workspace;

// Niches, Campaigns and Leads over one workspace. The full navigation, analytics and settings
// arrive with the desktop-experience issue; this window already does every job of the CLI.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);

    enum Pane { Niches, Campaigns, Leads };
    void showPane(Pane pane);
    NichesPane* nichesPane() const { return m_niches; }
    CampaignsPane* campaignsPane() const { return m_campaigns; }
    LeadsPane* leadsPane() const { return m_leads; }

private:
    void about();

    Workspace& m_workspace;
    QTabWidget* m_tabs = nullptr;
    NichesPane* m_niches = nullptr;
    CampaignsPane* m_campaigns = nullptr;
    LeadsPane* m_leads = nullptr;
};

} // namespace leadops
