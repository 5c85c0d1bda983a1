#pragma once

#include "core/domain/Campaign.h"
#include "core/domain/SpendEntry.h"

#include <QString>

#include <optional>

class QWidget;

namespace leadops {

class CampaignService;

// The questions recording and reversing spend asks: dialogs by default, scripted in tests. Each
// returns nullopt (or false) when the user cancels.
class SpendPrompts
{
public:
    virtual ~SpendPrompts() = default;

    struct SpendInput
    {
        Money amount = 0;
        QString note;
    };
    virtual std::optional<SpendInput> spend(QWidget* parent, const Campaign& campaign);
    // `refusal`: the overspend rule's message, with the figures.
    virtual bool confirmOverspend(QWidget* parent, const QString& refusal);
    // `consequence`: what the correction will do, in words; returns the optional note.
    virtual std::optional<QString> reversal(QWidget* parent, const SpendEntry& spend, const QString& consequence);
};

// Asks for a spend and records it; past the budget it says so and asks again before anything is
// stored. nullopt when the user cancelled.
std::optional<Result<Campaign>> recordSpend(QWidget* parent, SpendPrompts& prompts, CampaignService& campaigns,
                                            const Campaign& campaign);

// What reversing `spend` would do to `campaign`, in the user's words (amounts, dates, status), or
// the rule's refusal.
Result<QString> describeReversal(const Campaign& campaign, const SpendEntry& spend, bool alreadyReversed,
                                 const QDateTime& now);

} // namespace leadops
