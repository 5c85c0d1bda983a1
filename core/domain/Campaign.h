#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Result.h"
#include "core/domain/SpendEntry.h"
#include "core/domain/Values.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace leadops {

// An ad campaign of a niche on one platform. Amounts are in minor units (see Money).
struct Campaign
{
    Q_DECLARE_TR_FUNCTIONS(Campaign)

public:
    static constexpr int kMaxNameLength = 200;
    QString id;
    QString nicheId;
    QString name;
    Platform platform = Platform::Olx;
    Money budget = 0;
    Money spent = 0;
    CampaignStatus status = CampaignStatus::Draft;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> completedAt;

    static Result<Campaign> create(const QString& id, const QString& nicheId, const QString& name, Platform platform,
                                   Money budget, const QDateTime& now);

    bool canStart() const; // draft AND budget > 0
    Result<Campaign> start(const QDateTime& now) const;
    Result<Campaign> pause(const QDateTime& now) const;  // only from active
    Result<Campaign> resume(const QDateTime& now) const; // paused -> active
    // Past the budget: a spend that would take spent above it is refused (rule overspend) unless
    // confirmed: a mistyped zero completes a campaign for good.
    enum class Overspend { NeedsConfirmation, Confirmed };
    // Completes at spent >= budget (the seed's rule).
    Result<Campaign> addSpend(Money amount, const QDateTime& now,
                              Overspend overspend = Overspend::NeedsConfirmation) const;
    // Takes a recorded spend off again: the ledger's correction, never a negative spend. If that
    // spend is what completed the campaign and it is still completed, the campaign returns to the
    // status the spend found (an added transition, see docs/domain.md); otherwise only spent goes
    // down. Spent never ends at or above the budget with the campaign running. Rule "reverse_spend".
    Result<Campaign> reverseSpend(const SpendEntry& spend, bool alreadyReversed, const QDateTime& now) const;
    Result<Campaign> complete(const QDateTime& now) const;
    // Renames and re-budgets: not once completed; the budget never below what was spent, and a
    // started (active or paused) campaign keeps a budget above 0.
    Result<Campaign> edit(const QString& name, Money budget, const QDateTime& now) const;

    // Whether new leads may come in: not into a completed campaign (its budget is spent and its
    // figures are final). Refusal: rule "campaign_leads".
    Result<void> checkAcceptsLeads() const;

    Money remainingBudget() const;    // max(0, budget - spent)
    double budgetUtilization() const; // spent / budget * 100, 0 when budget is 0

    bool operator==(const Campaign&) const = default;

private:
    Campaign changed(CampaignStatus to, const QDateTime& now) const;
    Error refusal(const QString& what, const QString& rule, const QString& expected) const;
};

} // namespace leadops
