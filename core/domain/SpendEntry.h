#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Result.h"
#include "core/domain/Values.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace leadops {

// One line of a campaign's spend ledger: a spend, or the correction that reverses one. Amounts are
// always positive (a correction carries the amount of the spend it reverses, and takes it off);
// nobody types a negative spend. The campaign's figures after the entry are kept with it, so the
// ledger reads as a statement and a correction knows whether its spend completed the campaign.
struct SpendEntry
{
    Q_DECLARE_TR_FUNCTIONS(SpendEntry)

public:
    static constexpr int kMaxNoteLength = 500;

    QString id;
    QString campaignId;
    Money amount = 0;
    QString reverses; // the spend this entry corrects; empty for a spend
    QString note;
    QString author; // a team member's user id, or the computer's user in a local workspace
    QDateTime at;   // when it was recorded
    CampaignStatus statusBefore = CampaignStatus::Active;
    CampaignStatus statusAfter = CampaignStatus::Active;
    Money spentAfter = 0;
    QDateTime updatedAt;

    bool isCorrection() const { return !reverses.isEmpty(); }
    Money effect() const { return isCorrection() ? -amount : amount; } // on the campaign's spent
    // This entry took the campaign to completed (spent reached the budget).
    bool completedCampaign() const
    {
        return statusAfter == CampaignStatus::Completed && statusBefore != CampaignStatus::Completed;
    }

    // The note as kept: trimmed, one line, at most kMaxNoteLength characters (rule "spend_note").
    static Result<QString> checkNote(const QString& note);
};

} // namespace leadops
