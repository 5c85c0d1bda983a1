#pragma once

#include "core/domain/Actor.h"
#include "core/io/TableReader.h"
#include "core/services/ImportMapping.h"
#include "core/services/LeadService.h"
#include "core/store/ImportBatchStore.h"

#include <functional>

namespace leadops {

class Clock;
class Database;

// One file to import, and how.
struct ImportRequest
{
    QString path;
    TableOptions table;                   // encoding and delimiter: detected when unset
    std::optional<ImportMapping> mapping; // guessed from the header row when unset
    QString campaignId; // every row's campaign; with a Campaign column, the one for rows that leave it empty
    // A contact the campaign already has: left alone, or given the file's name (and note).
    enum class Duplicates { Skip, Update };
    Duplicates duplicates = Duplicates::Skip;
    bool skipInvalid = false; // import the valid rows and list the rest; else nothing unless all are valid
    bool dryRun = false;      // read, check and count; write nothing
};

// A row that was not imported, and why.
struct ImportIssue
{
    qint64 row = 0; // as a spreadsheet numbers it (the header is row 1)
    QString reason;
};

struct ImportReport
{
    QString batchId; // set when something was written
    TableInfo table;
    ImportMapping mapping;
    QStringList headers;
    qint64 rows = 0;     // data rows read
    qint64 imported = 0; // new leads (that would be, in a dry run)
    qint64 updated = 0;  // leads already there given the file's name or note (Duplicates::Update)
    QList<ImportIssue> duplicates;
    QList<ImportIssue> invalid;
    bool dryRun = false;
    bool written = false; // anything stored
    bool canceled = false;
    // Every row not imported, in row order, with its problem ("invalid", "duplicate") worded for
    // the user: the wizard's list and the CSV report.
    struct IssueLine
    {
        qint64 row = 0;
        QString problem;
        QString reason;
    };
    QList<IssueLine> issuesByRow() const;
    // Whether the file brings anything (for a dry run: would, with the same choices).
    bool anythingToImport() const { return imported + updated > 0 && (invalid.isEmpty() || skipInvalid); }
    bool skipInvalid = false;
};

// The first rows of a file, for the wizard's preview and mapping.
struct ImportPreview
{
    TableInfo table;
    QStringList headers;
    QList<TableRow> rows;
    ImportMapping mapping; // guessed
};

// Imports leads from CSV, TSV and XLSX files, and undoes an import. Every lead goes through
// LeadService (the one path of a change: rule, audit, outbox); the whole file is one transaction,
// so a file is imported whole, or, with skipInvalid, without the rows listed as invalid, or not at
// all; and one batch, undone in one step.
class LeadImporter
{
public:
    LeadImporter(Database& db, const Clock& clock, const Actor& actor);

    static Result<ImportPreview> preview(const QString& path, const TableOptions& options, int rows = 50);

    struct Progress
    {
        std::function<void(qint64 done, qint64 total)> advanced; // bytes of the file
        std::function<bool()> canceled;
    };
    // A refusal of the whole file (unreadable, no contact column, a completed campaign, a role that
    // may not create leads) is an error; rows that cannot be imported are in the report.
    Result<ImportReport> run(const ImportRequest& request, const Progress& progress = {});

    Result<QList<ImportBatch>> batches();
    struct UndoReport
    {
        qint64 removed = 0;
        qint64 renamedBack = 0;
    };
    // Removes the leads the batch created and gives back the names it changed, while none of them
    // was changed since (rule "import_undo"); a note the import added to a lead it did not create
    // stays (a note is history).
    Result<UndoReport> undo(const QString& batchId);

    // The report's rows (row, kind, reason) as CSV, for the user to fix the file.
    static Result<void> writeIssues(const ImportReport& report, const QString& path);

private:
    Database& m_db;
    const Clock& m_clock;
    const Actor& m_actor;
    LeadService m_leads;
    ImportBatchStore m_batches;
};

} // namespace leadops
