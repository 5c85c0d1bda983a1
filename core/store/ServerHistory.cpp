#include "core/store/ServerHistory.h"

#include "core/store/BulkStatement.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
struct ServerHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(ServerHistory)
};

const QString kEntity = u"history"_s;
} // namespace

Result<qint64> ServerHistory::position()
{
    QSqlQuery q = m_db.prepare(u"SELECT watermark_id FROM sync_state WHERE entity = ?"_s);
    q.bindValue(0, kEntity);
    if (auto r = m_db.check(q, ServerHistoryText::tr("reading where the server's history was pulled to")); !r)
        return tl::unexpected(r.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> ServerHistory::store(const QJsonArray& rows, qint64 position)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    const QString doing = ServerHistoryText::tr("storing the server's history");
    BulkStatement& insert =
        m_db.statement(u"INSERT OR IGNORE INTO server_history (id, entity, entity_id, action, from_status, "
                       "to_status, actor_role, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const qint64 id = row.value(u"id"_s).toInteger(-1);
        const QDateTime at = QDateTime::fromString(row.value(u"at"_s).toString(), Qt::ISODateWithMs);
        if (id < 0 || row.value(u"entity_id"_s).toString().isEmpty() || !at.isValid())
            return fail(ErrorKind::Decode,
                        ServerHistoryText::tr("The server's history has a row this console cannot read: %1")
                            .arg(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact))));
        insert.bindInteger(0, id);
        insert.bindText(1, row.value(u"entity"_s).toString());
        insert.bindText(2, row.value(u"entity_id"_s).toString());
        insert.bindText(3, row.value(u"action"_s).toString());
        insert.bindTextOrNull(4, row.value(u"from_status"_s).toString());
        insert.bindTextOrNull(5, row.value(u"to_status"_s).toString());
        insert.bindTextOrNull(6, row.value(u"actor_role"_s).toString());
        insert.bindTime(7, at);
        if (auto r = insert.run(doing); !r)
            return tl::unexpected(r.error());
    }
    QSqlQuery q = m_db.prepare(u"INSERT INTO sync_state (entity, watermark_id, last_sync_at) VALUES (?, ?, ?) "
                               "ON CONFLICT (entity) DO UPDATE SET watermark_id = excluded.watermark_id, "
                               "last_sync_at = excluded.last_sync_at"_s);
    q.bindValue(0, kEntity);
    q.bindValue(1, QString::number(position));
    q.bindValue(2, toDbTime(QDateTime::currentDateTimeUtc()));
    if (auto r = m_db.check(q, doing); !r)
        return r;
    return tx.commit();
}

} // namespace leadops
