#pragma once

#include "core/domain/Enums.h"

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace leadops {

// The encodings a table file from this market comes in: Excel's "CSV UTF-8" (with a BOM), plain
// UTF-8, "Unicode text" (UTF-16 with a BOM), and the Russian-locale "CSV" (Windows-1251).
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1251 };
template <>
std::span<const EnumText> enumTexts<TextEncoding>();

QString displayName(TextEncoding value);

struct DetectedEncoding
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; // bytes to skip before the text
};

// From the first bytes of a file: a BOM decides; otherwise valid UTF-8 is UTF-8 and anything else
// Windows-1251. Empty when the bytes are not text at all (NUL bytes without a UTF-16 BOM).
std::optional<DetectedEncoding> detectEncoding(QByteArrayView head);
// The BOM length of `encoding` at the start of `head` (0 when there is none).
int bomLength(QByteArrayView head, TextEncoding encoding);

// Decodes a byte stream chunk by chunk (a character split across chunks is kept for the next).
// Bytes that are not valid in the encoding become U+FFFD and set hasError().
class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding);
    QString decode(QByteArrayView bytes);
    bool hasError() const;

private:
    TextEncoding m_encoding;
    QStringDecoder m_qt; // UTF-8 and UTF-16
    bool m_error = false;
};

} // namespace leadops
