#pragma once

#include "core/domain/Lead.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace leadops {

class Clock;
class LeadService;

// Says when follow-ups fall due while the window is open: every `intervalMs` it asks the store for
// open leads whose follow-up came since the last look, and emits due() with them (the window shows
// a tray notification and a status message). Follow-ups already overdue when it starts are not
// announced one by one: the Overdue filter counts them.
class FollowUpNotifier final : public QObject
{
    Q_OBJECT

public:
    FollowUpNotifier(LeadService& leads, const Clock& clock, QObject* parent = nullptr);
    void start(int intervalMs = 15'000);
    // Looks now (also what the timer does).
    void check();

Q_SIGNALS:
    void due(const QList<leadops::Lead>& leads);

private:
    LeadService& m_leads;
    const Clock& m_clock;
    QTimer* m_timer = nullptr;
    QDateTime m_lookedUntil; // follow-ups up to here were announced (or were due before the start)
};

} // namespace leadops
