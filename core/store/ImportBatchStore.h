#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace leadops {

class Database;

// One imported file: what it brought, and whether it was undone.
struct ImportBatch
{
    QString id;
    QString fileName;
    QDateTime createdAt;
    QString actor;
    qint64 imported = 0; // leads created
    qint64 updated = 0;  // existing leads renamed (a duplicate with a name, when asked)
    std::optional<QDateTime> undoneAt;
};

// What a batch did to one lead, and what the lead was right after (its fingerprint): an undo goes
// ahead only while it is still the same.
struct ImportedLead
{
    enum class Change { Created, Renamed };
    QString leadId;
    Change change = Change::Created;
    QString previousName; // Renamed: the name before
    QString noteId;       // a note the import wrote on the lead
    // The lead's content without its timestamps of change: a sync that brings back the server's
    // copy of the lead leaves it as it was; any change of status, name, owner, follow-up or
    // messages, here or by a colleague, does not.
    QString fingerprint;
};

// The import_batches and import_batch_leads tables. Knows SQL, not rules.
class ImportBatchStore
{
public:
    explicit ImportBatchStore(Database& db) : m_db(db) {}

    Result<void> insert(const ImportBatch& batch);
    // At the end of the import: its counts, and the last history entry so far (what it wrote).
    Result<void> finish(const QString& batchId, qint64 imported, qint64 updated);
    // Whether the lead's local history has an entry written after the batch (a change made here).
    Result<bool> changedSince(const QString& batchId, const QString& leadId);
    Result<void> addLead(const QString& batchId, const ImportedLead& lead);
    Result<void> markUndone(const QString& batchId, const QDateTime& at);
    Result<std::optional<ImportBatch>> get(const QString& batchId);
    Result<QList<ImportBatch>> list(int limit = 50); // newest first
    Result<QList<ImportedLead>> leads(const QString& batchId);

private:
    Database& m_db;
};

} // namespace leadops
