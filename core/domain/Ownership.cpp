#include "core/domain/Ownership.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use OwnershipText::tr.
struct OwnershipText
{
    Q_DECLARE_TR_FUNCTIONS(Ownership)
};
} // namespace

Result<void> checkMayWorkOn(const Actor& actor, const Lead& lead, const std::optional<TeamMember>& owner)
{
    if (actor.isLocal() || lead.ownerId.isEmpty() || lead.ownerId == actor.userId())
        return {};
    if (!owner || !owner->active)
        return {}; // unknown here (the server decides), or someone who left: the lead is free
    return fail(
        ErrorKind::Rule,
        OwnershipText::tr("Lead %1 is %2's: only they can change it or hand it over").arg(lead.id, owner->label()),
        u"owner"_s);
}

Result<void> checkMayAssign(const Actor& actor, const Lead& lead, const std::optional<TeamMember>& owner,
                            const QString& toId, const std::optional<TeamMember>& to)
{
    if (auto may = checkMayWorkOn(actor, lead, owner); !may)
        return may;
    if (toId.isEmpty())
        return {};
    if (!to)
        return fail(ErrorKind::Rule,
                    OwnershipText::tr("Lead %1 cannot be assigned to %2: no such member in the team (the team comes "
                                      "from the server with each sync)")
                        .arg(lead.id, toId),
                    u"assign"_s);
    if (!to->canOwnLeads())
        return fail(ErrorKind::Rule,
                    OwnershipText::tr("Lead %1 cannot be assigned to %2: only an active sales manager of the team "
                                      "owns leads")
                        .arg(lead.id, to->label()),
                    u"assign"_s);
    return {};
}

} // namespace leadops
