#pragma once

#include "core/domain/Result.h"

#include <QDate>

#include <functional>

namespace leadops {

class Database;

struct DemoOptions
{
    qint64 leads = 10'000;
    quint32 seed = 42;
    QDate until;    // last day of the generated history (default: today, UTC)
    int months = 9; // how far back the history reaches
};

struct DemoSummary
{
    int niches = 0;
    int campaigns = 0;
    qint64 leads = 0;
    qint64 auditEntries = 0;
};

// Fills an empty workspace with realistic, reproducible data: niches in Almaty, Astana and
// Shymkent, campaigns on OLX/Kaspi/Satu/Telegram in every status, and leads in every status with
// plausible contacts, messages, scores and a consistent audit history. The same seed and `until`
// give the same rows, ids included. Writes in batched transactions so a million leads stay fast
// and memory stays flat.
class DemoGenerator
{
public:
    DemoGenerator(Database& db, DemoOptions options);

    static constexpr qint64 kMaxLeads = 10'000'000;

    // `progress(done, total)` is called after each batch; returning false cancels (the batches
    // already committed stay, and the summary says how many).
    Result<DemoSummary> run(const std::function<bool(qint64, qint64)>& progress = {});

private:
    // A run that was interrupted (its demo_run row says so) is removed, so this one starts afresh.
    Result<void> discardInterruptedRun();

    Database& m_db;
    DemoOptions m_options;
};

} // namespace leadops
