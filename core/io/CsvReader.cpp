#include "core/io/CsvReader.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};
constexpr qint64 kChunk = 64 * 1024;
} // namespace

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, TextEncoding encoding, int bomLength, QChar delimiter)
    : m_device(std::move(device)), m_decoder(encoding), m_delimiter(delimiter)
{
    m_info.format = TableFormat::Csv;
    m_info.encoding = encoding;
    m_info.delimiter = delimiter;
    m_info.fileSize = m_device->size();
    if (bomLength > 0)
        m_bytesRead = m_device->read(bomLength).size();
}

bool CsvReader::readMore()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_device->read(kChunk);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += bytes.size();
    if (m_pos > 0) { // drop what was parsed: the buffer holds at most a record and a chunk
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    m_text += m_decoder.decode(bytes);
    return true;
}

CsvReader::Parse CsvReader::parse(TableRow& row, QString& error)
{
    QStringList cells;
    QString field;
    bool quoted = false;
    bool fieldStart = true;
    bool any = false; // the record has a character besides its line break
    const qsizetype n = m_text.size();
    const QChar* text = m_text.constData();
    qsizetype i = m_pos;
    while (true) {
        if (i >= n) {
            if (!m_eof)
                return Parse::NeedMore;
            if (quoted) {
                error =
                    CsvText::tr("Row %1: a quoted field is never closed: a \" is missing before the end of the file")
                        .arg(m_record + 1);
                return Parse::Record;
            }
            if (!any)
                return Parse::Blank;
            break;
        }
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 >= n && !m_eof)
                    return Parse::NeedMore;
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    i += 2;
                } else {
                    quoted = false;
                    ++i;
                }
            } else {
                field += c;
                ++i;
            }
        } else if (c == u'"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            any = true;
            ++i;
        } else if (c == m_delimiter) {
            cells << field;
            field.clear();
            fieldStart = true;
            any = true;
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r') {
                if (i + 1 >= n && !m_eof)
                    return Parse::NeedMore;
                if (i + 1 < n && text[i + 1] == u'\n')
                    ++i;
            }
            ++i;
            if (!any) { // a blank line
                m_pos = i;
                ++m_record;
                return Parse::Blank;
            }
            break;
        } else {
            field += c;
            fieldStart = false;
            any = true;
            ++i;
        }
        if (i - m_pos > kMaxRecordChars) {
            error = quoted ? CsvText::tr("Row %1: a quoted field runs on for more than a megabyte: a closing \" is "
                                         "probably missing")
                                 .arg(m_record + 1)
                           : CsvText::tr("Row %1 is longer than a megabyte: this does not look like a table of leads")
                                 .arg(m_record + 1);
            return Parse::Record;
        }
        if (cells.size() > kMaxCells) {
            error =
                CsvText::tr("Row %1 has more than %2 cells: is the delimiter right?").arg(m_record + 1).arg(kMaxCells);
            return Parse::Record;
        }
    }
    cells << field;
    m_pos = i;
    ++m_record;
    row.number = m_record;
    row.cells = std::move(cells);
    return Parse::Record;
}

Result<bool> CsvReader::next(TableRow& row)
{
    while (true) {
        if (m_pos >= m_text.size() && !readMore())
            return false;
        QString error;
        const qsizetype before = m_pos;
        switch (parse(row, error)) {
        case Parse::Record:
            if (!error.isEmpty())
                return fail(ErrorKind::Validation, error);
            if (m_decoder.hasError() && row.cells.join(QString()).contains(QChar(QChar::ReplacementCharacter)))
                return fail(ErrorKind::Validation,
                            CsvText::tr("Row %1 is not valid %2: the file mixes encodings, or another encoding was "
                                        "chosen than the one it was saved in")
                                .arg(row.number)
                                .arg(displayName(m_info.encoding)));
            return true;
        case Parse::Blank:
            if (m_pos == before && m_eof) // nothing but blanks up to the end
                return false;
            continue;
        case Parse::NeedMore:
            if (!readMore())
                m_eof = true; // parse again knowing nothing follows
            continue;
        }
    }
}

} // namespace leadops
