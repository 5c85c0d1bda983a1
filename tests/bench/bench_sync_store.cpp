// The sync's writer alone, without a server: stores pages of leads saved as JSON files (as
// PostgREST sent them) into a fresh workspace the way the pull does, and prints wall and CPU
// seconds per stage. For profiling the store side; scripts/bench-sync.sh measures the whole sync.
// Usage: bench_sync_store DIR   (DIR holds page files *.json of one campaign's leads, as
// scripts/bench-sync.sh saves them; BENCH_PRAGMAS="threads=2;..." runs pragmas before the index build)
#include "store/Database.h"
#include "sync/PulledRowStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

namespace {

// This thread's CPU seconds (0 where the platform has no per-thread clock).
double threadCpuSeconds()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
#else
    return 0;
#endif
}

// Times one stage: wall and this thread's CPU seconds.
class Stage
{
public:
    explicit Stage(const char* name) : m_name(name), m_cpu(threadCpuSeconds()) { m_wall.start(); }
    ~Stage()
    {
        std::printf("%-22s wall_s=%.3f cpu_s=%.3f\n", m_name, double(m_wall.nsecsElapsed()) / 1e9,
                    threadCpuSeconds() - m_cpu);
    }

private:
    const char* m_name;
    double m_cpu;
    QElapsedTimer m_wall;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: bench_sync_store DIR_OF_PAGE_FILES\n");
        return 2;
    }
    const QDir dir(app.arguments().at(1));
    QList<QByteArray> pages;
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        pages << file.readAll();
    }
    QTemporaryDir tmp;
    auto db = Database::open(tmp.filePath(u"bench.sqlite"_s));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    (*db)->exec(u"PRAGMA cache_size=-131072"_s);
    (*db)->exec(u"PRAGMA foreign_keys=OFF"_s); // as the pull's writer: the server checked them
    (*db)->dropReadIndexes(u"leads"_s);
    SyncReport report;
    {
        Stage stage("store pages");
        PulledRowStore store(**db, u"lead"_s);
        for (const QByteArray& page : std::as_const(pages)) {
            if (auto r = store.store(page, report); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                return 1;
            }
            if (store.uncommitted() >= SyncEngine::kRowsPerTransaction)
                store.commit();
        }
        store.commit();
    }
    for (const QString& pragma : qEnvironmentVariable("BENCH_PRAGMAS").split(u';', Qt::SkipEmptyParts))
        (*db)->exec(u"PRAGMA "_s + pragma);
    {
        Stage stage("build read indexes");
        (*db)->ensureReadIndexes();
    }
    std::printf("pages=%lld rows_stored=%lld\n", qint64(pages.size()), report.pulled);
    return 0;
}
