#include "ui/FollowUpNotifier.h"

#include "core/services/LeadService.h"
#include "core/util/Clock.h"

#include <QTimer>

namespace leadops {

FollowUpNotifier::FollowUpNotifier(LeadService& leads, const Clock& clock, QObject* parent)
    : QObject(parent), m_leads(leads), m_clock(clock), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &FollowUpNotifier::check);
}

void FollowUpNotifier::start(int intervalMs)
{
    m_lookedUntil = m_clock.now();
    m_timer->start(intervalMs);
}

void FollowUpNotifier::check()
{
    const QDateTime now = m_clock.now();
    if (!m_lookedUntil.isValid() || now <= m_lookedUntil)
        return;
    // The window [last look, now]: the end is included (a follow-up set to "now" is due now).
    const auto found = m_leads.followUpsDue(m_lookedUntil, now.addMSecs(1));
    m_lookedUntil = now.addMSecs(1);
    if (found && !found->isEmpty())
        Q_EMIT due(*found);
}

} // namespace leadops
