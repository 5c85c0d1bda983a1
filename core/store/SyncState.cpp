#include "core/store/SyncState.h"

#include "core/store/Database.h"
#include "core/store/Outbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// The messages keep the context they had in the sync engine ("SyncEngine"), so their
// translations carry over.
struct SyncStateText
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<SyncState::Watermark> SyncState::watermark(const QString& entity)
{
    QSqlQuery q = m_db.prepare(u"SELECT watermark_updated_at, watermark_id FROM sync_state WHERE entity = ?"_s);
    q.bindValue(0, entity);
    if (auto r = m_db.check(q, SyncStateText::tr("reading the sync watermark")); !r)
        return tl::unexpected(r.error());
    Watermark w;
    if (q.next()) {
        w.updatedAt = q.value(0).toString();
        w.id = q.value(1).toString();
    }
    return w;
}

Result<SyncState::Snapshot> SyncState::snapshot(const QString& entity)
{
    QSqlQuery q = m_db.prepare(u"SELECT horizon, after_created_at, after_id, before_created_at FROM sync_snapshot "
                               "WHERE entity = ? ORDER BY part"_s);
    q.bindValue(0, entity);
    if (auto r = m_db.check(q, SyncStateText::tr("reading the sync watermark")); !r)
        return tl::unexpected(r.error());
    Snapshot s;
    while (q.next()) {
        s.horizon = q.value(0).toString();
        s.parts << SnapshotPart{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    }
    if (auto r = Database::endOfRows(q, SyncStateText::tr("reading the sync watermark")); !r)
        return tl::unexpected(r.error());
    return s;
}

Result<void> SyncState::startSnapshot(const QString& entity, const QString& horizon, const QList<SnapshotPart>& parts)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QSqlQuery q = m_db.prepare(u"INSERT INTO sync_snapshot (entity, part, horizon, after_created_at, "
                               "before_created_at) VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        q.bindValue(0, entity);
        q.bindValue(1, int(i));
        q.bindValue(2, horizon);
        q.bindValue(3, nullIfEmpty(parts.at(i).after));
        q.bindValue(4, nullIfEmpty(parts.at(i).before));
        if (auto r = m_db.check(q, SyncStateText::tr("starting the first pull")); !r)
            return r;
    }
    return tx.commit();
}

Result<void> SyncState::endSnapshot(const QString& entity, const QString& horizon)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QSqlQuery done = m_db.prepare(u"INSERT INTO sync_state (entity, watermark_updated_at, watermark_id) "
                                  "VALUES (?, ?, NULL) ON CONFLICT(entity) DO UPDATE SET "
                                  "watermark_updated_at = excluded.watermark_updated_at, watermark_id = NULL"_s);
    done.bindValue(0, entity);
    done.bindValue(1, horizon);
    QSqlQuery forget = m_db.prepare(u"DELETE FROM sync_snapshot WHERE entity = ?"_s);
    forget.bindValue(0, entity);
    for (QSqlQuery* q : {&done, &forget}) {
        if (auto r = m_db.check(*q, SyncStateText::tr("ending the first pull")); !r)
            return r;
    }
    return tx.commit();
}

Result<QStringList> SyncState::askedAgain(const QString& entity)
{
    QSqlQuery q = m_db.prepare(u"SELECT id FROM sync_deferred WHERE entity = ? ORDER BY id"_s);
    q.bindValue(0, entity);
    if (auto r = m_db.check(q, SyncStateText::tr("reading the rows to ask the server for again")); !r)
        return tl::unexpected(r.error());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    if (auto r = Database::endOfRows(q, SyncStateText::tr("reading the rows to ask the server for again")); !r)
        return tl::unexpected(r.error());
    return ids;
}

Result<void> SyncState::askAgain(const QString& entity, const QString& id)
{
    QSqlQuery ask = m_db.prepare(u"INSERT OR IGNORE INTO sync_deferred (entity, id) VALUES (?, ?)"_s);
    ask.bindValue(0, entity);
    ask.bindValue(1, id);
    return m_db.check(ask, SyncStateText::tr("keeping a row to ask the server for again"));
}

