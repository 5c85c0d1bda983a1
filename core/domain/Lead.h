#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace leadops {

// A lead: a person who answered a campaign. A plain value type; every rule of the brief lives
// here as a const member that returns the changed copy or the refusal, so the UI can ask "would
// this be allowed?" by calling the same function it would act with.
struct Lead
{
    Q_DECLARE_TR_FUNCTIONS(Lead)

public:
    static constexpr int kMinMessagesToQualify = 3;
    static constexpr int kAutoDisqualifyMessages = 10;  // strictly more than this
    static constexpr double kAutoDisqualifyScore = 0.3; // strictly less than this
    static inline const char* const kAutoDisqualifyReason = "Auto-disqualified: low engagement";
    static constexpr int kMaxReasonLength = 500;      // a disqualification reason, trimmed
    static constexpr int kMaxDisplayNameLength = 200; // a person's or company's name, trimmed
    static constexpr int kMaxFollowUpNoteLength = 500;

    QString id;
    QString campaignId;
    Platform source = Platform::Olx;
    QString contact;     // normalised, see normalizeContact()
    QString displayName; // optional: the person or company behind the contact (empty: none)
    QString ownerId;     // the sales manager who works on it (a team member's user id; empty: unassigned)
    std::optional<QDateTime> nextFollowUpAt; // when to call back (open leads only)
    QString followUpNote;                    // what about (optional, with a time only)
    LeadStatus status = LeadStatus::New;
    double qualificationScore = 0.0;
    int messagesCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> qualifiedAt;
    std::optional<QDateTime> disqualifiedAt;
    QString disqualificationReason;

    // Validates and normalises the contact; the lead starts as new.
    static Result<Lead> create(const QString& id, const QString& campaignId, Platform source, const QString& rawContact,
                               const QDateTime& now);

    // "Not scored" is a fact of the domain, not a stored null: the store, the server and the JSON
    // keep the seed's default 0.0 (its schema and auto-disqualify read it), and a score counts
    // once the lead is, or was, in qualification work. New and contacted leads are not scored; a
    // qualifying, qualified or closed lead is (a qualifying lead not yet assessed holds the seed's
    // 0.0, which auto-disqualify reads as below 0.3); a disqualified lead is when it was qualified
    // or carries a score. The window shows "—", the command line "-", the JSON "scored": false.
    bool isScored() const;
    bool canQualify() const;           // status == contacted AND messages_count >= 3
    bool shouldAutoDisqualify() const; // qualifying AND messages_count > 10 AND score < 0.3

    Result<Lead> markContacted(const QDateTime& now) const;   // new -> contacted
    Result<Lead> recordMessage(const QDateTime& now) const;   // messages_count + 1
    Result<Lead> startQualifying(const QDateTime& now) const; // contacted -> qualifying
    // qualifying -> contacted, an added transition (docs/domain.md): the seed lets a lead in
    // qualification only be disqualified; back in contacted, a manager can qualify it. The
    // provisional score goes (the history keeps it).
    Result<Lead> backToContacted(const QDateTime& now) const;
    Result<Lead> assessScore(double score, const QDateTime& now) const; // provisional score while qualifying
    Result<Lead> qualify(double score, const QDateTime& now) const;
    // Whether disqualify() would be allowed, whatever the reason (the refusal names the rule).
    Result<void> checkCanDisqualify() const;
    bool canDisqualify() const { return checkCanDisqualify().has_value(); }
    Result<Lead> disqualify(const QString& reason, const QDateTime& now) const;
    Result<Lead> close(const QDateTime& now) const; // qualified -> closed (hand-off)
    // Names (or, with an empty name, un-names) the lead, whatever its status: a name is a label,
    // not a step of the funnel. Trimmed; at most kMaxDisplayNameLength characters, no control
    // characters (rule "display_name").
    Result<Lead> rename(const QString& name, const QDateTime& now) const;
    // Gives the lead to a sales manager (their user id), or back to the queue (empty). Who may do
    // it and to whom is checked by LeadService against the team (docs/roles.md).
    Lead assigned(const QString& ownerId, const QDateTime& now) const;
    // Whether the lead is still worked on (new, contacted, qualifying): only those wait for a
    // follow-up. Qualify, disqualify and close clear it.
    bool isOpen() const;
    // Schedules the next follow-up: `at` now or later (a time already past is refused: say "now"),
    // an optional note (trimmed, up to kMaxFollowUpNoteLength, no control characters). Rule
    // "follow_up".
    Result<Lead> scheduleFollowUp(const QDateTime& at, const QString& note, const QDateTime& now) const;
    Result<Lead> clearFollowUp(const QDateTime& now) const;
    // Due: the follow-up's time has come.
    bool followUpDue(const QDateTime& now) const { return nextFollowUpAt && *nextFollowUpAt <= now; }
    // The name as it would be stored, or the refusal (also used when a lead is created).
    static Result<QString> checkDisplayName(const QString& name);

    bool operator==(const Lead&) const = default;

private:
    Lead changed(LeadStatus to, const QDateTime& now) const;
    Error refusal(const QString& action, const QString& rule, const QString& expected) const;
};

} // namespace leadops
