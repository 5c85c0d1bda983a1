#include "core/io/CsvWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// +7XXXXXXXXXX and other E.164 numbers: the contacts the console stores.
bool isNormalizedPhone(const QString& cell)
{
    if (cell.size() < 8 || cell.size() > 16 || cell.at(0) != u'+')
        return false;
    for (qsizetype i = 1; i < cell.size(); ++i) {
        if (!cell.at(i).isDigit())
            return false;
    }
    return true;
}
} // namespace

CsvWriter::CsvWriter(QIODevice& out, bool bom) : m_out(out)
{
    if (bom)
        m_ok = m_out.write("\xEF\xBB\xBF") == 3;
}

QString CsvWriter::neutralized(const QString& cell)
{
    if (cell.isEmpty() || isNormalizedPhone(cell))
        return cell;
    const QChar first = cell.at(0);
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u"'"_s + cell;
    return cell;
}

void CsvWriter::writeRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        const QString cell = neutralized(cells.at(i));
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
            line += u'"';
            line += QString(cell).replace(u'"', u"\"\""_s);
            line += u'"';
        } else {
            line += cell;
        }
    }
    line += u"\r\n"_s;
    m_buffer += line.toUtf8();
    if (m_buffer.size() >= 256 * 1024) {
        m_ok = m_ok && m_out.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
}

} // namespace leadops

namespace leadops {

bool CsvWriter::finish()
{
    if (!m_buffer.isEmpty())
        m_ok = m_ok && m_out.write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    return m_ok;
}

} // namespace leadops
