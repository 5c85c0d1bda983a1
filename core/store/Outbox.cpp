#include "core/store/Outbox.h"

#include "core/store/BulkStatement.h"
#include "core/store/Database.h"
#include "core/util/Ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use OutboxText::tr.
struct OutboxText
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
};

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

OutboxEntry fromRow(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.mutationId = q.value(1).toString();
    e.entity = q.value(2).toString();
    e.entityId = q.value(3).toString();
    e.op = q.value(4).toString();
    e.payload = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.baseUpdatedAt = q.value(6).toString();
    e.state = q.value(7).toString();
    e.error = q.value(8).toString();
    e.theirs = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    e.attempts = q.value(10).toInt();
    e.createdAt = q.value(11).toString();
    return e;
}

const QString kColumns = u"id, mutation_id, entity, entity_id, op, payload, base_updated_at, state, error, theirs, "
                         "attempts, created_at"_s;
} // namespace

QString Outbox::tableFor(const QString& entity)
{
    if (entity == u"lead"_s)
        return u"leads"_s;
    if (entity == u"campaign"_s)
        return u"campaigns"_s;
    if (entity == u"note"_s)
        return u"lead_notes"_s;
    if (entity == u"spend"_s)
        return u"campaign_spends"_s;
    return u"niches"_s;
}

Result<void> Outbox::append(const QString& entity, const QString& entityId, const QString& op,
                            const QJsonObject& payload, const QDateTime& now)
{
    // The base is the server version of the row as it is now (before any pushed change).
    BulkStatement& q =
        m_db.statement(u"INSERT INTO outbox (mutation_id, entity, entity_id, op, payload, base_updated_at, "
                       "created_at) VALUES (?, ?, ?, ?, ?, (SELECT server_updated_at FROM %1 WHERE id = ?), ?)"_s.arg(
                           tableFor(entity)));
    q.bindText(0, newUuidV7(now));
    q.bindText(1, entity);
    q.bindText(2, entityId);
    q.bindText(3, op);
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    q.bindText(4, std::string_view(body.constData(), size_t(body.size())));
    q.bindText(5, entityId);
    q.bindTime(6, now);
    if (auto r = q.run(OutboxText::tr("queueing the change of %1 for the server").arg(entityId)); !r)
        return tl::unexpected(r.error());
    return {};
}

Result<void> Outbox::restore(const OutboxEntry& e)
{
    const auto orNull = [](const QString& text) {
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    };
    QSqlQuery base = m_db.prepare(u"UPDATE %1 SET server_updated_at = ? WHERE id = ?"_s.arg(tableFor(e.entity)));
    base.bindValue(0, orNull(e.baseUpdatedAt));
    base.bindValue(1, e.entityId);
    if (auto r = m_db.check(base, OutboxText::tr("restoring the version a change was made from")); !r)
        return r;
    QSqlQuery queue =
        m_db.prepare(u"INSERT INTO outbox (mutation_id, entity, entity_id, op, payload, base_updated_at, state, "
                     "error, theirs, attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    queue.bindValue(0, e.mutationId);
    queue.bindValue(1, e.entity);
    queue.bindValue(2, e.entityId);
    queue.bindValue(3, e.op);
    queue.bindValue(4, json(e.payload));
    queue.bindValue(5, orNull(e.baseUpdatedAt));
    queue.bindValue(6, e.state == u"conflict"_s || e.state == u"failed"_s ? e.state : u"pending"_s);
    queue.bindValue(7, orNull(e.error));
    queue.bindValue(8, e.theirs.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(json(e.theirs)));
    queue.bindValue(9, e.attempts);
    queue.bindValue(10, e.createdAt);
    return m_db.check(queue, OutboxText::tr("queueing a change again"));
}

Result<QList<OutboxEntry>> Outbox::entries(const QString& state)
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM outbox"_s +
                               (state.isEmpty() ? QString() : u" WHERE state = ?"_s) + u" ORDER BY id"_s);
    if (!state.isEmpty())
        q.bindValue(0, state);
    if (auto r = m_db.check(q, OutboxText::tr("reading the outbox")); !r)
        return tl::unexpected(r.error());
    QList<OutboxEntry> out;
    while (q.next())
        out << fromRow(q);
    if (auto r = Database::endOfRows(q, OutboxText::tr("reading the outbox")); !r)
        return tl::unexpected(r.error());
    return out;
}

