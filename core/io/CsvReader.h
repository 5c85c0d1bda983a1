#pragma once

#include "core/io/TableReader.h"

#include <QIODevice>

namespace leadops {

// RFC 4180 as Excel writes it: a quoted field may hold the delimiter, doubled quotes and line
// breaks; CRLF, LF or CR end a record; blank lines are skipped. Lenient where Excel is (a quote
// inside an unquoted field is kept as it is); strict where a mistake would swallow the file (a
// quoted field that never closes ends the import at its row instead of reading on).
class CsvReader final : public TableReader
{
public:
    static constexpr qsizetype kMaxRecordChars = 1 << 20; // one record: a megabyte of text
    static constexpr qsizetype kMaxCells = 1000;

    // `device` is open for reading, positioned at the start of the file; `bomLength` bytes skipped.
    CsvReader(std::unique_ptr<QIODevice> device, TextEncoding encoding, int bomLength, QChar delimiter);

    Result<bool> next(TableRow& row) override;
    qint64 position() const override { return m_bytesRead; }

private:
    enum class Parse { Record, NeedMore, Blank };
    Parse parse(TableRow& row, QString& error);
    bool readMore();

    std::unique_ptr<QIODevice> m_device;
    TextDecoder m_decoder;
    QChar m_delimiter;
    QString m_text; // decoded, not yet parsed
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_bytesRead = 0;
    qint64 m_record = 0;
};

} // namespace leadops
