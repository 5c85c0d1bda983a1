#include "core/store/AuditLog.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

Result<void> AuditLog::record(const AuditEntry& e)
{
    QSqlQuery q = m_db.prepare(u"INSERT INTO audit_log (entity, entity_id, action, from_status, to_status, detail, "
                               "actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, e.entity);
    q.bindValue(1, e.entityId);
    q.bindValue(2, e.action);
    q.bindValue(3, orNull(e.fromStatus));
    q.bindValue(4, orNull(e.toStatus));
    q.bindValue(5, orNull(e.detail));
    q.bindValue(6, e.actor);
    q.bindValue(7, toDbTime(e.at));
    return m_db.check(q, QCoreApplication::translate("AuditLog", "recording the history of %1").arg(e.entityId));
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
