#pragma once

#include "core/domain/Result.h"
#include "core/store/Filters.h"

#include <functional>

namespace leadops {

class Database;

enum class LeadFileFormat { Csv, Xlsx };
template <>
std::span<const EnumText> enumTexts<LeadFileFormat>();
// The format a file name asks for (".csv", ".xlsx"), if it names one.
std::optional<LeadFileFormat> leadFileFormatOf(const QString& path);

// Writes the lead list exactly as a filter selects and sorts it (its limit and offset aside): the
// list a user sees, whole. CSV: UTF-8 with a BOM, phones as text, cells guarded against formula
// injection (CsvWriter). XLSX: libxlsxwriter in constant-memory mode (a row at a time), typed cells
// (numbers, dates as dates), a bold frozen header, column widths. Written to a temporary file
// beside `path` and renamed over it at the end: a failed or canceled export leaves no half file.
class LeadExporter
{
public:
    explicit LeadExporter(Database& db) : m_db(db) {}

    struct Progress
    {
        std::function<void(qint64 done, qint64 total)> advanced;
        std::function<bool()> canceled;
    };
    // The number of leads written.
    Result<qint64> write(const LeadFilter& filter, LeadFileFormat format, const QString& path,
                         const Progress& progress = {});

private:
    Database& m_db;
};

} // namespace leadops
