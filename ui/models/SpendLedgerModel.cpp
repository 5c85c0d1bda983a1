#include "ui/models/SpendLedgerModel.h"

#include "core/services/CampaignService.h"
#include "core/store/TeamStore.h"
#include "ui/models/CampaignTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString syncText(const QString& state)
{
    if (state == u"sent"_s)
        return SpendLedgerModel::tr("Sent");
    if (state == u"local"_s)
        return SpendLedgerModel::tr("On this computer only");
    if (state == u"pending"_s)
        return SpendLedgerModel::tr("Waiting to sync");
    if (state == u"failed"_s)
        return SpendLedgerModel::tr("Refused by the server: see File ▸ Sync conflicts");
    return SpendLedgerModel::tr("In conflict: see File ▸ Sync conflicts");
}

QList<EntityColumn<LedgerLine>> ledgerColumns(const SpendLedgerModel& model, const QHash<QString, QString>& authors)
{
    // A correction is read in red; a reversed spend in grey: it no longer counts.
    const auto tone = [](const LedgerLine& l, int role) -> QVariant {
        if (role != Qt::ForegroundRole)
            return {};
        if (l.isCorrection())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (!l.reversedBy.isEmpty())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    };
    // Named before the list: GCC 12 stops with an internal compiler error (nothrow_spec_p) when the
    // first EntityColumn<LedgerLine> of a file is built inside the list's braces.
    EntityColumn<LedgerLine> effect{QT_TRANSLATE_NOOP("SpendLedgerModel", "Effect"),
                                    [&model](const LedgerLine& l) { return QVariant(model.effectText(l)); },
                                    {},
                                    false,
                                    tone};
    return {
        {QT_TRANSLATE_NOOP("SpendLedgerModel", "When"), [](const LedgerLine& l) { return QVariant(when(l.at)); },
         [](const LedgerLine& l) { return QVariant(l.at); }},
        {QT_TRANSLATE_NOOP("SpendLedgerModel", "Amount"),
         [](const LedgerLine& l) {
             return QVariant(QString((l.isCorrection() ? u"−"_s : u"+"_s) + displayMoney(l.amount)));
         },
         [](const LedgerLine& l) { return QVariant(l.effect()); }, true, tone},
        {QT_TRANSLATE_NOOP("SpendLedgerModel", "Spent after"),
         [](const LedgerLine& l) { return QVariant(displayMoney(l.spentAfter)); },
         [](const LedgerLine& l) { return QVariant(l.spentAfter); }, true},
        effect,
        {QT_TRANSLATE_NOOP("SpendLedgerModel", "Recorded by"),
         [&authors](const LedgerLine& l) { return QVariant(authors.value(l.author, l.author)); },
         {}},
        {QT_TRANSLATE_NOOP("SpendLedgerModel", "Server"),
         [](const LedgerLine& l) { return QVariant(syncText(l.syncState)); },
         [](const LedgerLine& l) { return QVariant(l.syncState); }},
        {QT_TRANSLATE_NOOP("SpendLedgerModel", "Note"), [](const LedgerLine& l) { return QVariant(l.note); }, {}},
    };
}

} // namespace

SpendLedgerModel::SpendLedgerModel(CampaignService& campaigns, TeamStore& team, QString campaignId, QObject* parent)
    : EntityTableModel<LedgerLine>(
          "SpendLedgerModel", ledgerColumns(*this, m_authors),
          [this, &campaigns, &team, campaignId] {
              m_authors.clear();
              if (const auto members = team.list()) {
                  for (const TeamMember& m : *members)
                      m_authors.insert(m.userId, m.label());
              }
              auto lines = campaigns.spending(campaignId);
              m_recordedAt.clear();
              if (lines) {
                  for (const LedgerLine& l : std::as_const(*lines))
                      m_recordedAt.insert(l.id, l.at);
              }
              return lines;
          },
          parent)
{
    reload();
}

QString SpendLedgerModel::effectText(const LedgerLine& l) const
{
    QStringList parts;
    if (l.isCorrection()) {
        const auto spendAt = m_recordedAt.constFind(l.reverses);
        parts << (spendAt == m_recordedAt.cend() ? tr("Reverses a spend")
                                                 : tr("Reverses the spend of %1").arg(when(*spendAt)));
    } else if (!l.reversedBy.isEmpty()) {
        parts << tr("Reversed");
    }
    if (l.completedCampaign())
        parts << tr("Completed the campaign");
    else if (l.statusAfter != l.statusBefore)
        parts << tr("Campaign back to %1").arg(displayName(l.statusAfter));
    return parts.join(u"; "_s);
}

} // namespace leadops
