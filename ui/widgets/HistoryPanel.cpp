#include "ui/widgets/HistoryPanel.h"

#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

HistoryPanel::HistoryPanel(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Details and history"));
}

QString HistoryPanel::actionName(const QString& action)
{
    static const QHash<QString, const char*> names = {
        {u"create"_s, QT_TR_NOOP("Created")},
        {u"create_campaign"_s, QT_TR_NOOP("Created")},
        {u"create_niche"_s, QT_TR_NOOP("Created")},
        {u"add_spend"_s, QT_TR_NOOP("Spend recorded")},
        {u"edit"_s, QT_TR_NOOP("Edited")},
        {u"start"_s, QT_TR_NOOP("Started")},
        {u"pause"_s, QT_TR_NOOP("Paused")},
        {u"resume"_s, QT_TR_NOOP("Resumed")},
        {u"complete"_s, QT_TR_NOOP("Completed")},
        {u"validate"_s, QT_TR_NOOP("Validated")},
        {u"activate"_s, QT_TR_NOOP("Activated")},
        {u"archive"_s, QT_TR_NOOP("Archived")},
        {u"update"_s, QT_TR_NOOP("Changed")},
        {u"delete"_s, QT_TR_NOOP("Removed")},
        {u"reverse_spend"_s, QT_TR_NOOP("Spend reversed")},
    };
    const auto known = names.constFind(action);
    return known == names.cend() ? action : tr(*known);
}

void HistoryPanel::showNothing(const QString& hint)
{
    setHtml(u"<p style='color:gray'>%1</p>"_s.arg(hint.toHtmlEscaped()));
}

void HistoryPanel::showEntity(const QString& title, const QList<QPair<QString, QString>>& facts,
                              const Result<QList<AuditEntry>>& history, const StatusName& statusName)
{
    QString html = u"<h3>%1</h3><table cellspacing='4'>"_s.arg(title.toHtmlEscaped());
    for (const auto& [name, value] : facts)
        html +=
            u"<tr><td style='color:gray'>%1</td><td>%2</td></tr>"_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    html += u"</table><h4>%1</h4><table cellspacing='4'>"_s.arg(tr("History"));
    if (!history) {
        html += u"<tr><td>%1</td></tr>"_s.arg(history.error().message.toHtmlEscaped());
    } else if (history->isEmpty()) {
        html += u"<tr><td style='color:gray'>%1</td></tr>"_s.arg(tr("Nothing recorded yet"));
    } else {
        const QLocale locale;
        // Newest first, as the lead's timeline.
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            const AuditEntry& e = *it;
            const QString change = !e.fromStatus.isEmpty() && e.fromStatus != e.toStatus
                                       ? statusName(e.fromStatus) + u" → "_s + statusName(e.toStatus)
                                   : e.fromStatus.isEmpty() && !e.toStatus.isEmpty() && e.action != u"update"_s
                                       ? actionName(e.action) + u" ("_s + statusName(e.toStatus) + u")"_s
                                       : actionName(e.action);
            const QString who = e.id == 0 ? tr("%1, on the server").arg(e.actor) : e.actor;
            html +=
                u"<tr><td style='color:gray'>%1</td><td>%2</td><td>%3</td><td style='color:gray'>%4</td></tr>"_s.arg(
                    locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), change.toHtmlEscaped(),
                    e.detail.toHtmlEscaped(), who.toHtmlEscaped());
        }
    }
    setHtml(html + u"</table>"_s);
}

} // namespace leadops
