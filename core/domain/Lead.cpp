#include "core/domain/Lead.h"

#include "core/domain/Contact.h"
#include "core/domain/Values.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

Result<Lead> Lead::create(const QString& id, const QString& campaignId, Platform source, const QString& rawContact,
                          const QDateTime& now)
{
    if (campaignId.isEmpty())
        return fail(ErrorKind::Validation, tr("A lead needs a campaign"));
    const auto contact = normalizeContact(rawContact);
    if (!contact)
        return tl::unexpected(contact.error());
    Lead lead;
    lead.id = id;
    lead.campaignId = campaignId;
    lead.source = source;
    lead.contact = contact->value;
    lead.createdAt = now;
    lead.updatedAt = now;
    return lead;
}

bool Lead::isScored() const
{
    switch (status) {
    case LeadStatus::New:
    case LeadStatus::Contacted:
        return false;
    case LeadStatus::Qualifying:
    case LeadStatus::Qualified:
    case LeadStatus::Closed:
        return true;
    case LeadStatus::Disqualified:
        return qualifiedAt.has_value() || qualificationScore > 0.0;
    }
    return false;
}

bool Lead::canQualify() const
{
    return status == LeadStatus::Contacted && messagesCount >= kMinMessagesToQualify;
}

bool Lead::shouldAutoDisqualify() const
{
    return status == LeadStatus::Qualifying && messagesCount > kAutoDisqualifyMessages &&
           qualificationScore < kAutoDisqualifyScore;
}

Lead Lead::changed(LeadStatus to, const QDateTime& now) const
{
    Lead next = *this;
    next.status = to;
    next.updatedAt = now;
    if (!next.isOpen()) { // a finished lead waits for no call (the server's check says the same)
        next.nextFollowUpAt.reset();
        next.followUpNote.clear();
    }
    return next;
}

bool Lead::isOpen() const
{
    return status == LeadStatus::New || status == LeadStatus::Contacted || status == LeadStatus::Qualifying;
}

Result<Lead> Lead::scheduleFollowUp(const QDateTime& at, const QString& note, const QDateTime& now) const
{
    if (!isOpen())
        return tl::unexpected(
            refusal(tr("given a follow-up"), u"follow_up"_s, tr("status must be new, contacted or qualifying")));
    // A minute of grace: "now" typed a moment ago is still now.
    if (!at.isValid() || at < now.addSecs(-60))
        return fail(ErrorKind::Validation,
                    tr("A follow-up at %1 is in the past: a follow-up is now or later (use \"now\" to call right "
                       "away)")
                        .arg(at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)),
                    u"follow_up"_s);
    const QString trimmed = note.trimmed();
    if (trimmed.size() > kMaxFollowUpNoteLength)
        return fail(ErrorKind::Validation,
                    tr("The follow-up note is %1 characters long: at most %2 are allowed")
                        .arg(trimmed.size())
                        .arg(kMaxFollowUpNoteLength),
                    u"follow_up"_s);
    if (auto r = checkPlainText(trimmed, tr("The follow-up note")); !r) {
        Error e = r.error();
        e.rule = u"follow_up"_s;
        return tl::unexpected(e);
    }
    Lead next = *this;
    next.nextFollowUpAt = std::max(at, now).toUTC();
    next.followUpNote = trimmed;
    next.updatedAt = now;
    return next;
}

Result<Lead> Lead::clearFollowUp(const QDateTime& now) const
{
    Lead next = *this;
    next.nextFollowUpAt.reset();
    next.followUpNote.clear();
    next.updatedAt = now;
    return next;
}

Error Lead::refusal(const QString& action, const QString& rule, const QString& expected) const
{
    return Error{ErrorKind::Rule,
                 tr("Lead %1 cannot be %2: status=%3, messages=%4 (rule %5: %6)")
                     .arg(id, action, toKey(status), QString::number(messagesCount), rule, expected),
                 rule};
}

Result<Lead> Lead::markContacted(const QDateTime& now) const
{
    if (status != LeadStatus::New)
        return tl::unexpected(refusal(tr("marked contacted"), u"mark_contacted"_s, tr("status must be new")));
    return changed(LeadStatus::Contacted, now);
}

Result<Lead> Lead::recordMessage(const QDateTime& now) const
{
    if (status != LeadStatus::New && status != LeadStatus::Contacted && status != LeadStatus::Qualifying)
        return tl::unexpected(
            refusal(tr("given a message"), u"record_message"_s, tr("status must be new, contacted or qualifying")));
    Lead next = changed(status, now);
    next.messagesCount = messagesCount + 1;
    return next;
}

