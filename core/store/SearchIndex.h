#pragma once

#include "core/domain/Result.h"

#include <QString>

#include <memory>
#include <optional>

namespace leadops {

class Database;
class SetAsideTriggers;

// The trigram index of the leads' contacts and names (SQLite FTS5 with its trigram tokenizer, an
// external-content table kept by triggers): a search of three or more characters reads the rows
// whose text holds its trigrams instead of every contact in the workspace.
//
// It only narrows: LeadStore keeps SQLite's LIKE as the definition of a match, so a search answers
// the same with or without it (an FTS5 phrase folds the case of every letter, LIKE of ASCII ones).
class SearchIndex
{
public:
    // Creates the index and fills it from the leads when it is missing: a new workspace, or one an
    // older version wrote (about 4 s for a million leads, once). False, and the search scans, where
    // the SQLite in use has no FTS5 or no trigram tokenizer.
    static Result<bool> ensure(Database& db);
    static Result<void> drop(Database& db); // for tests: the search then scans
    static bool exists(Database& db);

    // A bulk insert of leads inside one transaction (an import): the index learns the new rows in
    // one statement at its end instead of one by one. An FTS5 table flushes its pending rows each
    // time a statement that writes it opens a savepoint, which every row's trigger did: 100,000
    // imported rows cost 4.7 s that way, 0.4 s together. The trigger is dropped meanwhile; its
    // drop, the rows and the catch-up are in the caller's transaction, so a rollback or a crash
    // undoes them together. Destroyed before the transaction ends: finish() if nobody did.
    class BulkInsert
    {
    public:
        explicit BulkInsert(Database& db);
        ~BulkInsert();
        BulkInsert(const BulkInsert&) = delete;
        BulkInsert& operator=(const BulkInsert&) = delete;
        Result<void> finish();

    private:
        Database& m_db;
        std::optional<qint64> m_before;              // the largest rowid before the insert, while the trigger is away
        std::unique_ptr<SetAsideTriggers> m_trigger; // the row-by-row insert trigger, away meanwhile
    };

    // The FTS5 query for a search whose contact and name forms are given, or none when either is
    // shorter than three characters (no trigram to look up: the search scans).
    static std::optional<QString> query(const QString& contactTerm, const QString& nameTerm);
    // Whether the index may find rows that LIKE does not match: a letter outside ASCII, whose case
    // the index folds and LIKE does not. The candidates are then checked against LIKE.
    static bool foldsMoreThanLike(const QString& term);
};

} // namespace leadops
