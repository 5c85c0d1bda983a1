#pragma once

#include "core/domain/Result.h"

#include <QJsonArray>
#include <QString>

namespace leadops {

class Database;

// The server's history of status changes (its audit_log rows, append-only), kept in
// server_history so that the funnel counts transitions this console did not make itself. The pull
// walks it by id (SyncEngine::pullHistory); its position is sync_state's watermark_id for the
// entity 'history'.
class ServerHistory
{
public:
    explicit ServerHistory(Database& db) : m_db(db) {}

    // The last id pulled for good: every row up to it is stored. 0 before the first pull.
    Result<qint64> position();
    // Stores one page as the server sent it (id, entity, entity_id, action, from_status,
    // to_status, actor_role, at) and moves the position to `position`, in one transaction. A row
    // stored before (a page read again) is left as it is.
    Result<void> store(const QJsonArray& rows, qint64 position);

private:
    Database& m_db;
};

} // namespace leadops
