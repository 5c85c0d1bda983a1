#include "core/store/AuditLog.h"

#include "core/store/BulkStatement.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

Result<void> AuditLog::record(const AuditEntry& e)
{
    BulkStatement& q = m_db.statement(u"INSERT INTO audit_log (entity, entity_id, action, from_status, to_status, "
                                      "detail, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindText(0, e.entity);
    q.bindText(1, e.entityId);
    q.bindText(2, e.action);
    q.bindTextOrNull(3, e.fromStatus);
    q.bindTextOrNull(4, e.toStatus);
    q.bindTextOrNull(5, e.detail);
    q.bindText(6, e.actor);
    q.bindTime(7, e.at);
    if (auto r = q.run(QCoreApplication::translate("AuditLog", "recording the history of %1").arg(e.entityId)); !r)
        return tl::unexpected(r.error());
    return {};
}

Result<QList<AuditEntry>> AuditLog::history(const QString& entityId)
{
    const QString doing = QCoreApplication::translate("AuditLog", "reading the history of %1").arg(entityId);
    QSqlQuery q = m_db.prepare(u"SELECT id, entity, entity_id, action, from_status, to_status, detail, actor, at "
                               "FROM audit_log WHERE entity_id = ? ORDER BY id"_s);
    q.bindValue(0, entityId);
    if (auto r = m_db.check(q, doing); !r)
        return tl::unexpected(r.error());
    QList<AuditEntry> out;
    while (q.next()) {
        out << AuditEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString(),   q.value(7).toString(), fromDbTime(q.value(8))};
    }
    if (auto r = Database::endOfRows(q, doing); !r)
        return tl::unexpected(r.error());
    // The server's status changes (server_history): those made elsewhere. One this console made
    // and pushed is there too; it is shown once, as recorded here (with its detail and actor).
    QSqlQuery server = m_db.prepare(u"SELECT id, entity, entity_id, from_status, to_status, actor_role, at FROM "
                                    "server_history WHERE entity_id = ? ORDER BY id"_s);
    server.bindValue(0, entityId);
    if (auto r = m_db.check(server, doing); !r)
        return tl::unexpected(r.error());
    QList<bool> matched(out.size(), false);
    QList<AuditEntry> fromServer;
    while (server.next()) {
        const QString from = server.value(3).toString();
        const QString to = server.value(4).toString();
        bool known = false;
        for (qsizetype i = 0; i < out.size() && !known; ++i) {
            if (!matched[i] && out[i].fromStatus == from && out[i].toStatus == to) {
                matched[i] = true;
                known = true;
            }
        }
        if (!known) {
            // The server names the role, not the person; no local id (0).
            fromServer << AuditEntry{0,  server.value(1).toString(), server.value(2).toString(), u"update"_s, from, to,
                                     {}, server.value(5).toString(), fromDbTime(server.value(6))};
        }
    }
    if (auto r = Database::endOfRows(server, doing); !r)
        return tl::unexpected(r.error());
    if (!fromServer.isEmpty()) {
        out << fromServer;
        std::stable_sort(out.begin(), out.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.at < b.at; });
    }
    return out;
}

} // namespace leadops
