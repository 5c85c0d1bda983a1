#include "ui/panes/CampaignsPane.h"

#include "core/Workspace.h"
#include "core/services/CampaignService.h"
#include "core/services/NicheService.h"
#include "core/util/Clock.h"
#include "ui/dialogs/Prompts.h"
#include "ui/dialogs/SpendLedgerDialog.h"
#include "ui/models/CampaignTableModel.h"
#include "ui/widgets/BudgetBarDelegate.h"
#include "ui/widgets/HistoryPanel.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

CampaignsPane::CampaignsPane(Workspace& workspace, QWidget* parent) : TablePane(parent), m_workspace(workspace)
{
    m_view->setAccessibleName(tr("Campaigns"));
    m_model = new CampaignTableModel(workspace.campaigns(), workspace.niches(), this);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->resizeSection(CampaignTableModel::Name, 320);
    m_view->horizontalHeader()->resizeSection(CampaignTableModel::Niche, 220);
    m_view->setItemDelegateForColumn(CampaignTableModel::Utilization, new BudgetBarDelegate(m_view));
    m_view->horizontalHeader()->resizeSection(CampaignTableModel::Utilization, 140);
    m_history = new HistoryPanel(this);
    placeBesideTable(m_history, [this] { showDetail(); });
    connect(m_model, &CampaignTableModel::loadFailed, this, &CampaignsPane::statusMessage);

    CampaignService& campaigns = workspace.campaigns();
    const auto act = [this](auto&& fn, const QString& done) {
        return [this, fn, done] {
            if (const Campaign* c = m_model->at(currentRow()))
                report(fn(c->id), done.arg(c->name));
        };
    };
    m_new = addTableAction(tr("New campaign…"), QKeySequence::New,
                           [this] { createCampaign(this, m_workspace.campaigns(), m_workspace.niches()); });
    m_edit = addTableAction(tr("Edit…"), QKeySequence(Qt::Key_F2), [this] {
        if (const Campaign* c = m_model->at(currentRow())) {
            const Campaign copy = *c;
            if (editCampaign(this, m_workspace.campaigns(), copy))
                Q_EMIT statusMessage(tr("%1 saved").arg(copy.name));
        }
    });
    m_toolBar->addSeparator();
    m_start = addTableAction(tr("Start"), {},
                             act([&campaigns](const QString& id) { return campaigns.start(id); }, tr("%1 started")));
    m_pause = addTableAction(tr("Pause"), {},
                             act([&campaigns](const QString& id) { return campaigns.pause(id); }, tr("%1 paused")));
    m_resume = addTableAction(tr("Resume"), {},
                              act([&campaigns](const QString& id) { return campaigns.resume(id); }, tr("%1 resumed")));
    m_complete =
        addTableAction(tr("Complete"), {},
                       act([&campaigns](const QString& id) { return campaigns.complete(id); }, tr("%1 completed")));
    m_spend = addTableAction(tr("Record spend…"), {}, [this] {
        const Campaign* c = m_model->at(currentRow());
        if (!c)
            return;
        const Campaign campaign = *c;
        if (const auto recorded = recordSpend(this, *m_spendPrompts, m_workspace.campaigns(), campaign))
            report(*recorded, tr("Spend recorded for %1").arg(campaign.name));
    });
    m_ledger = addTableAction(tr("Spend ledger…"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { openLedger(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CampaignsPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CampaignsPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignsPane::updateActions);
    updateActions();
}

void CampaignsPane::openLedger(std::unique_ptr<SpendPrompts> prompts)
{
    const Campaign* c = m_model->at(currentRow());
    if (!c)
        return;
    SpendLedgerDialog dialog(m_workspace, c->id, this);
    if (prompts)
        dialog.setPrompts(std::move(prompts));
    dialog.exec();
}

void CampaignsPane::showDetail()
{
    const Campaign* c = m_model->at(currentRow());
    if (!c) {
        m_history->showNothing(tr("Select a campaign to see its details and history."));
        return;
    }
    const QLocale locale;
    const auto day = [&locale](const std::optional<QDateTime>& t) {
        return t ? locale.toString(t->toLocalTime().date(), QLocale::ShortFormat) : QString(u"—"_s);
    };
    QString niche = c->nicheId;
    if (const auto n = m_workspace.niches().get(c->nicheId))
        niche = n->name;
    m_history->showEntity(c->name,
                          {{tr("Niche"), niche},
                           {tr("Platform"), displayName(c->platform)},
                           {tr("Status"), displayName(c->status)},
                           {tr("Budget"), displayMoney(c->budget)},
                           {tr("Spent"), displayMoney(c->spent)},
                           {tr("Started"), day(c->startedAt)},
                           {tr("Completed"), day(c->completedAt)}},
                          m_workspace.campaigns().history(c->id), [](const QString& key) {
                              const auto s = fromKey<CampaignStatus>(key);
                              return s ? displayName(*s) : key;
                          });
}

void CampaignsPane::updateActions()
{
    setWriteRefusal(whyNot(m_workspace.actor().checkCanChange(EntityKind::Campaign)));
    gate(m_new, tr("Create a draft campaign for a niche"), std::nullopt);
    const Campaign* c = m_model->at(currentRow());
    const QDateTime now = m_workspace.clock().now();
    const std::optional<QString> none = tr("Select a campaign first");
    gate(m_edit, tr("Rename the campaign or change its budget"), c ? whyNot(c->edit(c->name, c->budget, now)) : none);
    gate(m_start, tr("Start the campaign"), c ? whyNot(c->start(now)) : none);
    gate(m_pause, tr("Pause the campaign"), c ? whyNot(c->pause(now)) : none);
    gate(m_resume, tr("Resume the campaign"), c ? whyNot(c->resume(now)) : none);
    gate(m_complete, tr("Complete the campaign"), c ? whyNot(c->complete(now)) : none);
    gate(m_spend, tr("Record spend in tenge"), c ? whyNot(c->addSpend(1, now)) : none);
    // Every role reads the ledger; only the marketer's actions inside it are gated.
    gate(m_ledger, tr("Every spend and correction of the campaign, and who recorded it"), c ? std::nullopt : none,
         false);
}

} // namespace leadops
