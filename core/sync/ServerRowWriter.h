#pragma once

#include "core/domain/Result.h"
#include "core/json/RowLayout.h"
#include "core/store/BulkStatement.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <tuple>

namespace leadops {

class Database;

// What storing a page of server rows did.
struct StoredPage
{
    qint64 rows = 0;      // rows in the page
    qint64 stored = 0;    // rows written
    qint64 deleted = 0;   // tombstones applied (the local row removed)
    qint64 heldBack = 0;  // rows skipped: the local row still has unsent changes
    QStringList deferred; // ids of rows a UNIQUE index refused, left to a later pull (see storePage)
    // The page's last row, as the server wrote it: the next watermark (updated_at, id), or where a
    // first pull's snapshot has got to (created_at, id).
    QString lastUpdatedAt;
    QString lastCreatedAt;
    QString lastId;
};

// Writes rows the server sent into the local store: niches, campaigns and leads, each row checked
// field by field the way RowReader checks them (same rules, same messages), written kRowsPerStatement
// rows per statement (see PageRows), or deleted when the server sent a tombstone (deleted_at set). A row the store
// already has in the same server version (server_updated_at) is left as it is: a pull reads again
// what lies after the sync horizon (SyncEngine), and those rows are not written or counted twice.
//
// Pages are read with simdjson and bound without a QJsonObject, a QString or a QVariant per value:
// for 100,000 leads QJsonDocument, the domain types and QVariant binding cost 0.8 s of CPU, several
// times SQLite's own work on the rows (docs/backend.md, "Sync").
class ServerRowWriter
{
public:
    // Rows per statement: with one statement per row, SQLite's work per statement (opening
    // the table and index cursors, ending the statement) cost more than the row itself.
    static constexpr int kRowsPerStatement = 64;

    explicit ServerRowWriter(Database& db);
    ~ServerRowWriter();
    ServerRowWriter(const ServerRowWriter&) = delete;
    ServerRowWriter& operator=(const ServerRowWriter&) = delete;

    // What a page's rows are to the store, which decides how storePage writes them.
    enum class PageRows {
        // Rows changed since the watermark: upserted, kRowsPerStatement to a statement. A row the
        // store refuses stops the page with its error (the caller's transaction then keeps none
        // of it).
        Changes,
        // Rows the store is not expected to have yet: a first pull's snapshot, or rows asked for
        // again by id. Inserted `OR FAIL`, kRowsPerStatement to a statement, and from a row the
        // store refuses on, upserted one at a time (a row it already has is updated). A row a UNIQUE
        // index refuses is not an error here: its id is listed as deferred and the page goes on.
        // A snapshot needs that: the local row it collides with is an older version than the
        // server's (the server has the same index), both rows changed after the snapshot began,
        // and both come again with the pull of changes that follows it, in the order the server
        // changed them.
        //
        // Why not upsert these too: a statement of several rows that may abort needs SQLite's
        // statement journal, a copy of every page the statement touches. An upsert's DO UPDATE
        // may always abort; `INSERT OR FAIL` never does (SQLite keeps the rows before a refused
        // one). Without that copy, storing 100,000 new leads took 0.49 s instead of 0.64 s.
        New,
    };

    // One row (a conflict's server version).
    Result<void> store(const QString& entity, const QJsonObject& row);
    // A page as the server sent it, a JSON array of `entity` rows in `layout`, in order; rows whose
    // id is in `holdBack` are skipped.
    Result<StoredPage> storePage(const QString& entity, const QByteArray& json, const QSet<QString>& holdBack = {},
                                 PageRows kind = PageRows::Changes, const RowLayout& layout = RowLayout::objects());

private:
    struct Page; // the parser and the decoded values waiting for their statement

    enum class Write { Upsert, InsertOrFail };
    BulkStatement& statement(const QString& entity, int rows, Write write);
    Result<qint64> remove(const QString& entity, const QString& id);
    // Writes the rows decoded so far as m_kind asks, adding the rows it changed to m_changed.
    Result<void> flush(const QString& entity);

    Database& m_db;
    std::unique_ptr<Page> m_page;
    qint64 m_changed = 0;   // rows the current page's upserts changed
    QStringList m_deferred; // ids of the current page's rows a UNIQUE index refused (PageRows::New)
    PageRows m_kind = PageRows::Changes;
    std::map<std::tuple<QString, int, Write>, std::unique_ptr<BulkStatement>> m_statements;
    // What the store was doing, for an error message: translated once, not once per row.
    QString m_storing;
    QString m_removing;
};

} // namespace leadops
