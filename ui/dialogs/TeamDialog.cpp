#include "ui/dialogs/TeamDialog.h"

#include "core/services/LeadService.h"
#include "ui/models/TeamTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace leadops {

TeamDialog::TeamDialog(LeadService& leads, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Team"));
    auto* layout = new QVBoxLayout(this);
    m_model = new TeamTableModel(this);
    const auto team = leads.team().list();
    m_model->setMembers(team ? *team : QList<TeamMember>{});
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Team members"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    layout->addWidget(m_view);
    auto* about = new QLabel(
        !team ? team.error().message
        : team->isEmpty()
            ? tr("No team here yet: the team comes from the server with each sync. Connect and sign in to your "
                 "team (Account menu).")
            : tr("Members join by signing in and syncing; the project's administrator decides who is active. Leads "
                 "go to active sales managers."),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 360);
}

} // namespace leadops
