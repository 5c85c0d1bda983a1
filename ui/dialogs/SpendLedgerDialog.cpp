#include "ui/dialogs/SpendLedgerDialog.h"

#include "core/Workspace.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"
#include "core/util/Clock.h"
#include "ui/models/CampaignTableModel.h"
#include "ui/models/SpendLedgerModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

SpendLedgerDialog::SpendLedgerDialog(Workspace& workspace, QString campaignId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaignId(std::move(campaignId))
    , m_prompts(std::make_unique<SpendPrompts>())
{
    setObjectName(u"spendLedger"_s);
    m_model = new SpendLedgerModel(workspace.campaigns(), workspace.leads().team(), m_campaignId, this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Spend ledger"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_record = buttons->addButton(tr("&Record spend…"), QDialogButtonBox::ActionRole);
    m_reverse = buttons->addButton(tr("Re&verse entry…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_record, &QPushButton::clicked, this, &SpendLedgerDialog::recordSpend);
    connect(m_reverse, &QPushButton::clicked, this, &SpendLedgerDialog::reverseSelected);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 480);

    connect(&workspace.campaigns(), &CampaignService::campaignChanged, this, [this](const Campaign& c) {
        if (c.id == m_campaignId)
            refresh();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SpendLedgerDialog::updateActions);
    refresh();
}

SpendLedgerDialog::~SpendLedgerDialog() = default;

QString SpendLedgerDialog::summaryText() const
{
    return m_summary->text();
}

QString SpendLedgerDialog::statusText() const
{
    return m_status->text();
}

const LedgerLine* SpendLedgerDialog::selectedLine() const
{
    // The selected row, not the current one: a row the user never picked is never reversed.
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->at(rows.first().row());
}

void SpendLedgerDialog::refresh()
{
    m_model->reload();
    m_view->resizeColumnsToContents();
    m_view->scrollToBottom(); // the latest entries: what a marketer checks or corrects
    const auto campaign = m_workspace.campaigns().get(m_campaignId);
    if (!campaign) {
        m_summary->setText(campaign.error().message);
        updateActions();
        return;
    }
    setWindowTitle(tr("Spend ledger — %1").arg(campaign->name));
    Money net = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        net += m_model->at(row)->effect();
    QString text =
        tr("%1: spent %2 of %3 (%4 %), %5 remaining.")
            .arg(displayName(campaign->status), displayMoney(campaign->spent), displayMoney(campaign->budget),
                 QLocale().toString(campaign->budgetUtilization(), 'f', 1), displayMoney(campaign->remainingBudget()));
    // Spend recorded before the ledger existed (or by an administrator on the server) has no entry.
    if (const Money before = campaign->spent - net; before != 0)
        text += u' ' + tr("%1 of it was recorded before the ledger, without entries.").arg(displayMoney(before));
    m_summary->setText(text);
    updateActions();
}

void SpendLedgerDialog::updateActions()
{
    const auto campaign = m_workspace.campaigns().get(m_campaignId);
    const QDateTime now = m_workspace.clock().now();
    const auto role = m_workspace.actor().checkCanChange(EntityKind::Campaign);
    const auto gate = [&](QPushButton* button, const QString& what, const Result<void>& allowed) {
        button->setEnabled(allowed.has_value());
        button->setToolTip(allowed ? what : allowed.error().message);
    };
    const auto asVoid = [](const auto& result) -> Result<void> {
        if (!result)
            return tl::unexpected(result.error());
        return {};
    };
    if (!campaign || !role) {
        const Result<void> no = !role ? role : Result<void>(tl::unexpected(campaign.error()));
        gate(m_record, {}, no);
        gate(m_reverse, {}, no);
        return;
    }
    gate(m_record, tr("Record a spend in tenge as a new entry"), asVoid(campaign->addSpend(1, now)));
    const LedgerLine* line = selectedLine();
    if (!line) {
        gate(m_reverse, {}, tl::unexpected(Error{ErrorKind::Validation, tr("Select a spend to reverse"), {}}));
        return;
    }
    gate(m_reverse, tr("Take this spend off with a correction entry"),
         asVoid(campaign->reverseSpend(*line, !line->reversedBy.isEmpty(), now)));
}

void SpendLedgerDialog::recordSpend()
{
    const auto campaign = m_workspace.campaigns().get(m_campaignId);
    if (!campaign) {
        m_status->setText(campaign.error().message);
        return;
    }
    const auto recorded = leadops::recordSpend(this, *m_prompts, m_workspace.campaigns(), *campaign);
    if (!recorded)
        return;
    m_status->setText(*recorded ? tr("Spend recorded: spent is now %1.").arg(displayMoney((*recorded)->spent))
                                : (*recorded).error().message);
}

void SpendLedgerDialog::reverseSelected()
{
    const auto campaign = m_workspace.campaigns().get(m_campaignId);
    const LedgerLine* line = selectedLine();
    if (!campaign || !line)
        return;
    const LedgerLine chosen = *line; // the model reloads when the campaign changes
    const auto consequence =
        describeReversal(*campaign, chosen, !chosen.reversedBy.isEmpty(), m_workspace.clock().now());
    if (!consequence) {
        m_status->setText(consequence.error().message);
        return;
    }
    const auto note = m_prompts->reversal(this, chosen, *consequence);
    if (!note)
        return;
    const auto reversed = m_workspace.campaigns().reverseSpend(m_campaignId, chosen.id, *note);
    m_status->setText(reversed ? tr("Reversed: spent is now %1, the campaign is %2.")
                                     .arg(displayMoney(reversed->spent), displayName(reversed->status))
                               : reversed.error().message);
}

} // namespace leadops
