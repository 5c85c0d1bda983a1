#pragma once

#include "core/domain/Result.h"
#include "core/store/AuditLog.h"

#include <QList>
#include <QPair>
#include <QTextBrowser>

#include <functional>

namespace leadops {

// The detail panel of a campaign or a niche, like the lead's: a few facts, then the history (this
// console's entries and the colleagues' status changes the sync brought, AuditLog::history).
class HistoryPanel final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget* parent = nullptr);

    // `statusName`: a status key's display name for this kind of entity.
    using StatusName = std::function<QString(const QString& statusKey)>;
    void showNothing(const QString& hint);
    void showEntity(const QString& title, const QList<QPair<QString, QString>>& facts,
                    const Result<QList<AuditEntry>>& history, const StatusName& statusName);
    // A campaign's or a niche's action in words ("add_spend" -> "Spend recorded").
    static QString actionName(const QString& action);
};

} // namespace leadops
