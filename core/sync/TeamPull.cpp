// The team: small, read whole at each sync, never edited in the console (members register
// themselves; the administrator sets who is active on the server).
#include "core/sync/SyncEngine.h"

#include "core/json/EntityJson.h"
#include "core/obs/Logging.h"
#include "core/rest/PostgrestClient.h"
#include "core/store/TeamStore.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// The messages keep the sync engine's translation context.
struct SyncEngineText
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

// PostgREST's "no such function" and "no such table": a backend from before the team existed.
bool missingOnServer(const Error& e)
{
    return e.code == u"PGRST202"_s || e.code == u"PGRST205"_s || e.code == u"42P01"_s;
}

constexpr int kMaxMembers = 10'000; // a team, not a customer list: more is a wrong table

} // namespace

Result<void> SyncEngine::pullTeam()
{
    // Only a member with a role registers (a service or anonymous token has none).
    if (!m_client.bearerRole().isEmpty()) {
        RestRequest reg{HttpMethod::Post, PostgrestQuery(u"rpc/register_member"_s), "{}", {}, false, 0, kRetries};
        if (const auto r = m_client.sendAndWait(reg); !r) {
            if (missingOnServer(r.error())) {
                qCWarning(lcSync) << "the backend has no team (register_member); skipped";
                return {};
            }
            return tl::unexpected(r.error());
        }
    }
    PostgrestQuery q(u"team_members"_s);
    q.select(u"user_id,email,display_name,role,active"_s).order(u"user_id"_s).limit(kMaxMembers);
    const auto response = m_client.sendAndWait(RestRequest{HttpMethod::Get, q, {}, {}, false, 0, kRetries});
    if (!response) {
        if (missingOnServer(response.error())) {
            qCWarning(lcSync) << "the backend has no team_members table; skipped";
            return {};
        }
        return tl::unexpected(response.error());
    }
    QList<TeamMember> members;
    for (const QJsonValue& row : response->json.array()) {
        auto member = teamMemberFromJson(row.toObject());
        if (!member) {
            Error e = member.error();
            e.message = SyncEngineText::tr("The server's team list is not readable: %1").arg(e.message);
            return tl::unexpected(e);
        }
        members << *member;
    }
    return TeamStore(m_db).replaceAll(members);
}

} // namespace leadops