Result<std::optional<OutboxEntry>> Outbox::get(qint64 id)
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM outbox WHERE id = ?"_s);
    q.bindValue(0, id);
    if (auto r = m_db.check(q, OutboxText::tr("reading the outbox")); !r)
        return tl::unexpected(r.error());
    if (!q.next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(fromRow(q));
}

Result<void> Outbox::remove(qint64 id)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
    q.bindValue(0, id);
    return m_db.check(q, OutboxText::tr("removing a pushed change"));
}

Result<void> Outbox::removeRow(const QString& entityId)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM outbox WHERE entity_id = ?"_s);
    q.bindValue(0, entityId);
    return m_db.check(q, OutboxText::tr("dropping the local changes"));
}

Result<void> Outbox::markConflict(qint64 id, const QJsonObject& theirs)
{
    QSqlQuery q = m_db.prepare(
        u"UPDATE outbox SET state = 'conflict', theirs = ?, attempts = attempts + 1, error = NULL WHERE id = ?"_s);
    q.bindValue(0, json(theirs));
    q.bindValue(1, id);
    return m_db.check(q, OutboxText::tr("recording a conflict"));
}

Result<void> Outbox::markFailed(qint64 id, const QString& error)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE outbox SET state = 'failed', error = ?, attempts = attempts + 1 WHERE id = ?"_s);
    q.bindValue(0, error);
    q.bindValue(1, id);
    return m_db.check(q, OutboxText::tr("recording a refused change"));
}

Result<void> Outbox::markPending(qint64 id, const QString& newBase)
{
    QSqlQuery q = m_db.prepare(
        u"UPDATE outbox SET state = 'pending', base_updated_at = ?, theirs = NULL, error = NULL WHERE id = ?"_s);
    q.bindValue(0, newBase);
    q.bindValue(1, id);
    return m_db.check(q, OutboxText::tr("re-queueing a change"));
}

Result<void> Outbox::retry(qint64 id)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE outbox SET state = 'pending', error = NULL WHERE id = ? AND state = 'failed'"_s);
    q.bindValue(0, id);
    return m_db.check(q, OutboxText::tr("re-queueing a refused change"));
}

Result<void> Outbox::rebase(const QString& entityId, const QString& newBase)
{
    QSqlQuery q = m_db.prepare(u"UPDATE outbox SET base_updated_at = ? WHERE entity_id = ? AND state = 'pending'"_s);
    q.bindValue(0, newBase);
    q.bindValue(1, entityId);
    return m_db.check(q, OutboxText::tr("updating queued changes"));
}

Result<qint64> Outbox::count(const QString& state)
{
    QSqlQuery q = m_db.prepare(u"SELECT count(*) FROM outbox WHERE state = ?"_s);
    q.bindValue(0, state);
    if (auto r = m_db.check(q, OutboxText::tr("counting queued changes")); !r)
        return tl::unexpected(r.error());
    if (!q.next())
        return Database::endOfRows(q, OutboxText::tr("counting the outbox")).map([] { return qint64(0); });
    return q.value(0).toLongLong();
}

Result<qint64> Outbox::countFor(const QString& entityId)
{
    QSqlQuery q = m_db.prepare(u"SELECT count(*) FROM outbox WHERE entity_id = ?"_s);
    q.bindValue(0, entityId);
    if (auto r = m_db.check(q, OutboxText::tr("reading the outbox")); !r)
        return tl::unexpected(r.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QSet<QString>> Outbox::unsentIds(const QString& entity)
{
    QSqlQuery q = m_db.prepare(u"SELECT DISTINCT entity_id FROM outbox WHERE entity = ?"_s);
    q.bindValue(0, entity);
    if (auto r = m_db.check(q, OutboxText::tr("reading the outbox")); !r)
        return tl::unexpected(r.error());
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    if (auto r = Database::endOfRows(q, OutboxText::tr("reading the outbox")); !r)
        return tl::unexpected(r.error());
    return ids;
}

} // namespace leadops
