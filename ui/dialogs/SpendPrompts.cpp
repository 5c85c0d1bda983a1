#include "ui/dialogs/SpendPrompts.h"

#include "core/services/CampaignService.h"
#include "ui/dialogs/FormDialog.h"
#include "ui/models/CampaignTableModel.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use SpendText::tr.
struct SpendText
{
    Q_DECLARE_TR_FUNCTIONS(SpendPrompts)
};

QLineEdit* noteEditor(QWidget* parent)
{
    auto* note = new QLineEdit(parent);
    note->setMaxLength(SpendEntry::kMaxNoteLength);
    note->setPlaceholderText(SpendText::tr("Optional: invoice number, what it paid for"));
    note->setAccessibleName(SpendText::tr("Note"));
    return note;
}
} // namespace

std::optional<SpendPrompts::SpendInput> SpendPrompts::spend(QWidget* parent, const Campaign& campaign)
{
    FormDialog dialog(SpendText::tr("Record spend"), parent);
    auto* amount = new QLineEdit(&dialog);
    amount->setPlaceholderText(SpendText::tr("e.g. 25000 or 2500.50"));
    amount->setAccessibleName(SpendText::tr("Amount in tenge"));
    auto* note = noteEditor(&dialog);
    dialog.form()->addRow(SpendText::tr("Campaign:"), new QLabel(campaign.name, &dialog));
    dialog.form()->addRow(
        SpendText::tr("Spent so far:"),
        new QLabel(SpendText::tr("%1 of %2").arg(displayMoney(campaign.spent), displayMoney(campaign.budget)),
                   &dialog));
    dialog.form()->addRow(SpendText::tr("Amount, ₸:"), amount);
    dialog.form()->addRow(SpendText::tr("Note:"), note);
    SpendInput input;
    dialog.setSubmit([&]() -> std::optional<QString> {
        const auto money = parseMoney(amount->text());
        if (!money)
            return money.error().message;
        if (*money <= 0)
            return SpendText::tr("Spend must be a positive amount; a mistaken spend is reversed in the ledger.");
        if (const auto checked = SpendEntry::checkNote(note->text()); !checked)
            return checked.error().message;
        input = SpendInput{*money, note->text()};
        return std::nullopt;
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return input;
}

bool SpendPrompts::confirmOverspend(QWidget* parent, const QString& refusal)
{
    return QMessageBox::question(parent, SpendText::tr("Spend past the budget"),
                                 SpendText::tr("%1\n\nRecord it anyway? The campaign is then completed.").arg(refusal),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

std::optional<QString> SpendPrompts::reversal(QWidget* parent, const SpendEntry&, const QString& consequence)
{
    FormDialog dialog(SpendText::tr("Reverse spend"), parent);
    auto* what = new QLabel(consequence, &dialog);
    what->setWordWrap(true);
    auto* note = noteEditor(&dialog);
    note->setPlaceholderText(SpendText::tr("Optional: why, e.g. typed one zero too many"));
    dialog.form()->addRow(what);
    dialog.form()->addRow(SpendText::tr("Note:"), note);
    QString kept;
    dialog.setSubmit([&]() -> std::optional<QString> {
        const auto checked = SpendEntry::checkNote(note->text());
        if (!checked)
            return checked.error().message;
        kept = *checked;
        return std::nullopt;
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return kept;
}

std::optional<Result<Campaign>> recordSpend(QWidget* parent, SpendPrompts& prompts, CampaignService& campaigns,
                                            const Campaign& campaign)
{
    const auto input = prompts.spend(parent, campaign);
    if (!input)
        return std::nullopt;
    auto recorded = campaigns.addSpend(campaign.id, input->amount, Campaign::Overspend::NeedsConfirmation, input->note);
    if (!recorded && recorded.error().rule == u"overspend"_s) {
        // Past the budget: said, and asked, before it completes the campaign for good.
        if (!prompts.confirmOverspend(parent, recorded.error().message))
            return std::nullopt;
        recorded = campaigns.addSpend(campaign.id, input->amount, Campaign::Overspend::Confirmed, input->note);
    }
    return recorded;
}

Result<QString> describeReversal(const Campaign& campaign, const SpendEntry& spend, bool alreadyReversed,
                                 const QDateTime& now)
{
    const auto after = campaign.reverseSpend(spend, alreadyReversed, now);
    if (!after)
        return tl::unexpected(after.error());
    const QLocale locale;
    QString text = SpendText::tr("Takes the spend of %1 recorded on %2 off campaign %3: spent goes from %4 to %5.")
                       .arg(displayMoney(spend.amount), locale.toString(spend.at.toLocalTime(), QLocale::ShortFormat),
                            campaign.name, displayMoney(campaign.spent), displayMoney(after->spent));
    if (after->status != campaign.status)
        text += u"\n\n"_s +
                SpendText::tr("This spend completed the campaign: it returns to %1.").arg(displayName(after->status));
    else
        text += u"\n\n"_s + SpendText::tr("The campaign stays %1.").arg(displayName(campaign.status));
    return text;
}

} // namespace leadops
