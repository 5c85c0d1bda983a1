// The server's history of status changes, pulled by id after the tables: append-only, so a pull
// only asks for what came after its position. What the funnel needs: every status change, whoever
// made it (the server's audit_log keeps them with detail.status set).
#include "core/sync/SyncEngine.h"

#include "core/obs/Logging.h"
#include "core/rest/PostgrestClient.h"
#include "core/store/ServerHistory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
constexpr int kHistoryPage = 5000;
} // namespace

Result<void> SyncEngine::pullHistory(const QString& horizon, SyncReport& report)
{
    ServerHistory history(m_db);
    const auto start = history.position();
    if (!start)
        return tl::unexpected(start.error());
    // An id is taken when its row is inserted, so a row still uncommitted can have a smaller id
    // than one already visible. Rows written before the horizon (the start of the oldest
    // transaction open on the server) are all committed, and so is every row with a smaller id:
    // the position moves only past those. Rows after it are stored and read again next time.
    const QDateTime safeBefore = QDateTime::fromString(horizon, Qt::ISODateWithMs);
    qint64 after = *start;
    qint64 position = *start;
    while (true) {
        PostgrestQuery q(u"audit_log"_s);
        q.select(u"id,entity,entity_id,action,from_status,to_status,actor_role,at"_s)
            .filter(u"id"_s, PostgrestQuery::Op::Gt, QString::number(after))
            .is(u"detail->>status"_s, PostgrestQuery::IsValue::NotNull)
            .order(u"id"_s)
            .limit(kHistoryPage);
        const auto response = m_client.sendAndWait(RestRequest{HttpMethod::Get, q, {}, {}, false, 0, kRetries});
        if (!response)
            return tl::unexpected(response.error());
        const QJsonArray rows = response->json.array();
        bool safe = position == after; // every row so far was safe
        for (const QJsonValue& row : rows) {
            const qint64 id = row.toObject().value(u"id"_s).toInteger();
            const QDateTime at = QDateTime::fromString(row.toObject().value(u"at"_s).toString(), Qt::ISODateWithMs);
            safe = safe && (!safeBefore.isValid() || (at.isValid() && at < safeBefore));
            if (safe)
                position = id;
            after = std::max(after, id);
        }
        if (auto r = history.store(rows, position); !r)
            return r;
        report.historyPulled += rows.size();
        if (rows.size() < kHistoryPage)
            break;
    }
    qCInfo(lcSync) << "server history pulled to" << position << "(read to" << after << ")";
    return {};
}

} // namespace leadops
