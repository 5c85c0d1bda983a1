#include "core/util/Ids.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

QString newUuidV7(const QDateTime& at, QRandomGenerator& random)
{
    const quint64 ms = static_cast<quint64>(at.toMSecsSinceEpoch());
    const quint64 r1 = random.generate64();
    const quint64 r2 = random.generate64();
    const uint data1 = static_cast<uint>(ms >> 16);
    const ushort data2 = static_cast<ushort>(ms & 0xFFFF);
    const ushort data3 = static_cast<ushort>(0x7000 | (r1 & 0x0FFF));     // version 7
    const uchar variant = static_cast<uchar>(0x80 | ((r1 >> 12) & 0x3F)); // RFC 4122 variant
    QUuid uuid(data1, data2, data3, variant, static_cast<uchar>(r1 >> 20), static_cast<uchar>(r2),
               static_cast<uchar>(r2 >> 8), static_cast<uchar>(r2 >> 16), static_cast<uchar>(r2 >> 24),
               static_cast<uchar>(r2 >> 32), static_cast<uchar>(r2 >> 40));
    return uuid.toString(QUuid::WithoutBraces);
}

QString newUuidV7(const QDateTime& at)
{
    // global(): a generator seeded once from the system's, thread-safe. Ids need to be unique, not
    // secret, and system() asks the kernel on every call (an import makes three ids a row).
    return newUuidV7(at, *QRandomGenerator::global());
}

bool looksLikeUuid(const QString& text)
{
    static const QRegularExpression re(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return re.match(text).hasMatch();
}

} // namespace leadops
