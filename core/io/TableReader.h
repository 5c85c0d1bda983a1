#pragma once

#include "core/domain/Result.h"
#include "core/io/TextEncoding.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace leadops {

// One record of a table file, its cells as text (a number an XLSX typed is its digits; a date cell
// is "yyyy-MM-dd" or "yyyy-MM-dd HH:mm:ss").
struct TableRow
{
    qint64 number = 0; // the row number a spreadsheet shows (the header is row 1)
    QStringList cells;
};

enum class TableFormat { Csv, Xlsx };

// How to read a text table; unset fields are detected from the file.
struct TableOptions
{
    std::optional<TextEncoding> encoding;
    std::optional<QChar> delimiter; // ',', ';' or '\t'
};

// What a reader found out about its file (what it detected, or was told).
struct TableInfo
{
    TableFormat format = TableFormat::Csv;
    TextEncoding encoding = TextEncoding::Utf8; // CSV only
    QChar delimiter = u',';                     // CSV only
    qint64 fileSize = 0;
};

// Reads a table file record by record, never the whole file: a file of any size costs the memory of
// one record (and, for XLSX, of its shared strings).
class TableReader
{
public:
    virtual ~TableReader() = default;
    // The next record into `row`; false at the end. An error names the row and what was expected.
    virtual Result<bool> next(TableRow& row) = 0;
    // Bytes of the file consumed so far (progress against TableInfo::fileSize).
    virtual qint64 position() const = 0;
    const TableInfo& info() const { return m_info; }

protected:
    TableInfo m_info;
};

// Opens a CSV/TSV or XLSX file, told apart by its first bytes (not its name); refuses an empty
// file, a binary one, an old .xls or a password-protected workbook with a message saying so.
Result<std::unique_ptr<TableReader>> openTable(const QString& path, const TableOptions& options = {});

// The delimiter that splits the sample's first lines into the same number (> 1) of cells most
// often; ',' when none does (a one-column file).
QChar detectDelimiter(QStringView sample);

} // namespace leadops
