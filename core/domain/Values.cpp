#include "core/domain/Values.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use ValuesText::tr.
struct ValuesText
{
    Q_DECLARE_TR_FUNCTIONS(Values)
};
} // namespace

Result<Money> parseMoney(const QString& text)
{
    QString t = text.trimmed();
    t.remove(u' ').remove(u'\u00a0').remove(u'_');
    t.replace(u',', u'.');
    static const QRegularExpression re(u"^(-?)(\\d{1,13})(?:\\.(\\d{1,2}))?$"_s);
    const auto m = re.match(t);
    if (!m.hasMatch())
        return fail(ErrorKind::Validation,
                    ValuesText::tr("Amount '%1' is not a number of tenge: expected digits with at most two decimals, "
                                   "as in 150000 or 2500.50")
                        .arg(text));
    const Money whole = m.captured(2).toLongLong();
    const QString frac = m.captured(3);
    Money minor = whole * 100 + (frac.isEmpty() ? 0 : (frac.size() == 1 ? frac.toLongLong() * 10 : frac.toLongLong()));
    if (!m.captured(1).isEmpty())
        minor = -minor;
    if (minor > kMaxMoney || minor < -kMaxMoney)
        return fail(ErrorKind::Validation,
                    ValuesText::tr("Amount '%1' is too large: at most 1000000000000 tenge").arg(text));
    return minor;
}

QString formatMoney(Money minorUnits)
{
    const Money absolute = minorUnits < 0 ? -minorUnits : minorUnits;
    return (minorUnits < 0 ? u"-"_s : QString()) + QString::number(absolute / 100) + u'.' +
           QString::number(absolute % 100).rightJustified(2, u'0');
}

double moneyToDouble(Money minorUnits)
{
    return static_cast<double>(minorUnits) / 100.0;
}

Result<double> checkUnitInterval(double value, const QString& what)
{
    if (!std::isfinite(value) || value < kMinScore || value > kMaxScore)
        return fail(ErrorKind::Validation,
                    ValuesText::tr("%1 must lie between 0 and 1 inclusive, got %2").arg(what, QString::number(value)));
    return value;
}

Result<double> parseUnitInterval(const QString& text, const QString& what)
{
    QString t = text.trimmed();
    t.replace(u',', u'.');
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || t.isEmpty())
        return fail(
            ErrorKind::Validation,
            ValuesText::tr("%1 '%2' is not a number: expected a decimal between 0 and 1, as in 0.75").arg(what, text));
    return checkUnitInterval(value, what);
}

Result<void> checkPlainText(const QString& text, const QString& what)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control || bidi)
            return fail(ErrorKind::Validation,
                        ValuesText::tr("%1 contains a control character (U+%2 at position %3): only printable text "
                                       "on one line is allowed")
                            .arg(what, QString::number(u, 16).toUpper().rightJustified(4, u'0'))
                            .arg(i + 1));
    }
    return {};
}

Result<qint64> parsePositiveInt(const QString& text, const QString& what, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 1 || value > max)
        return fail(ErrorKind::Validation, ValuesText::tr("%1 '%2' is not valid: expected a whole number from 1 to %3")
                                               .arg(what, text, QString::number(max)));
    return value;
}

} // namespace leadops
