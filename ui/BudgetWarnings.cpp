#include "ui/BudgetWarnings.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSettings>
#include <QStringList>

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
    QStringList crossed;
    int highest = 0;
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
        highest = std::max(highest, reached);
        crossed << tr("%1 (%2 %)").arg(c.name, QLocale().toString(used, 'f', 0));
    }
    if (crossed.isEmpty())
        return;
    Q_EMIT warning(crossed.size() == 1
                       ? tr("Campaign %1 has passed %2 % of its budget").arg(crossed.first()).arg(highest)
                       : tr("%n campaign(s) have passed %1 % of their budget: %2", "", int(crossed.size()))
                             .arg(highest)
                             .arg(crossed.join(u", "_s)));
}

} // namespace leadops
