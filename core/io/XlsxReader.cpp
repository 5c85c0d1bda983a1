#include "core/io/XlsxReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <minizip/unzip.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

// minizip reads through QFile: a path with Cyrillic letters opens on Windows too, where minizip's
// own fopen() takes the ANSI code page.
voidpf openFile(voidpf, const void* path, int)
{
    auto file = std::make_unique<QFile>(*static_cast<const QString*>(path));
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file.release();
}
uLong readFile(voidpf, voidpf stream, void* buf, uLong size)
{
    const qint64 n = static_cast<QFile*>(stream)->read(static_cast<char*>(buf), static_cast<qint64>(size));
    return n < 0 ? 0 : static_cast<uLong>(n);
}
uLong writeFile(voidpf, voidpf, const void*, uLong)
{
    return 0;
}
ZPOS64_T tellFile(voidpf, voidpf stream)
{
    return static_cast<ZPOS64_T>(static_cast<QFile*>(stream)->pos());
}
long seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* file = static_cast<QFile*>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->size();
    return file->seek(base + static_cast<qint64>(offset)) ? 0 : -1;
}
int closeFile(voidpf, voidpf stream)
{
    delete static_cast<QFile*>(stream);
    return 0;
}
int errorFile(voidpf, voidpf stream)
{
    return static_cast<QFile*>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

Error damaged(QString why)
{
    while (why.endsWith(u'.'))
        why.chop(1);
    return Error{ErrorKind::Validation,
                 XlsxText::tr("The XLSX file is damaged or not a workbook: %1. Open it in "
                              "Excel or LibreOffice and save it again, or save it as CSV.")
                     .arg(why),
                 {}};
}

// Built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30).
bool isBuiltinDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// A custom format is a date when, outside quoted text and [colour]/[$-locale] sections, it has a
// day, month-with-year, year, hour or second code.
bool isDateFormat(QString code)
{
    static const QRegularExpression quotedOrBracketed(uR"("[^"]*"|\[[^\]]*\]|\\.)"_s);
    code.remove(quotedOrBracketed);
    code = code.toLower();
    return code.contains(u'd') || code.contains(u'y') || code.contains(u'h') || code.contains(u's');
}

// "C12" -> 2 (zero-based column C); -1 when the reference has no letters.
int columnOf(QStringView ref)
{
    int col = 0;
    int letters = 0;
    for (const QChar c : ref) {
        if (c >= u'A' && c <= u'Z') {
            col = col * 26 + (c.unicode() - u'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters == 0 || letters > 3 ? -1 : col - 1;
}

// The text of an <si> or <is> element: its <t>, or its rich-text runs' <t>s, without phonetic
// (<rPh>) runs. The reader stands on the start element and ends on its end element.
QString richText(QXmlStreamReader& xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

} // namespace

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString& path)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    if (auto r = reader->start(path); !r)
        return tl::unexpected(r.error());
    return reader;
}

XlsxReader::~XlsxReader()
{
    if (m_zip) {
        if (m_sheetOpen)
            unzCloseCurrentFile(m_zip);
        unzClose(m_zip);
    }
}

Result<void> XlsxReader::start(const QString& path)
{
    m_info.format = TableFormat::Xlsx;
    m_info.fileSize = QFileInfo(path).size();
    zlib_filefunc64_def io{openFile, readFile, writeFile, tellFile, seekFile, closeFile, errorFile, nullptr};
    m_zip = unzOpen2_64(&path, &io);
    if (!m_zip)
        return tl::unexpected(damaged(XlsxText::tr("its zip directory cannot be read")));
    if (auto r = readSharedStrings(); !r)
        return r;
    if (auto r = readStyles(); !r)
        return r;
    const auto sheet = firstSheetPath();
    if (!sheet)
        return tl::unexpected(sheet.error());
    return openSheet(*sheet);
}

Result<QByteArray> XlsxReader::readPart(const QString& name, qint64 limit)
{
    if (unzLocateFile(m_zip, name.toUtf8().constData(), 0) != UNZ_OK)
        return QByteArray(); // an optional part that is absent
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return tl::unexpected(damaged(XlsxText::tr("part %1 cannot be read").arg(name)));
    if (info.flag & 1)
        return fail(ErrorKind::Validation, XlsxText::tr("The workbook is encrypted: remove its password in Excel or "
                                                        "LibreOffice, save it, and import that file."));
    if (static_cast<qint64>(info.uncompressed_size) > limit)
        return tl::unexpected(damaged(XlsxText::tr("part %1 is larger than %2 MB").arg(name).arg(limit >> 20)));
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return tl::unexpected(damaged(XlsxText::tr("part %1 cannot be opened").arg(name)));
    QByteArray bytes(static_cast<qsizetype>(info.uncompressed_size), Qt::Uninitialized);
    const int n = bytes.isEmpty() ? 0 : unzReadCurrentFile(m_zip, bytes.data(), static_cast<unsigned>(bytes.size()));
    const int closed = unzCloseCurrentFile(m_zip);
    if (n != bytes.size() || closed != UNZ_OK)
        return tl::unexpected(damaged(XlsxText::tr("part %1 is cut short or fails its checksum").arg(name)));
    return bytes;
}

Result<void> XlsxReader::readSharedStrings()
{
    const auto bytes = readPart(u"xl/sharedStrings.xml"_s, kMaxSharedChars);
    if (!bytes)
        return tl::unexpected(bytes.error());
    if (bytes->isEmpty())
        return {}; // a workbook of inline strings (libxlsxwriter's constant-memory mode) has none
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            m_shared << richText(xml);
    }
    if (xml.hasError())
        return tl::unexpected(damaged(XlsxText::tr("its shared strings: %1").arg(xml.errorString())));
    return {};
}

Result<void> XlsxReader::readStyles()
{
    const auto bytes = readPart(u"xl/styles.xml"_s, 64 << 20);
    if (!bytes)
        return tl::unexpected(bytes.error());
    if (bytes->isEmpty())
        return {}; // no styles: no dates, every number is a number
    QHash<int, bool> customDate;
    QXmlStreamReader xml(*bytes);
    bool inCellXfs = false;
    int xf = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt") {
                const auto a = xml.attributes();
                customDate.insert(a.value("numFmtId"_L1).toInt(), isDateFormat(a.value("formatCode"_L1).toString()));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value("numFmtId"_L1).toInt();
                if (customDate.value(id, isBuiltinDate(id)))
                    m_dateStyles.insert(xf);
                ++xf;
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return tl::unexpected(damaged(XlsxText::tr("its styles: %1").arg(xml.errorString())));
    return {};
}

Result<QString> XlsxReader::firstSheetPath()
{
    const auto workbook = readPart(u"xl/workbook.xml"_s, 64 << 20);
    if (!workbook)
        return tl::unexpected(workbook.error());
    if (workbook->isEmpty())
        return tl::unexpected(damaged(XlsxText::tr("it has no xl/workbook.xml")));
    QString relId;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const auto v = xml.attributes().value("date1904"_L1);
            m_date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet" && relId.isEmpty()) {
            for (const auto& a : xml.attributes()) {
                if (a.name() == u"id") // r:id, whatever the prefix is bound to
                    relId = a.value().toString();
            }
        }
    }
    if (xml.hasError())
        return tl::unexpected(damaged(XlsxText::tr("its workbook part: %1").arg(xml.errorString())));
    if (relId.isEmpty())
        return tl::unexpected(damaged(XlsxText::tr("it has no worksheet")));
    const auto rels = readPart(u"xl/_rels/workbook.xml.rels"_s, 16 << 20);
    if (!rels)
        return tl::unexpected(rels.error());
    QXmlStreamReader r(*rels);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"Relationship" &&
            r.attributes().value("Id"_L1) == relId) {
            const QString target = r.attributes().value("Target"_L1).toString();
            return target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
        }
    }
    return tl::unexpected(damaged(XlsxText::tr("its first worksheet is not listed in the workbook's relationships")));
}

