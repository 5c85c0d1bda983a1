#pragma once

#include <QIODevice>
#include <QStringList>

namespace leadops {

// Writes RFC 4180 CSV in UTF-8, with a BOM so that Excel reads Cyrillic right. Every cell is
// guarded against formula injection: one that starts with =, +, -, @, a tab or a carriage return
// is written with a leading apostrophe (OWASP's advice), unless it is a normalised phone
// (+77011234567): the contacts are what people export for, and they must read as they are.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& out, bool bom = true);
    void writeRow(const QStringList& cells);
    // Writes what is still buffered; false when the device refused any of what was written.
    bool finish();

    static QString neutralized(const QString& cell);

private:
    QIODevice& m_out;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace leadops
