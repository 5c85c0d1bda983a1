#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <string_view>

namespace leadops {

class Database;

// A prepared statement run many times with positional values: the sync's bulk writes.
//
// Where Qt's SQLite driver and this program share one SQLite library (LEADOPS_SQLITE_DIRECT, which
// CMake sets after reading the driver's library dependencies: Debian, vcpkg and Homebrew builds), it
// binds through SQLite's C API on the connection Qt opened. QSqlQuery::bindValue() builds a
// placeholder name and a hash entry for every value, and that cost more than SQLite's own insert
// work (storing 100,000 pulled leads: 1.7 s through QSqlQuery, 0.8 s of it SQLite's). Elsewhere
// (Qt's own installers build SQLite into the driver, and a second copy of SQLite must never touch a
// connection or a file the first one has open) it goes through QSqlQuery.
class BulkStatement
{
public:
    BulkStatement(Database& db, const QString& sql);
    ~BulkStatement();
    BulkStatement(BulkStatement&&) noexcept;
    BulkStatement& operator=(BulkStatement&&) noexcept;

    // True when statements run through SQLite's C API.
    static bool direct();
    // Makes statements prepared from now on use QSqlQuery even where the C API is available: the
    // tests run the writer both ways, and it is a way round should the C API path misbehave.
    static void setQtSqlOnly(bool on);

    // SQLite's total_changes(): the rows every statement on the connection has written so far.
    static qint64 totalChanges(Database& db);

    // Binds the 0-based `index`th value: null, text, integer or floating point.
    void bind(int index, const QVariant& value);
    void bindNull(int index);
    // UTF-8 text that stays valid until run() returns (it is not copied).
    void bindText(int index, std::string_view utf8);
    void bindInteger(int index, qint64 value);
    void bindReal(int index, double value);
    // Text, copied; `bindTextOrNull` binds null for empty text (an optional column).
    void bindText(int index, const QString& text);
    void bindTextOrNull(int index, const QString& text);
    // A time as the store keeps it (toDbTime); null when there is none.
    void bindTime(int index, const std::optional<QDateTime>& time);
    // SQLite's extended result code SQLITE_CONSTRAINT_UNIQUE, as run()'s error code: a UNIQUE index
    // refused a row.
    static inline const QString kUniqueRefused = QStringLiteral("2067");
    // Runs the statement with the values bound: the rows it inserted, updated or deleted. `doing`
    // names the work for the error message; the error's `code` is SQLite's extended result code.
    Result<qint64> run(const QString& doing);
    // Runs a query with the values bound: whether it gave a row (an existence probe).
    Result<bool> hasRow(const QString& doing);
    // After a run() that failed: the rows it changed before the one refused. SQLite keeps those
    // only in an `INSERT OR FAIL` (which needs no statement journal, see ServerRowWriter); any other
    // refused statement is undone whole and this is 0.
    qint64 changedBeforeFailure() const { return m_changedBeforeFailure; }

    struct Native;

private:
    std::unique_ptr<Native> m_native; // the C API statement, when direct() at preparation
    QSqlQuery m_query;                // otherwise
    Database* m_db = nullptr;
    qint64 m_changedBeforeFailure = 0;
};

} // namespace leadops
