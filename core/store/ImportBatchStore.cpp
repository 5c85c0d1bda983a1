#include "core/store/ImportBatchStore.h"

#include "core/store/BulkStatement.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
struct ImportBatchText
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatchStore)
};

ImportBatch batchFromRow(const QSqlQuery& q)
{
    return ImportBatch{q.value(0).toString(),         q.value(1).toString(),   fromDbTime(q.value(2)),
                       q.value(3).toString(),         q.value(4).toLongLong(), q.value(5).toLongLong(),
                       optionalFromDbTime(q.value(6))};
}

const QString kBatchColumns = u"id, file_name, created_at, actor, imported, updated, undone_at"_s;
} // namespace

Result<void> ImportBatchStore::insert(const ImportBatch& b)
{
    QSqlQuery q = m_db.prepare(u"INSERT INTO import_batches ("_s + kBatchColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, b.id);
    q.bindValue(1, b.fileName);
    q.bindValue(2, toDbTime(b.createdAt));
    q.bindValue(3, b.actor);
    q.bindValue(4, b.imported);
    q.bindValue(5, b.updated);
    q.bindValue(6, toDbTime(b.undoneAt));
    return m_db.check(q, ImportBatchText::tr("recording import %1").arg(b.id));
}

Result<bool> ImportBatchStore::changedSince(const QString& batchId, const QString& leadId)
{
    QSqlQuery q =
        m_db.prepare(u"SELECT EXISTS (SELECT 1 FROM audit_log WHERE entity = 'lead' AND entity_id = ? AND id > "
                     "(SELECT last_audit_id FROM import_batches WHERE id = ?))"_s);
    q.bindValue(0, leadId);
    q.bindValue(1, batchId);
    if (auto r = m_db.check(q, ImportBatchText::tr("reading the history of lead %1").arg(leadId)); !r)
        return tl::unexpected(r.error());
    return q.next() && q.value(0).toBool();
}

Result<void> ImportBatchStore::finish(const QString& batchId, qint64 imported, qint64 updated)
{
    QSqlQuery q = m_db.prepare(u"UPDATE import_batches SET imported = ?, updated = ?, last_audit_id = (SELECT "
                               "coalesce(max(id), 0) FROM audit_log) WHERE id = ?"_s);
    q.bindValue(0, imported);
    q.bindValue(1, updated);
    q.bindValue(2, batchId);
    return m_db.check(q, ImportBatchText::tr("recording import %1").arg(batchId));
}

Result<void> ImportBatchStore::addLead(const QString& batchId, const ImportedLead& l)
{
    BulkStatement& q = m_db.statement(u"INSERT INTO import_batch_leads (batch_id, lead_id, change, previous_name, "
                                      "note_id, fingerprint) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.bindText(0, batchId);
    q.bindText(1, l.leadId);
    q.bindText(2, l.change == ImportedLead::Change::Created ? u"created"_s : u"renamed"_s);
    q.bindTextOrNull(3, l.previousName);
    q.bindTextOrNull(4, l.noteId);
    q.bindText(5, l.fingerprint);
    if (auto r = q.run(ImportBatchText::tr("recording lead %1 of import %2").arg(l.leadId, batchId)); !r)
        return tl::unexpected(r.error());
    return {};
}

Result<void> ImportBatchStore::markUndone(const QString& batchId, const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(u"UPDATE import_batches SET undone_at = ? WHERE id = ?"_s);
    q.bindValue(0, toDbTime(at));
    q.bindValue(1, batchId);
    return m_db.check(q, ImportBatchText::tr("recording the undo of import %1").arg(batchId));
}

Result<std::optional<ImportBatch>> ImportBatchStore::get(const QString& batchId)
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kBatchColumns + u" FROM import_batches WHERE id = ?"_s);
    q.bindValue(0, batchId);
    if (auto r = m_db.check(q, ImportBatchText::tr("reading import %1").arg(batchId)); !r)
        return tl::unexpected(r.error());
    if (!q.next())
        return Database::endOfRows(q, ImportBatchText::tr("reading import %1").arg(batchId)).map([] {
            return std::optional<ImportBatch>();
        });
    return std::optional<ImportBatch>(batchFromRow(q));
}

Result<QList<ImportBatch>> ImportBatchStore::list(int limit)
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kBatchColumns +
                               u" FROM import_batches ORDER BY created_at DESC, id DESC LIMIT ?"_s);
    q.bindValue(0, limit);
    if (auto r = m_db.check(q, ImportBatchText::tr("listing imports")); !r)
        return tl::unexpected(r.error());
    QList<ImportBatch> batches;
    while (q.next())
        batches << batchFromRow(q);
    if (auto r = Database::endOfRows(q, ImportBatchText::tr("listing imports")); !r)
        return tl::unexpected(r.error());
    return batches;
}

Result<QList<ImportedLead>> ImportBatchStore::leads(const QString& batchId)
{
    QSqlQuery q = m_db.prepare(u"SELECT lead_id, change, previous_name, note_id, fingerprint FROM "
                               "import_batch_leads WHERE batch_id = ?"_s);
    q.bindValue(0, batchId);
    if (auto r = m_db.check(q, ImportBatchText::tr("reading import %1").arg(batchId)); !r)
        return tl::unexpected(r.error());
    QList<ImportedLead> leads;
    while (q.next()) {
        leads << ImportedLead{q.value(0).toString(),
                              q.value(1).toString() == u"renamed" ? ImportedLead::Change::Renamed
                                                                  : ImportedLead::Change::Created,
                              q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    }
    if (auto r = Database::endOfRows(q, ImportBatchText::tr("reading import %1").arg(batchId)); !r)
        return tl::unexpected(r.error());
    return leads;
}

} // namespace leadops