Result<void> XlsxReader::openSheet(const QString& name)
{
    if (unzLocateFile(m_zip, name.toUtf8().constData(), 0) != UNZ_OK)
        return tl::unexpected(damaged(XlsxText::tr("part %1 is missing").arg(name)));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(m_zip) != UNZ_OK)
        return tl::unexpected(damaged(XlsxText::tr("part %1 cannot be opened").arg(name)));
    m_sheetOpen = true;
    m_sheetCompressed = static_cast<qint64>(info.compressed_size);
    m_sheetUncompressed = static_cast<qint64>(info.uncompressed_size);
    return {};
}

bool XlsxReader::feed()
{
    // The XML reader gets the sheet in whole rows (up to the next "</row>"), so that reading a cell's
    // text never meets the end of the data inside an element.
    qsizetype end = -1;
    while (m_sheetOpen && (end = m_pending.indexOf("</row>", m_scanned)) < 0) {
        m_scanned = std::max<qsizetype>(0, m_pending.size() - 5);
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        const int n = unzReadCurrentFile(m_zip, chunk.data(), static_cast<unsigned>(chunk.size()));
        if (n <= 0) {
            // 0 at the end (the CRC is checked when closing), < 0 for damaged data.
            const int closed = unzCloseCurrentFile(m_zip);
            m_sheetOpen = false;
            if (n < 0 || closed != UNZ_OK) {
                m_corrupt = true;
                return false;
            }
            break;
        }
        m_sheetRead += n;
        m_pending.append(chunk.constData(), n);
        if (m_pending.size() > kMaxRowBytes + 64 * 1024 && m_pending.indexOf("</row>", m_scanned) < 0) {
            m_corrupt = true; // a row of more than 16 MB of XML: not a table of leads
            return false;
        }
    }
    if (m_pending.isEmpty())
        return false;
    const qsizetype take = end < 0 ? m_pending.size() : end + 6;
    m_xml.addData(m_pending.left(take));
    m_pending.remove(0, take);
    m_scanned = 0;
    return true;
}