Result<Lead> Lead::startQualifying(const QDateTime& now) const
{
    if (status != LeadStatus::Contacted)
        return tl::unexpected(
            refusal(tr("moved to qualifying"), u"start_qualifying"_s, tr("status must be contacted")));
    return changed(LeadStatus::Qualifying, now);
}

Result<Lead> Lead::backToContacted(const QDateTime& now) const
{
    if (status != LeadStatus::Qualifying)
        return tl::unexpected(
            refusal(tr("moved back to contacted"), u"back_to_contacted"_s, tr("status must be qualifying")));
    Lead next = changed(LeadStatus::Contacted, now);
    next.qualificationScore = 0;
    return next;
}

Result<Lead> Lead::assessScore(double score, const QDateTime& now) const
{
    if (status != LeadStatus::Qualifying)
        return tl::unexpected(refusal(tr("scored"), u"assess_score"_s, tr("status must be qualifying")));
    const auto checked = checkUnitInterval(score, tr("Qualification score"));
    if (!checked)
        return tl::unexpected(checked.error());
    Lead next = changed(status, now);
    next.qualificationScore = score;
    return next;
}

Result<Lead> Lead::qualify(double score, const QDateTime& now) const
{
    if (!canQualify())
        return tl::unexpected(
            refusal(tr("qualified"), u"can_qualify"_s,
                    tr("status must be contacted and messages at least %1").arg(kMinMessagesToQualify)));
    const auto checked = checkUnitInterval(score, tr("Qualification score"));
    if (!checked)
        return tl::unexpected(checked.error());
    Lead next = changed(LeadStatus::Qualified, now);
    next.qualificationScore = score;
    next.qualifiedAt = now;
    return next;
}

Result<void> Lead::checkCanDisqualify() const
{
    if (status == LeadStatus::Disqualified || status == LeadStatus::Closed)
        return tl::unexpected(
            refusal(tr("disqualified"), u"disqualify"_s, tr("status must not be disqualified or closed")));
    return {};
}

Result<Lead> Lead::disqualify(const QString& reason, const QDateTime& now) const
{
    if (auto allowed = checkCanDisqualify(); !allowed)
        return tl::unexpected(allowed.error());
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorKind::Validation, tr("Lead %1 cannot be disqualified without a reason").arg(id),
                    u"disqualify"_s);
    if (trimmed.size() > kMaxReasonLength)
        return fail(ErrorKind::Validation,
                    tr("Disqualification reason is %1 characters long: at most %2 are kept")
                        .arg(trimmed.size())
                        .arg(kMaxReasonLength),
                    u"disqualify"_s);
    if (auto r = checkPlainText(trimmed, tr("Disqualification reason")); !r) {
        Error e = r.error();
        e.rule = u"disqualify"_s;
        return tl::unexpected(e);
    }
    Lead next = changed(LeadStatus::Disqualified, now);
    next.disqualifiedAt = now;
    next.disqualificationReason = trimmed;
    return next;
}

Result<QString> Lead::checkDisplayName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() > kMaxDisplayNameLength)
        return fail(
            ErrorKind::Validation,
            tr("The name is %1 characters long: at most %2 are allowed").arg(trimmed.size()).arg(kMaxDisplayNameLength),
            u"display_name"_s);
    if (auto r = checkPlainText(trimmed, tr("The name")); !r) {
        Error e = r.error();
        e.rule = u"display_name"_s;
        return tl::unexpected(e);
    }
    return trimmed;
}

Lead Lead::assigned(const QString& owner, const QDateTime& now) const
{
    Lead next = *this;
    next.ownerId = owner;
    next.updatedAt = now;
    return next;
}

Result<Lead> Lead::rename(const QString& name, const QDateTime& now) const
{
    const auto checked = checkDisplayName(name);
    if (!checked)
        return tl::unexpected(checked.error());
    Lead next = *this;
    next.displayName = *checked;
    next.updatedAt = now;
    return next;
}

Result<Lead> Lead::close(const QDateTime& now) const
{
    if (status != LeadStatus::Qualified)
        return tl::unexpected(refusal(tr("closed"), u"close"_s, tr("status must be qualified")));
    return changed(LeadStatus::Closed, now);
}

} // namespace leadops
