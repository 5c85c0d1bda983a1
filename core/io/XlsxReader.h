#pragma once

#include "core/io/TableReader.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace leadops {

// The first worksheet of an Office Open XML workbook (.xlsx), streamed: minizip inflates the sheet
// part chunk by chunk into QXmlStreamReader, so a sheet of any length costs the memory of its
// shared strings. Cells come out as text: shared and inline strings as written; numbers as their
// digits when whole (a phone Excel stored as a number reads back as "77011234567"), otherwise in
// full precision; cells with a date format as ISO dates (1900 and 1904 date systems). Why minizip
// and not a spreadsheet library: docs/import-export.md.
class XlsxReader final : public TableReader
{
public:
    static constexpr qsizetype kMaxSharedChars = 256 * 1024 * 1024;
    static constexpr qsizetype kMaxRowBytes = 16 * 1024 * 1024;
    static Result<std::unique_ptr<XlsxReader>> open(const QString& path);
    ~XlsxReader() override;

    Result<bool> next(TableRow& row) override;
    qint64 position() const override;

private:
    XlsxReader() = default;
    Result<void> start(const QString& path);
    Result<QByteArray> readPart(const QString& name, qint64 limit);
    Result<void> openSheet(const QString& name);
    bool feed(); // more of the sheet into the XML reader; false at its end
    Result<void> readSharedStrings();
    Result<void> readStyles();
    Result<QString> firstSheetPath();
    QString cellText(const QString& type, int style, const QString& value) const;

    void* m_zip = nullptr; // unzFile
    bool m_sheetOpen = false;
    QXmlStreamReader m_xml;
    QStringList m_shared;
    QSet<int> m_dateStyles; // cellXfs indexes whose number format is a date or time
    bool m_date1904 = false;
    qint64 m_sheetCompressed = 0;
    qint64 m_sheetUncompressed = 0;
    qint64 m_sheetRead = 0;
    qint64 m_lastRow = 0;
    QByteArray m_pending; // inflated sheet XML not yet given to m_xml
    qsizetype m_scanned = 0;
    bool m_corrupt = false;
};

} // namespace leadops
