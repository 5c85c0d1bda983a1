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
    QSqlQuery q = m_db.prepare(u"SELECT id, entity, entity_id, action, from_status, to_status, detail, actor, at "
                               "FROM audit_log WHERE entity_id = ? ORDER BY id"_s);
    q.bindValue(0, entityId);
    if (auto r = m_db.check(q, QCoreApplication::translate("AuditLog", "reading the history of %1").arg(entityId)); !r)
        return tl::unexpected(r.error());
    QList<AuditEntry> out;
    while (q.next()) {
        out << AuditEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString(),   q.value(7).toString(), fromDbTime(q.value(8))};
    }
    if (auto r =
            Database::endOfRows(q, QCoreApplication::translate("AuditLog", "reading the history of %1").arg(entityId));
        !r)
        return tl::unexpected(r.error());
    return out;
}

} // namespace leadops
