#include "core/util/IsoTime.h"

namespace leadops {

QString isoUtcFromMs(qint64 ms)
{
    // Days to civil date (H. Hinnant's algorithm).
    qint64 days = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
    qint64 msOfDay = ms - days * 86'400'000;
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 doe = days - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buf[25];
    const auto put = [&buf](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[at + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    buf[4] = '-';
    put(5, month, 2);
    buf[7] = '-';
    put(8, day, 2);
    buf[10] = 'T';
    put(11, msOfDay / 3'600'000, 2);
    buf[13] = ':';
    put(14, msOfDay / 60'000 % 60, 2);
    buf[16] = ':';
    put(17, msOfDay / 1000 % 60, 2);
    buf[19] = '.';
    put(20, msOfDay % 1000, 3);
    buf[23] = 'Z';
    return QString::fromLatin1(buf, 24);
}

} // namespace leadops
