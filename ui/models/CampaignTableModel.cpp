#include "ui/models/CampaignTableModel.h"

#include "core/services/CampaignService.h"
#include "core/services/NicheService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

QString displayMoney(Money minorUnits)
{
    return QLocale().toString(moneyToDouble(minorUnits), 'f', minorUnits % 100 == 0 ? 0 : 2) + u" ₸"_s;
}

namespace {

// `nicheNames` is the model's own map, filled by each reload before the rows are shown.
QList<EntityColumn<Campaign>> campaignColumns(const QHash<QString, QString>& nicheNames)
{
    const auto money = [](Money (*amount)(const Campaign&)) -> EntityColumn<Campaign> {
        return {nullptr, [amount](const Campaign& c) { return QVariant(displayMoney(amount(c))); },
                [amount](const Campaign& c) { return QVariant(amount(c)); }, true};
    };
    const auto named = [](const char* header, EntityColumn<Campaign> column) {
        column.header = header;
        return column;
    };
    // Amber from 80 %, red from 95 %: the budget is about to run out.
    const auto warning = [](const Campaign& c, int role) -> QVariant {
        if (role != Qt::ForegroundRole || c.status == CampaignStatus::Completed)
            return {};
        if (c.budgetUtilization() >= 95.0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (c.budgetUtilization() >= 80.0)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    };
    return {
        {QT_TRANSLATE_NOOP("CampaignTableModel", "Campaign"), [](const Campaign& c) { return QVariant(c.name); }, {}},
        {QT_TRANSLATE_NOOP("CampaignTableModel", "Niche"),
         [&nicheNames](const Campaign& c) { return QVariant(nicheNames.value(c.nicheId, c.nicheId)); },
         [&nicheNames](const Campaign& c) { return QVariant(nicheNames.value(c.nicheId)); }},
        {QT_TRANSLATE_NOOP("CampaignTableModel", "Platform"),
         [](const Campaign& c) { return QVariant(displayName(c.platform)); },
         [](const Campaign& c) { return QVariant(toKey(c.platform)); }},
        {QT_TRANSLATE_NOOP("CampaignTableModel", "Status"),
         [](const Campaign& c) { return QVariant(displayName(c.status)); },
         [](const Campaign& c) { return QVariant(static_cast<int>(c.status)); }},
        named(QT_TRANSLATE_NOOP("CampaignTableModel", "Budget"), money([](const Campaign& c) { return c.budget; })),
        named(QT_TRANSLATE_NOOP("CampaignTableModel", "Spent"), money([](const Campaign& c) { return c.spent; })),
        named(QT_TRANSLATE_NOOP("CampaignTableModel", "Remaining"),
              money([](const Campaign& c) { return c.remainingBudget(); })),
        {QT_TRANSLATE_NOOP("CampaignTableModel", "Used"),
         [](const Campaign& c) {
             return QVariant(QString(QLocale().toString(c.budgetUtilization(), 'f', 1) + u" %"_s));
         },
         [](const Campaign& c) { return QVariant(c.budgetUtilization()); }, true, warning},
        {QT_TRANSLATE_NOOP("CampaignTableModel", "Started"),
         [](const Campaign& c) {
             return QVariant(c.startedAt ? QLocale().toString(c.startedAt->toLocalTime(), QLocale::ShortFormat)
                                         : QString());
         },
         [](const Campaign& c) { return QVariant(c.startedAt.value_or(QDateTime())); }},
    };
}

} // namespace

CampaignTableModel::CampaignTableModel(CampaignService& campaigns, NicheService& niches, QObject* parent)
    : EntityTableModel<Campaign>(
          "CampaignTableModel", campaignColumns(m_nicheNames),
          [this, &campaigns, &niches] {
              m_nicheNames.clear();
              if (const auto list = niches.list()) {
                  for (const auto& n : *list)
                      m_nicheNames.insert(n.id, n.name);
              }
              return campaigns.list();
          },
          parent)
{
    connect(&campaigns, &CampaignService::campaignCreated, this, [this](const Campaign& c) { apply(c); });
    connect(&campaigns, &CampaignService::campaignChanged, this, [this](const Campaign& c) { apply(c); });
    connect(&niches, &NicheService::nicheChanged, this, [this] { reload(); }); // a renamed niche
    reload();
}

} // namespace leadops
