#include "ui/BudgetWarnings.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSettings>
#include <QStringList>

#include <functional>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

BudgetWarnings::BudgetWarnings(QString scope, QObject* parent) : QObject(parent)
{
    // A short key per workspace: QSettings keys should not carry a whole path.
    m_scope = QString::fromLatin1(QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

void BudgetWarnings::check(const QList<Campaign>& campaigns)
{
    QSettings settings;
    settings.beginGroup(u"budgetWarnings/"_s + m_scope);
    // By threshold: a campaign at 85 % is never listed as past 95 %.
    std::map<int, QStringList, std::greater<>> crossed;
    for (const Campaign& c : campaigns) {
        if (c.status != CampaignStatus::Active && c.status != CampaignStatus::Paused)
            continue;
        const double used = c.budgetUtilization();
        int reached = 0;
        for (int t : kThresholds)
            reached = used >= t ? t : reached;
        const int told = settings.value(c.id, 0).toInt();
        if (reached <= told) {
            if (reached < told)
                settings.setValue(c.id, reached); // back under (a budget raised): the warning may come again
            continue;
        }
        settings.setValue(c.id, reached);
        crossed[reached] << tr("%1 (%2 %)").arg(c.name, QLocale().toString(used, 'f', 0));
    }
    QStringList sentences;
    for (const auto& [threshold, names] : crossed)
        sentences << (names.size() == 1
                          ? tr("Campaign %1 has passed %2 % of its budget").arg(names.first()).arg(threshold)
                          : tr("%n campaign(s) have passed %1 % of their budget: %2", "", int(names.size()))
                                .arg(threshold)
                                .arg(names.join(u", "_s)));
    if (!sentences.isEmpty())
        Q_EMIT warning(sentences.join(u". "_s));
}

} // namespace leadops
