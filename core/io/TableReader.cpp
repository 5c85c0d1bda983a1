#include "core/io/TableReader.h"

#include "core/io/CsvReader.h"
#include "core/io/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
struct TableText
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
};

constexpr qint64 kSampleBytes = 64 * 1024;

// Splits one line of a sample by `delimiter`, honouring quotes; the number of cells.
int cellsIn(QStringView line, QChar delimiter)
{
    int cells = 1;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == delimiter && !quoted)
            ++cells;
    }
    return cells;
}
} // namespace

QChar detectDelimiter(QStringView sample)
{
    QList<QStringView> lines;
    for (const auto line : sample.tokenize(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            lines << line;
        if (lines.size() == 20)
            break;
    }
    if (lines.size() > 1)
        lines.removeLast(); // the sample may cut the last line short
    QChar best = u',';
    int bestAgree = 0;
    int bestCells = 1;
    for (const QChar candidate : {QChar(u';'), QChar(u','), QChar(u'\t')}) {
        if (lines.isEmpty())
            break;
        const int header = cellsIn(lines.first(), candidate);
        if (header < 2)
            continue;
        int agree = 0;
        for (const auto line : lines)
            agree += cellsIn(line, candidate) == header ? 1 : 0;
        if (agree > bestAgree || (agree == bestAgree && header > bestCells)) {
            best = candidate;
            bestAgree = agree;
            bestCells = header;
        }
    }
    return best;
}

Result<std::unique_ptr<TableReader>> openTable(const QString& path, const TableOptions& options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(ErrorKind::Validation, TableText::tr("Cannot open %1: %2").arg(path, file->errorString()));
    if (QFileInfo(path).isDir())
        return fail(ErrorKind::Validation, TableText::tr("%1 is a folder, not a file").arg(path));
    const QByteArray head = file->peek(kSampleBytes);
    if (head.isEmpty())
        return fail(ErrorKind::Validation, TableText::tr("%1 is empty: there is nothing to import").arg(path));
    if (head.startsWith("PK\x03\x04")) {
        file.reset();
        auto xlsx = XlsxReader::open(path);
        if (!xlsx)
            return tl::unexpected(xlsx.error());
        return std::unique_ptr<TableReader>(std::move(*xlsx));
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return fail(
            ErrorKind::Validation,
            TableText::tr("%1 is a password-protected workbook or an old Excel 97-2003 (.xls) file. Remove the "
                          "password, or save it as .xlsx or CSV, in Excel or LibreOffice, and import that file.")
                .arg(path));
    DetectedEncoding encoding;
    if (options.encoding) {
        encoding = {*options.encoding, bomLength(head, *options.encoding)};
    } else if (const auto detected = detectEncoding(head)) {
        encoding = *detected;
    } else {
        return fail(ErrorKind::Validation,
                    TableText::tr("%1 is not a text table (it holds binary data). Expected a CSV "
                                  "or TSV text file, or an .xlsx workbook.")
                        .arg(path));
    }
    QChar delimiter = options.delimiter.value_or(QChar());
    if (delimiter.isNull()) {
        TextDecoder sample(encoding.encoding);
        delimiter = detectDelimiter(sample.decode(QByteArrayView(head).sliced(encoding.bomLength)));
    }
    return std::unique_ptr<TableReader>(
        std::make_unique<CsvReader>(std::move(file), encoding.encoding, encoding.bomLength, delimiter));
}

} // namespace leadops
