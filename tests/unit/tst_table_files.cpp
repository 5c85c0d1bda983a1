// The table readers on real files: the fixtures in tests/data (a Windows-1251 ';' CSV as Russian
// Excel saves it, UTF-8 with a BOM, UTF-16 "Unicode text", an XLSX written by LibreOffice, a cut
// XLSX, a password-protected workbook's header, a binary file) and files written here for the edges.
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/TableReader.h"
#include "core/io/XlsxReader.h"
#include "tests/support/TestData.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

namespace {
// Every row of a file, or the error that stopped reading (as the last "row", prefixed "!").
QList<QStringList> readAll(const QString& path, const TableOptions& options = {}, TableInfo* info = nullptr)
{
    auto reader = openTable(path, options);
    if (!reader)
        return {{u"!"_s + reader.error().message}};
    if (info)
        *info = (*reader)->info();
    QList<QStringList> rows;
    TableRow row;
    while (true) {
        const auto more = (*reader)->next(row);
        if (!more) {
            rows << QStringList{u"!"_s + more.error().message};
            break;
        }
        if (!*more)
            break;
        rows << row.cells;
    }
    return rows;
}

QString write(QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}
} // namespace

class TestTableFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void russianExcelCsvInWindows1251()
    {
        TableInfo info;
        const auto rows = readAll(testData("leads-ru-windows1251.csv"), {}, &info);
        QCOMPARE(info.encoding, TextEncoding::Windows1251);
        QCOMPARE(info.delimiter, QChar(u';'));
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows.at(0), (QStringList{u"Телефон"_s, u"Имя"_s, u"Источник"_s, u"Заметка"_s, u"Дата"_s}));
        QCOMPARE(rows.at(2).at(1), u"ТОО \"Алматы Строй\""_s); // a quote inside an unquoted cell is kept
        QCOMPARE(rows.at(2).at(3), u"Просит счёт; оплата по безналу\r\nперезвонить в пятницу"_s);
        QCOMPARE(rows.at(2).at(4), u"21.11.2026 14:30"_s);
        QCOMPARE(rows.at(3).at(0), u"7.7011234568E10"_s);
        QCOMPARE(rows.at(4).size(), 5); // empty cells at the end are cells
    }

    void utf8WithBomAndUtf16WithBom()
    {
        TableInfo info;
        auto rows = readAll(testData("leads-en-utf8-bom.csv"), {}, &info);
        QCOMPARE(info.encoding, TextEncoding::Utf8);
        QCOMPARE(info.delimiter, QChar(u','));
        QCOMPARE(rows.at(0).at(0), u"Phone"_s); // no BOM glued to the first header
        QCOMPARE(rows.at(1).at(4), u"Asked for a discount, call back"_s);
        rows = readAll(testData("leads-kk-utf16.txt"), {}, &info);
        QCOMPARE(info.encoding, TextEncoding::Utf16LE);
        QCOMPARE(info.delimiter, QChar(u'\t'));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).at(0), u"Телефон нөмірі"_s);
        QCOMPARE(rows.at(1).at(1), u"Әсел Нұрланқызы"_s);
    }

    void xlsxWrittenByLibreOffice()
    {
        TableInfo info;
        const auto rows = readAll(testData("leads-libreoffice.xlsx"), {}, &info);
        QCOMPARE(info.format, TableFormat::Xlsx);
        QCOMPARE(rows.size(), 4); // the empty row is skipped
        QCOMPARE(rows.at(0), (QStringList{u"Телефон"_s, u"Имя"_s, u"Дата"_s, u"Комментарий"_s}));
        QCOMPARE(rows.at(1).at(0), u"77011234567"_s); // a phone stored as a number reads as its digits
        QCOMPARE(rows.at(1).at(2), u"2026-11-20"_s);  // a date cell reads as a date
        QCOMPARE(rows.at(2).at(0), u"+7 702 555 11 22"_s);
        QCOMPARE(rows.at(3), (QStringList{u"@almaty_cars"_s, QString(), QString(), u"Пишет только в Telegram"_s}));
    }

    void refusedFilesSayWhatWasExpected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("cut xlsx") << testData("truncated.xlsx") << u"damaged"_s;
        QTest::newRow("password") << testData("password-protected.xlsx") << u"password-protected"_s;
        QTest::newRow("binary") << testData("not-a-table.csv") << u"not a text table"_s;
        QTest::newRow("missing") << testData("no-such-file.csv") << u"Cannot open"_s;
    }
    void refusedFilesSayWhatWasExpected()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const auto rows = readAll(file);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.at(0).at(0).startsWith(u'!') && rows.at(0).at(0).contains(message), qPrintable(rows.at(0).at(0)));
    }

    void emptyAndBlankFiles()
    {
        QTemporaryDir dir;
        QVERIFY(readAll(write(dir, u"empty.csv"_s, {})).at(0).at(0).contains(u"empty"_s));
        QCOMPARE(readAll(write(dir, u"blank.csv"_s, "\r\n\r\n\n")).size(), 0);
        QCOMPARE(readAll(write(dir, u"header.csv"_s, "Phone;Name")).size(), 1);
    }

    void quotedFieldsAndLineEndings()
    {
        QTemporaryDir dir;
        const auto rows =
            readAll(write(dir, u"q.csv"_s, "a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\n\"multi\rline\",\r\n,\n\nlast,row"));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(1), (QStringList{u"x,1"_s, u"say \"hi\""_s}));
        QCOMPARE(rows.at(2), (QStringList{u"multi\rline"_s, QString()}));
        QCOMPARE(rows.at(3), (QStringList{QString(), QString()}));
        QCOMPARE(rows.at(4), (QStringList{u"last"_s, u"row"_s}));
    }

    void anUnclosedQuoteStopsAtItsRow()
    {
        QTemporaryDir dir;
        const auto rows = readAll(write(dir, u"open.csv"_s, "a;b\n1;2\n\"3;4\n5;6\n"));
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.last().at(0).contains(u"Row 3"_s), qPrintable(rows.last().at(0)));
    }

    void aChosenEncodingThatIsWrongIsReportedAtItsRow()
    {
        QTemporaryDir dir;
        QByteArray bytes = "Phone;Name\n+77011234567;Dana\n";
        bytes += QByteArray("+77011234568;") + QString(u"Ерлан"_s).toUtf8() + "\n";
        bytes += QByteArray("+77011234569;") + "\xc5\xf0\xeb\xe0\xed" + "\n"; // the same name in Windows-1251
        const QString path = write(dir, u"mixed.csv"_s, bytes);
        // Detected from the first 64 KB: not UTF-8 as a whole, so Windows-1251 (and no error)...
        TableInfo info;
        QCOMPARE(readAll(path, {}, &info).size(), 4);
        QCOMPARE(info.encoding, TextEncoding::Windows1251);
        // ...but read as UTF-8 (the user's choice), the Windows-1251 row is named.
        const auto rows = readAll(path, {TextEncoding::Utf8, std::nullopt});
        QCOMPARE(rows.size(), 4);
        QVERIFY2(rows.last().at(0).startsWith(u"!Row 4"_s), qPrintable(rows.last().at(0)));
    }

    void aLargeFileIsReadAsAStream()
    {
        // 40 MB with 64 KB chunks: every row arrives, in order, across chunk boundaries, including
        // a quoted cell with a line break and a CRLF split between two chunks.
        QTemporaryDir dir;
        QFile f(dir.filePath(u"big.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Phone;Note\r\n");
        const int rows = 400'000;
        for (int i = 0; i < rows; ++i)
            f.write(QByteArray("+7701") + QByteArray::number(1'000'000 + i) + ";\"note " + QByteArray::number(i) +
                    "\r\nsecond line; with a delimiter\"" + QByteArray(60, 'x') + "\r\n");
        f.close();
        auto reader = openTable(f.fileName());
        QVERIFY(reader);
        TableRow row;
        int n = -1;
        while (true) {
            const auto more = (*reader)->next(row);
            QVERIFY(more);
            if (!*more)
                break;
            if (n >= 0) {
                QCOMPARE(row.cells.size(), 2);
                QCOMPARE(row.cells.at(0), u"+7701"_s + QString::number(1'000'000 + n));
                QVERIFY(row.cells.at(1).startsWith(u"note "_s + QString::number(n) + u"\r\nsecond"_s));
            }
            ++n;
        }
        QCOMPARE(n, rows);
        QCOMPARE((*reader)->position(), f.size());
    }

    void delimiterDetection()
    {
        QCOMPARE(detectDelimiter(u"a;b;c\n1;2;3\n"), QChar(u';'));
        QCOMPARE(detectDelimiter(u"a,b\n\"1;2\",3\n"), QChar(u','));
        QCOMPARE(detectDelimiter(u"a\tb\n1\t2\n"), QChar(u'\t'));
        QCOMPARE(detectDelimiter(u"phone\n+77011234567\n"), QChar(u','));
        // Russian Excel: ';' with decimal commas in the cells.
        QCOMPARE(detectDelimiter(u"Телефон;Сумма\n+77011234567;1,5\n+77011234568;2,25\n"), QChar(u';'));
    }

    void csvWriterQuotesAndNeutralises()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(buffer);
        csv.writeRow({u"+77011234567"_s, u"=HYPERLINK(\"x\")"_s, u"-1"_s, u"@handle"_s, u"a,b"_s, u"say \"hi\""_s});
        QVERIFY(csv.finish());
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF+77011234567,\"'=HYPERLINK(\"\"x\"\")\",'-1,'@handle,\"a,b\","
                                           "\"say \"\"hi\"\"\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestTableFiles)
#include "tst_table_files.moc"
