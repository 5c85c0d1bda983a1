// The CSV reader: any bytes, read with the delimiter and encoding the first byte picks, end in rows
// or in an error that names a row, never in a crash or a hang; rows are numbered upwards; and what
// it reads as UTF-8 with ',' reads back the same after CsvWriter wrote it (cells the writer guards
// against formulas aside).
#include "tests/fuzz/FuzzSupport.h"

#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"

#include <QBuffer>

namespace {
using leadops::CsvReader;
using leadops::TableRow;
using leadops::TextEncoding;

std::optional<QList<QStringList>> readAll(const QByteArray& bytes, TextEncoding encoding, QChar delimiter)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    CsvReader reader(std::move(buffer), encoding, 0, delimiter);
    QList<QStringList> rows;
    TableRow row;
    qint64 last = 0;
    while (true) {
        const auto more = reader.next(row);
        if (!more) {
            fuzz::require(more.error().message.contains(QLatin1String("Row ")), "an error names its row");
            return std::nullopt;
        }
        if (!*more)
            return rows;
        fuzz::require(row.number > last, "rows are numbered upwards");
        fuzz::require(!row.cells.isEmpty(), "a row has a cell");
        last = row.number;
        rows << row.cells;
    }
}

bool guarded(const QString& cell)
{
    return leadops::CsvWriter::neutralized(cell) != cell;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    static const QChar delimiters[] = {u',', u';', u'\t'};
    static const TextEncoding encodings[] = {TextEncoding::Utf8, TextEncoding::Windows1251, TextEncoding::Utf16LE};
    const QChar delimiter = delimiters[data[0] % 3];
    const TextEncoding encoding = encodings[(data[0] / 3) % 3];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const auto rows = readAll(bytes, encoding, delimiter);
    if (!rows || delimiter != u',' || encoding != TextEncoding::Utf8)
        return 0;
    QList<QStringList> kept;
    for (const QStringList& r : *rows) {
        const bool blank = r.size() == 1 && r.first().isEmpty(); // written as a blank line, skipped
        const bool replaced = r.join(QString()).contains(QChar(QChar::ReplacementCharacter));
        if (!blank && !replaced && std::none_of(r.cbegin(), r.cend(), guarded))
            kept << r;
    }
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    leadops::CsvWriter writer(out, false);
    for (const QStringList& r : kept)
        writer.writeRow(r);
    fuzz::require(writer.finish(), "the writer writes");
    const auto again = readAll(out.data(), TextEncoding::Utf8, u',');
    fuzz::require(again.has_value(), "what was written reads");
    fuzz::require(*again == kept, "rows read back as they were written");
    return 0;
}
