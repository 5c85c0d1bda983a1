#include "ui/models/NicheTableModel.h"

#include "core/services/NicheService.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

QList<EntityColumn<Niche>> nicheColumns()
{
    // The tooltip says on every cell whether the niche is profitable, by the rule's numbers.
    // A score means something once the niche was researched; before, the column says so.
    const auto score = [](double Niche::*field) {
        return [field](const Niche& n) -> QVariant {
            return n.status != NicheStatus::Researching ? QLocale().toString(n.*field, 'f', 2) : u"—"_s;
        };
    };
    const auto toolTip = [](const Niche& n, int role) -> QVariant {
        if (role != Qt::ToolTipRole || n.status == NicheStatus::Researching)
            return {};
        return (n.isProfitable() ? NicheTableModel::tr("Profitable: profitability ≥ %1 and competition < %2")
                                 : NicheTableModel::tr("Not profitable: needs profitability ≥ %1 and competition < %2"))
            .arg(Niche::kMinProfitability)
            .arg(Niche::kMaxCompetitionProfitable);
    };
    return {
        {QT_TRANSLATE_NOOP("NicheTableModel", "Niche"),
         [](const Niche& n) { return QVariant(n.name); },
         {},
         false,
         toolTip},
        {QT_TRANSLATE_NOOP("NicheTableModel", "Market"), [](const Niche& n) { return QVariant(displayName(n.market)); },
         [](const Niche& n) { return QVariant(toKey(n.market)); }, false, toolTip},
        {QT_TRANSLATE_NOOP("NicheTableModel", "Category"),
         [](const Niche& n) { return QVariant(n.category); },
         {},
         false,
         toolTip},
        {QT_TRANSLATE_NOOP("NicheTableModel", "Status"), [](const Niche& n) { return QVariant(displayName(n.status)); },
         [](const Niche& n) { return QVariant(static_cast<int>(n.status)); }, false, toolTip},
        {QT_TRANSLATE_NOOP("NicheTableModel", "Profitability"), score(&Niche::profitabilityScore),
         [](const Niche& n) { return QVariant(n.profitabilityScore); }, true, toolTip},
        {QT_TRANSLATE_NOOP("NicheTableModel", "Competition"), score(&Niche::competitionDensity),
         [](const Niche& n) { return QVariant(n.competitionDensity); }, true, toolTip},
        {QT_TRANSLATE_NOOP("NicheTableModel", "Validated"),
         [](const Niche& n) {
             return QVariant(n.validatedAt ? QLocale().toString(n.validatedAt->toLocalTime(), QLocale::ShortFormat)
                                           : QString());
         },
         [](const Niche& n) { return QVariant(n.validatedAt.value_or(QDateTime())); }, false, toolTip},
    };
}

} // namespace

NicheTableModel::NicheTableModel(NicheService& service, QObject* parent)
    : EntityTableModel<Niche>(
          "NicheTableModel", nicheColumns(), [&service] { return service.list(); }, parent)
{
    connect(&service, &NicheService::nicheCreated, this, [this](const Niche& n) { apply(n); });
    connect(&service, &NicheService::nicheChanged, this, [this](const Niche& n) { apply(n); });
    reload();
}

} // namespace leadops
