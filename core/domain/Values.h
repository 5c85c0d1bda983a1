#pragma once

#include "core/domain/Result.h"

#include <QString>

namespace leadops {

// Money is held in minor units (tiyn, 1/100 tenge) so that spend adds up exactly and
// "spent >= budget" never depends on floating-point rounding.
using Money = qint64;

constexpr Money kMaxMoney = 1'000'000'000'000'00LL; // one trillion tenge, far above any campaign

// Scores and ratios (a lead's qualification score, a niche's profitability and competition).
constexpr double kMinScore = 0.0;
constexpr double kMaxScore = 1.0;

// Parses "150000", "150000.5", "150 000,50" into minor units; at most two decimals.
Result<Money> parseMoney(const QString& text);
QString formatMoney(Money minorUnits); // "150000.50", locale-independent (CLI, JSON, CSV)
double moneyToDouble(Money minorUnits);

// Parses a score or ratio in [0, 1] ("0.85", "0,85"); `what` names it in the error message.
Result<double> parseUnitInterval(const QString& text, const QString& what);
Result<double> checkUnitInterval(double value, const QString& what);

// Names, categories and reasons are shown in tables, terminals, CSV files and other people's
// screens: a control character (ESC, BEL, CR, a tab, …) or a bidirectional override in them is
// refused, saying which and where. `what` names the field in the message.
Result<void> checkPlainText(const QString& text, const QString& what);

// Parses a positive integer count such as --leads or --limit.
Result<qint64> parsePositiveInt(const QString& text, const QString& what, qint64 max);

} // namespace leadops
