#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace leadops {

// A market niche (a category in a city) that is researched, validated and activated.
struct Niche
{
    Q_DECLARE_TR_FUNCTIONS(Niche)

public:
    static constexpr double kMinProfitability = 0.6;         // activate and is_profitable: >=
    static constexpr double kMaxCompetitionToActivate = 0.8; // activate: <
    static constexpr double kMaxCompetitionProfitable = 0.7; // is_profitable: <

    QString id;
    QString name;
    Market market = Market::Almaty;
    QString category;
    NicheStatus status = NicheStatus::Researching;
    double profitabilityScore = 0.0;
    double competitionDensity = 0.0;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> validatedAt;

    static Result<Niche> create(const QString& id, const QString& name, Market market, const QString& category,
                                const QDateTime& now);

    Result<Niche> validate(double profitability, double competition, const QDateTime& now) const;
    // The seed's thresholds on scores alone (for a dialog that shows the verdict as it is typed).
    static bool scoresAllowActivation(double profitability, double competition)
    {
        return profitability >= kMinProfitability && competition < kMaxCompetitionToActivate;
    }
    static bool scoresAreProfitable(double profitability, double competition)
    {
        return profitability >= kMinProfitability && competition < kMaxCompetitionProfitable;
    }
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxCategoryLength = 100;

    bool canActivate() const; // validated AND profitability >= 0.6 AND competition < 0.8
    Result<Niche> activate(const QDateTime& now) const;
    bool isProfitable() const;                         // profitability >= 0.6 AND competition < 0.7
    Result<Niche> pause(const QDateTime& now) const;   // active -> paused
    Result<Niche> archive(const QDateTime& now) const; // any but archived -> archived
    // Renames and re-categorises: not once archived.
    Result<Niche> edit(const QString& name, const QString& category, const QDateTime& now) const;

    bool operator==(const Niche&) const = default;

private:
    Niche changed(NicheStatus to, const QDateTime& now) const;
};

} // namespace leadops
