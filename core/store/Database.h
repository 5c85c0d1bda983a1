#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Result.h"
#include "core/util/IsoTime.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace leadops {

class BulkStatement;

// The workspace's SQLite file: WAL journal, foreign keys on, schema versioned by PRAGMA user_version
// and brought up to date by the migrations in Migrations.cpp when opened.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Verify::Quick runs PRAGMA quick_check before the first write (after an unclean end: a damaged
    // file is refused before anything is written to it).
    enum class Verify { None, Quick };
    static Result<std::unique_ptr<Database>> open(const QString& filePath, Verify verify = Verify::None);
    // What is wrong with a workspace file, without changing it: an empty list when it is healthy.
    // `full`: PRAGMA integrity_check (indexes against tables too), else quick_check.
    static Result<QStringList> findDamage(const QString& filePath, bool full);
    // A read-only connection to a workspace another connection has opened (and migrated): for
    // queries on a background thread while the window's connection keeps writing (WAL).
    static Result<std::unique_ptr<Database>> openReader(const QString& filePath);
    // A second writing connection to a workspace another connection has opened and migrated (a
    // background writer): no migration, no index work.
    static Result<std::unique_ptr<Database>> openWriter(const QString& filePath);

    QSqlDatabase& connection() { return m_db; }
    QString filePath() const { return m_path; }
    // PRAGMA user_version; kUnreadableVersion when it cannot be read. A negative value is possible
    // (any 32-bit number can be stored) and means a damaged or foreign file.
    static constexpr int kUnreadableVersion = -1;
    int schemaVersion();

    // A prepared statement; errors surface at exec() through check().
    QSqlQuery prepare(const QString& sql);

    // While one lives, prepare() hands out the statement it prepared before for the same text
    // instead of parsing it again (a copy sharing the one SQLite statement): for a loop that makes
    // the same few changes a hundred thousand times (an import), where parsing costs more than the
    // writing. Only where no caller keeps a query open while another runs the same text.
    class StatementCache
    {
    public:
        explicit StatementCache(Database& db) : m_db(db) { m_db.m_caching = true; }
        ~StatementCache()
        {
            m_db.m_caching = false;
            m_db.m_statements.clear();
        }
        StatementCache(const StatementCache&) = delete;
        StatementCache& operator=(const StatementCache&) = delete;

    private:
        Database& m_db;
    };
    Result<void> exec(const QString& sql);

    // The statement for `sql`, prepared once for the connection's life and bound without QSqlQuery
    // (see BulkStatement): for the writes every change makes, its row, history and outbox entry,
    // where binding through QSqlQuery cost more than SQLite's own work. Run it before preparing
    // the same text again: it is one statement, not a fresh one per call.
    BulkStatement& statement(const QString& sql);
    // Turns a failed query into a Store error naming what was being done.
    static Error storeError(const QSqlQuery& query, const QString& doing);
    Result<void> check(QSqlQuery& query, const QString& doing);
    // After a `while (q.next())` loop: an error (a damaged page) ends the loop like the last row did.
    static Result<void> endOfRows(const QSqlQuery& query, const QString& doing);
    // A stored value no rule allows (an unknown status key): the file was damaged or edited by hand.
    static Error damagedRow(const QString& table, const QString& id, const QString& column, const QString& value);

    // Re-creates any read index a killed bulk load left missing (see readIndexes()).
    Result<void> ensureReadIndexes();
    // Drops the read indexes of a table before a bulk load; ensureReadIndexes() builds them again.
    // `keepCreationOrdered`: keeps those a load in created_at order only appends to.
    Result<void> dropReadIndexes(const QString& table, bool keepCreationOrdered = false);

    // Through Transaction, which nests. An inner one is part of the outer, not a savepoint: an
    // import makes a hundred thousand changes in one transaction, and SQLite's savepoints slowed
    // every statement inside them (a 100,000-row import took 13 s instead of 8). An inner one that
    // rolls back having written nothing (a rule refused the change before it was written) leaves
    // the outer as it was; one that rolls back after writing part of its change (the store failed
    // halfway) cannot be undone alone, so the outer's commit rolls everything back and says why.
    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    Database(QSqlDatabase db, QString path);
    // A named connection with these connect options, opened, with these pragmas run.
    static Result<std::unique_ptr<Database>> connect(const QString& filePath, const QString& options,
                                                     const QStringList& pragmas);
    Result<void> migrate();

    QSqlDatabase m_db;
    QString m_path;
    int m_depth = 0;                     // open Transactions: 1 is the transaction, more are inside it
    QList<qint64> m_changesAtInnerBegin; // SQLite's total_changes() when each inner one began
    bool m_innerFailedHalfway = false;   // see begin()
    qint64 totalChanges();
    bool m_caching = false;
    QHash<QString, QSqlQuery> m_statements;
    std::map<QString, std::unique_ptr<BulkStatement>> m_writes; // see statement()
};

// An enum column of the row in `q` (its id in column 0) by its key; a key no rule allows is a damaged
// row, never a default value.
template <typename E>
Result<E> readKey(const QSqlQuery& q, int column, const QString& table, const QString& name)
{
    const QString raw = q.value(column).toString();
    if (const auto value = fromKey<E>(raw))
        return *value;
    return tl::unexpected(Database::damagedRow(table, q.value(0).toString(), name, raw));
}

// Rolls back unless commit() was called: every service writes inside one of these.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Result<void>& started() const { return m_started; }
    Result<void> commit();

private:
    Database& m_db;
    Result<void> m_started;
    bool m_done = false;
};

// Temporary tables and sorts in files while this lives, then in memory again (the connection's
// usual temp_store=MEMORY). For the statements that sort or group a million rows: in memory the
// heap they grow (hundreds of MB) stays with the process after them, where in files the system's
// cache holds the pages and gives them back. Changing the setting drops the connection's temporary
// tables, so no caller may hold one across this.
class TempInFiles
{
public:
    explicit TempInFiles(Database& db);
    ~TempInFiles();
    TempInFiles(const TempInFiles&) = delete;
    TempInFiles& operator=(const TempInFiles&) = delete;

    const Result<void>& started() const { return m_started; }

private:
    Database& m_db;
    Result<void> m_started;
};

// Timestamps are stored as UTC ISO-8601 text with milliseconds ("2026-11-25T20:18:35.123Z"),
// which sorts in time order and reads the same in SQLite, JSON and PostgREST.
QString toDbTime(const QDateTime& t);
QDateTime fromDbTime(const QVariant& v);
QVariant toDbTime(const std::optional<QDateTime>& t);
std::optional<QDateTime> optionalFromDbTime(const QVariant& v);

} // namespace leadops
