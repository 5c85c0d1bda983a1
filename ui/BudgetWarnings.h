#pragma once

#include "core/domain/Campaign.h"

#include <QList>
#include <QObject>
#include <QString>

namespace leadops {

// Tells the marketer when a running campaign's spend passes 80 % and 95 % of its budget: once per
// threshold and campaign (remembered in QSettings under the workspace's key, across restarts), all
// the campaigns that crossed since the last look in one message.
class BudgetWarnings final : public QObject
{
    Q_OBJECT

public:
    // `scope`: what keeps two workspaces' memories apart (the workspace's directory).
    explicit BudgetWarnings(QString scope, QObject* parent = nullptr);
    static constexpr int kThresholds[] = {80, 95};
    // Looks at the campaigns (active or paused) and warns of those past a threshold not told yet.
    void check(const QList<Campaign>& campaigns);

Q_SIGNALS:
    // "Campaign X has spent 96 % of its budget", or for several "3 campaigns have passed …".
    void warning(const QString& text);

private:
    QString m_scope;
};

} // namespace leadops
