#pragma once

#include "core/domain/Lead.h"
#include "core/store/AuditLog.h"
#include "core/store/Filters.h"
#include "core/store/LeadStore.h"
#include "core/store/StoreReader.h"

#include <QFuture>
#include <QHash>
#include <QList>

#include <atomic>
#include <memory>

namespace leadops {

class Database;

// What the lead list shows after a filter or sort: the first page, the total, the count of each
// status under the same filter, and the campaign and owner names the rows refer to.
struct LeadListing
{
    QList<Lead> rows;
    std::optional<LeadCursor> next; // where the page after `rows` starts
    qint64 total = 0;
    QList<QPair<LeadStatus, qint64>> statusCounts;
    QHash<QString, QString> campaignNames;
    QHash<QString, QString> ownerNames; // team members' names by user id
    bool superseded = false;            // a newer load() was asked for before this one started: nothing was read
};

// Runs the lead list's queries on a StoreReader's thread, so that filtering or sorting a million
// leads never stops the window. Loads run in order; one that a newer load has overtaken is skipped.
class LeadReader
{
public:
    explicit LeadReader(QString databasePath) : m_path(databasePath), m_reader(std::move(databasePath)) {}
    ~LeadReader() { ++m_latest; } // queued loads skip their queries; the reader then closes

    QFuture<Result<LeadListing>> load(const LeadFilter& filter, int pageSize);
    // One more page of the list a load() answered: the rows after `after` (a keyset page, as fast
    // a million rows down as at the top).
    QFuture<Result<LeadPage>> loadPage(const LeadFilter& filter, const LeadCursor& after, int pageSize);
    // Builds the index a sort's pages walk, if it needs one (LeadStore::ensureSortIndex), on a
    // connection of its own: the list reads meanwhile, without it.
    QFuture<Result<void>> prepareSort(LeadSort sort);
    // A lead's recorded history, oldest first: the detail panel asks off the UI thread.
    QFuture<Result<QList<AuditEntry>>> loadHistory(const QString& leadId);

    // The same reads, synchronously on the calling connection (small workspaces, tests).
    static Result<LeadListing> read(Database& db, const LeadFilter& filter, int pageSize);

private:
    std::atomic<quint64> m_latest{0}; // declared first: destroyed after the reader has finished
    QString m_path;
    StoreReader m_reader;
};

} // namespace leadops