qint64 XlsxReader::position() const
{
    if (m_sheetUncompressed <= 0)
        return m_info.fileSize;
    return static_cast<qint64>(double(m_sheetRead) / double(m_sheetUncompressed) * double(m_info.fileSize));
}

QString XlsxReader::cellText(const QString& type, int style, const QString& value) const
{
    if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_shared.size() ? m_shared.at(index) : QString();
    }
    if (type == u"b")
        return value == u"1" ? u"TRUE"_s : u"FALSE"_s;
    if (!type.isEmpty() && type != u"n")
        return value; // str (a formula's text), e (an error such as #N/A), d (an ISO date)
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    if (m_dateStyles.contains(style) && number >= 0 && number < 2958466) {
        const QDateTime epoch = m_date1904 ? QDateTime(QDate(1904, 1, 1), QTime(0, 0), Qt::UTC)
                                           : QDateTime(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC);
        const auto ms = static_cast<qint64>(std::llround(number * 86400000.0));
        const QDateTime at = epoch.addMSecs(ms);
        return ms % 86400000 == 0 ? at.date().toString(Qt::ISODate) : at.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    }
    if (std::floor(number) == number && std::fabs(number) < 1e15)
        return QString::number(static_cast<qint64>(number));
    return QString::number(number, 'g', 15);
}

Result<bool> XlsxReader::next(TableRow& row)
{
    // Reads to the end of the next <row>; the XML reader asks for more of the sheet as it runs out.
    QStringList cells;
    bool inRow = false;
    qint64 rowNumber = 0;
    while (true) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
                continue;
            const QString why =
                m_corrupt ? XlsxText::tr("the sheet's compressed data is damaged") : m_xml.errorString();
            return tl::unexpected(damaged(XlsxText::tr("the sheet near row %1: %2").arg(m_lastRow + 1).arg(why)));
        }
        if (token == QXmlStreamReader::EndDocument)
            return false;
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() == u"row") {
                inRow = true;
                cells.clear();
                const auto r = m_xml.attributes().value("r"_L1);
                rowNumber = r.isEmpty() ? m_lastRow + 1 : r.toLongLong();
            } else if (inRow && m_xml.name() == u"c") {
                const auto a = m_xml.attributes();
                const QString type = a.value("t"_L1).toString();
                const int style = a.value("s"_L1).toInt();
                int col = columnOf(a.value("r"_L1));
                if (col < 0)
                    col = static_cast<int>(cells.size());
                if (col >= 16384)
                    return tl::unexpected(damaged(XlsxText::tr("row %1 has a cell beyond column XFD").arg(rowNumber)));
                QString value;
                QString inlineText;
                while (!m_xml.atEnd()) { // the cell's <v> or <is>
                    const auto t = m_xml.readNext();
                    if (t == QXmlStreamReader::Invalid)
                        break; // reported by the next readNext()
                    if (t == QXmlStreamReader::StartElement && m_xml.name() == u"v")
                        value = m_xml.readElementText();
                    else if (t == QXmlStreamReader::StartElement && m_xml.name() == u"is")
                        inlineText = richText(m_xml);
                    else if (t == QXmlStreamReader::EndElement && m_xml.name() == u"c")
                        break;
                }
                while (cells.size() < col)
                    cells << QString();
                cells << (type == u"inlineStr" ? inlineText : cellText(type, style, value));
            }
        } else if (token == QXmlStreamReader::EndElement && m_xml.name() == u"row" && inRow) {
            m_lastRow = rowNumber;
            while (!cells.isEmpty() && cells.constLast().isEmpty())
                cells.removeLast();
            if (cells.isEmpty()) { // a formatted but empty row
                inRow = false;
                continue;
            }
            row.number = rowNumber;
            row.cells = std::move(cells);
            return true;
        }
    }
}

} // namespace leadops