Result<void> SyncState::forgetAskedAgain(const QString& entity, const QStringList& ids)
{
    QSqlQuery done = m_db.prepare(u"DELETE FROM sync_deferred WHERE entity = ? AND id = ?"_s);
    for (const QString& id : ids) {
        done.bindValue(0, entity);
        done.bindValue(1, id);
        if (auto r = m_db.check(done, SyncStateText::tr("forgetting a row asked for again")); !r)
            return r;
    }
    return {};
}

Result<void> SyncState::setServerVersion(const QString& entity, const QString& id, const QString& updatedAt)
{
    QSqlQuery version =
        m_db.prepare(u"UPDATE %1 SET server_updated_at = ? WHERE id = ?"_s.arg(Outbox::tableFor(entity)));
    version.bindValue(0, nullIfEmpty(updatedAt));
    version.bindValue(1, id);
    return m_db.check(version, SyncStateText::tr("recording the server version"));
}

Result<void> SyncState::forgetServerVersion(const QString& entity, const QString& id)
{
    QSqlQuery forget =
        m_db.prepare(u"UPDATE %1 SET server_updated_at = NULL WHERE id = ?"_s.arg(Outbox::tableFor(entity)));
    forget.bindValue(0, id);
    return m_db.check(forget, SyncStateText::tr("dropping the local changes"));
}

Result<bool> SyncState::tableIsEmpty(const QString& entity)
{
    QSqlQuery any = m_db.prepare(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(Outbox::tableFor(entity)));
    if (auto r = m_db.check(any, SyncStateText::tr("reading the local store")); !r)
        return tl::unexpected(r.error());
    return !any.next();
}

Result<qint64> SyncState::rowsReferringTo(const QString& entity, const QString& id, QString* childTable)
{
    struct Child
    {
        QString table;
        QString column;
    };
    static const QHash<QString, QList<Child>> kChildren = {
        {u"niches"_s, {{u"campaigns"_s, u"niche_id"_s}}},
        {u"campaigns"_s, {{u"leads"_s, u"campaign_id"_s}, {u"campaign_spends"_s, u"campaign_id"_s}}},
        {u"leads"_s, {{u"lead_notes"_s, u"lead_id"_s}}},
        {u"campaign_spends"_s, {{u"campaign_spends"_s, u"reverses"_s}}}};
    const auto children = kChildren.constFind(Outbox::tableFor(entity));
    if (children == kChildren.cend())
        return 0;
    for (const Child& child : *children) {
        QSqlQuery count = m_db.prepare(u"SELECT count(*) FROM %1 WHERE %2 = ?"_s.arg(child.table, child.column));
        count.bindValue(0, id);
        if (auto r = m_db.check(count, SyncStateText::tr("counting the rows that refer to a refused row")); !r)
            return tl::unexpected(r.error());
        const qint64 n = count.next() ? count.value(0).toLongLong() : 0;
        if (n > 0) {
            if (childTable)
                *childTable = child.table;
            return n;
        }
    }
    return 0;
}

Result<QString> SyncState::serverVersion(const QString& entity, const QString& id)
{
    QSqlQuery q = m_db.prepare(u"SELECT server_updated_at FROM %1 WHERE id = ?"_s.arg(Outbox::tableFor(entity)));
    q.bindValue(0, id);
    if (auto r = m_db.check(q, SyncStateText::tr("reading the server version of %1").arg(id)); !r)
        return tl::unexpected(r.error());
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> SyncState::removeLocalRow(const QString& entity, const QString& id)
{
    QSqlQuery remove = m_db.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(Outbox::tableFor(entity)));
    remove.bindValue(0, id);
    return m_db.check(remove, SyncStateText::tr("removing a row the server never accepted"));
}

} // namespace leadops
