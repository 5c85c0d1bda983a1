#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace leadops {

// The workspace's SQLite file: WAL journal, foreign keys on, schema versioned by PRAGMA user_version
// and brought up to date by the migrations in Migrations.cpp when opened.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& filePath);
    // A read-only connection to a workspace another connection has opened (and migrated): for
    // queries on a background thread while the window's connection keeps writing (WAL).
    static Result<std::unique_ptr<Database>> openReader(const QString& filePath);
    // A second writing connection to a workspace another connection has opened and migrated (a
    // background writer): no migration, no index work.
    static Result<std::unique_ptr<Database>> openWriter(const QString& filePath);

    QSqlDatabase& connection() { return m_db; }
    QString filePath() const { return m_path; }
    int schemaVersion();

    // A prepared statement; errors surface at exec() through check().
    QSqlQuery prepare(const QString& sql);
    Result<void> exec(const QString& sql);
    // Turns a failed query into a Store error naming what was being done.
    static Error storeError(const QSqlQuery& query, const QString& doing);
    Result<void> check(QSqlQuery& query, const QString& doing);

    // Re-creates any read index a killed bulk load left missing (see readIndexes()).
    Result<void> ensureReadIndexes();
    // Drops the read indexes of a table before a bulk load; ensureReadIndexes() builds them again.
    // `keepCreationOrdered`: keeps those a load in created_at order only appends to.
    Result<void> dropReadIndexes(const QString& table, bool keepCreationOrdered = false);

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
};

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

// Timestamps are stored as UTC ISO-8601 text with milliseconds ("2026-11-25T20:18:35.123Z"),
// which sorts in time order and reads the same in SQLite, JSON and PostgREST.
QString toDbTime(const QDateTime& t);
QString isoUtcFromMs(qint64 msSinceEpoch);
QDateTime fromDbTime(const QVariant& v);
QVariant toDbTime(const std::optional<QDateTime>& t);
std::optional<QDateTime> optionalFromDbTime(const QVariant& v);

} // namespace leadops
