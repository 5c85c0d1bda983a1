#include "MainWindow.h"

#include "Workspace.h"
#include "panes/CampaignsPane.h"
#include "panes/LeadsPane.h"
#include "panes/NichesPane.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

MainWindow::MainWindow(Workspace& workspace, QWidget* parent) : QMainWindow(parent), m_workspace(workspace)
{
    setWindowTitle(tr("LeadOps Console — %1").arg(workspace.directory()));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_niches = new NichesPane(workspace, m_tabs);
    m_campaigns = new CampaignsPane(workspace, m_tabs);
    m_leads = new LeadsPane(workspace, m_tabs);
    m_tabs->addTab(m_niches, tr("&Niches"));
    m_tabs->addTab(m_campaigns, tr("&Campaigns"));
    m_tabs->addTab(m_leads, tr("&Leads"));
    setCentralWidget(m_tabs);

    for (TablePane* pane :
         {static_cast<TablePane*>(m_niches), static_cast<TablePane*>(m_campaigns), static_cast<TablePane*>(m_leads)}) {
        connect(pane, &TablePane::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    }

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, Pane>> panes = {
        {tr("Niches"), Niches}, {tr("Campaigns"), Campaigns}, {tr("Leads"), Leads}};
    for (qsizetype i = 0; i < panes.size(); ++i) {
        QAction* a = view->addAction(panes[i].first, this, [this, p = panes[i].second] { showPane(p); });
        a->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LeadOps Console"), this, &MainWindow::about);
    statusBar()->showMessage(tr("Local workspace: %1").arg(workspace.directory()));
    resize(1280, 760);
    showPane(Leads);
}

void MainWindow::showPane(Pane pane)
{
    m_tabs->setCurrentIndex(static_cast<int>(pane));
    if (auto* t = qobject_cast<TablePane*>(m_tabs->currentWidget()))
        t->view()->setFocus();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About LeadOps Console"),
                       tr("<h3>LeadOps Console %1</h3><p>Lead qualification, campaigns and niches for a "
                          "lead-generation business in Kazakhstan.</p><p>Qt %2 · workspace %3</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                m_workspace.directory().toHtmlEscaped()));
}

} // namespace leadops
