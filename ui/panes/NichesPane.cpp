#include "ui/panes/NichesPane.h"

#include "core/Workspace.h"
#include "core/services/NicheService.h"
#include "core/util/Clock.h"
#include "ui/dialogs/Prompts.h"
#include "ui/models/NicheTableModel.h"
#include "ui/widgets/HistoryPanel.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace leadops {

NichesPane::NichesPane(Workspace& workspace, QWidget* parent) : TablePane(parent), m_workspace(workspace)
{
    m_view->setAccessibleName(tr("Niches"));
    m_model = new NicheTableModel(workspace.niches(), this);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->resizeSection(NicheTableModel::Name, 280);
    m_view->horizontalHeader()->resizeSection(NicheTableModel::Category, 200);
    m_history = new HistoryPanel(this);
    placeBesideTable(m_history, [this] { showDetail(); });
    connect(m_model, &NicheTableModel::loadFailed, this, &NichesPane::statusMessage);

    NicheService& niches = workspace.niches();
    const auto act = [this](auto&& fn, const QString& done) {
        return [this, fn, done] {
            if (const Niche* n = m_model->at(currentRow()))
                report(fn(n->id), done.arg(n->name));
        };
    };
    m_new = addTableAction(tr("New niche…"), QKeySequence::New, [this] { createNiche(this, m_workspace.niches()); });
    m_edit = addTableAction(tr("Edit…"), QKeySequence(Qt::Key_F2), [this] {
        if (const Niche* n = m_model->at(currentRow())) {
            const Niche copy = *n;
            if (editNiche(this, m_workspace.niches(), copy))
                Q_EMIT statusMessage(tr("%1 saved").arg(copy.name));
        }
    });
    m_toolBar->addSeparator();
    m_validate = addTableAction(tr("Validate…"), {}, [this] {
        const Niche* n = m_model->at(currentRow());
        if (!n)
            return;
        const QString id = n->id;
        const QString name = n->name;
        if (const auto scores = askNicheScores(this, name, n->profitabilityScore, n->competitionDensity))
            report(m_workspace.niches().validate(id, scores->first, scores->second), tr("%1 validated").arg(name));
    });
    m_activate = addTableAction(tr("Activate"), {},
                                act([&niches](const QString& id) { return niches.activate(id); }, tr("%1 activated")));
    m_pause = addTableAction(tr("Pause"), {},
                             act([&niches](const QString& id) { return niches.pause(id); }, tr("%1 paused")));
    m_archive = addTableAction(tr("Archive"), {},
                               act([&niches](const QString& id) { return niches.archive(id); }, tr("%1 archived")));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NichesPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NichesPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NichesPane::updateActions);
    updateActions();
}

void NichesPane::showDetail()
{
    const Niche* n = m_model->at(currentRow());
    if (!n) {
        m_history->showNothing(tr("Select a niche to see its details and history."));
        return;
    }
    const QLocale locale;
    m_history->showEntity(n->name,
                          {{tr("Market"), displayName(n->market)},
                           {tr("Category"), n->category},
                           {tr("Status"), displayName(n->status)},
                           {tr("Profitability"), locale.toString(n->profitabilityScore, 'f', 2)},
                           {tr("Competition"), locale.toString(n->competitionDensity, 'f', 2)}},
                          m_workspace.niches().history(n->id), [](const QString& key) {
                              const auto s = fromKey<NicheStatus>(key);
                              return s ? displayName(*s) : key;
                          });
}

void NichesPane::updateActions()
{
    setWriteRefusal(whyNot(m_workspace.actor().checkCanChange(EntityKind::Niche)));
    gate(m_new, tr("Start researching a niche"), std::nullopt);
    const Niche* n = m_model->at(currentRow());
    const QDateTime now = m_workspace.clock().now();
    const std::optional<QString> none = tr("Select a niche first");
    gate(m_edit, tr("Rename the niche or change its category"), n ? whyNot(n->edit(n->name, n->category, now)) : none);
    gate(m_validate, tr("Record profitability and competition"), n ? whyNot(n->validate(0.5, 0.5, now)) : none);
    gate(m_activate, tr("Activate the niche"), n ? whyNot(n->activate(now)) : none);
    gate(m_pause, tr("Pause the niche"), n ? whyNot(n->pause(now)) : none);
    gate(m_archive, tr("Archive the niche"), n ? whyNot(n->archive(now)) : none);
}

} // namespace leadops
