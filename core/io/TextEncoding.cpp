#include "core/io/TextEncoding.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

template <>
std::span<const EnumText> enumTexts<TextEncoding>()
{
    static constexpr EnumText texts[] = {
        {"utf-8", QT_TRANSLATE_NOOP("TextEncoding", "UTF-8")},
        {"utf-16le", QT_TRANSLATE_NOOP("TextEncoding", "UTF-16 (little-endian)")},
        {"utf-16be", QT_TRANSLATE_NOOP("TextEncoding", "UTF-16 (big-endian)")},
        {"windows-1251", QT_TRANSLATE_NOOP("TextEncoding", "Windows-1251 (Cyrillic)")},
    };
    return texts;
}

QString displayName(TextEncoding value)
{
    return QCoreApplication::translate("TextEncoding",
                                       enumTexts<TextEncoding>()[static_cast<std::size_t>(value)].display);
}

namespace {

// Windows-1251 from 0x80 up (0x98 is unassigned). Written out rather than asked of the platform:
// Qt 6.4 converts it only where it was built with ICU, and Qt's own Windows builds are not.
constexpr std::array<char16_t, 128> kWindows1251 = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, 0x0410,
    0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D,
    0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A,
    0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444,
    0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

QStringDecoder qtDecoder(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE, QStringConverter::Flag::Stateless);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE, QStringConverter::Flag::Stateless);
    default:
        // Stateless: the BOM is skipped by the reader, and a U+FEFF inside stays what it is.
        return QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    }
}

// Whether `bytes` is UTF-8, a sequence cut at the end allowed (the sample ends anywhere).
bool isUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int follow = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            follow = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            follow = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            follow = 3;
        else
            return false;
        for (int k = 1; k <= follow; ++k) {
            if (i + k >= n)
                return true; // cut by the sample's end
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += follow + 1;
    }
    return true;
}

} // namespace

int bomLength(QByteArrayView head, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case TextEncoding::Utf16LE:
        return head.startsWith("\xFF\xFE") ? 2 : 0;
    case TextEncoding::Utf16BE:
        return head.startsWith("\xFE\xFF") ? 2 : 0;
    case TextEncoding::Windows1251:
        return 0;
    }
    return 0;
}

std::optional<DetectedEncoding> detectEncoding(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return DetectedEncoding{TextEncoding::Utf8, 3};
    if (head.startsWith("\xFF\xFE"))
        return DetectedEncoding{TextEncoding::Utf16LE, 2};
    if (head.startsWith("\xFE\xFF"))
        return DetectedEncoding{TextEncoding::Utf16BE, 2};
    if (head.contains('\0'))
        return std::nullopt;
    return DetectedEncoding{isUtf8(head) ? TextEncoding::Utf8 : TextEncoding::Windows1251, 0};
}

TextDecoder::TextDecoder(TextEncoding encoding) : m_encoding(encoding), m_qt(qtDecoder(encoding)) {}

QString TextDecoder::decode(QByteArrayView bytes)
{
    if (m_encoding != TextEncoding::Windows1251)
        return m_qt.decode(bytes);
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char b : bytes) {
        const auto c = static_cast<unsigned char>(b);
        const char16_t u = c < 0x80 ? char16_t(c) : kWindows1251[c - 0x80];
        m_error = m_error || u == 0xFFFD;
        *out++ = QChar(u);
    }
    return text;
}

bool TextDecoder::hasError() const
{
    return m_error || (m_encoding != TextEncoding::Windows1251 && m_qt.hasError());
}

} // namespace leadops
