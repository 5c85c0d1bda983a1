// The sync's writer alone, without a server: stores pages of leads saved as JSON files (as
// PostgREST sent them) into a fresh workspace the way the pull does, and prints wall and CPU
// seconds per stage. For profiling the store side; scripts/bench-sync.sh measures the whole sync.
// Usage: bench_sync_store DIR [--snapshot]
//   DIR holds page files *.json of one campaign's leads, as scripts/bench-sync.sh saves them.
//   Without --snapshot the pages are stored as a first pull by updated_at (read indexes dropped,
//   built at the end); with it as a first pull's snapshot, whose pages come in created_at order
//   (the read indexes that follow creation order kept live, the rest built at the end).
//   BENCH_PRAGMAS="threads=2;..." runs pragmas before the index build.
#include "core/store/Database.h"
#include "core/sync/PageWriter.h"

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

// The process's CPU seconds (all threads: the writer runs on its own).
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// Times one stage: wall and CPU seconds.
class Stage
{
public:
    explicit Stage(const char* name) : m_name(name), m_cpu(cpuSeconds()) { m_wall.start(); }
    ~Stage()
    {
        std::printf("%-22s wall_s=%.3f cpu_s=%.3f\n", m_name, double(m_wall.nsecsElapsed()) / 1e9,
                    cpuSeconds() - m_cpu);
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
    const QStringList args = app.arguments();
    const bool snapshot = args.size() == 3 && args.at(2) == u"--snapshot"_s;
    if (args.size() != 2 && !snapshot) {
        std::fprintf(stderr, "usage: bench_sync_store DIR_OF_PAGE_FILES [--snapshot]\n");
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
    (*db)->dropReadIndexes(u"leads"_s, /*keepCreationOrdered=*/snapshot);
    qint64 stored = 0;
    {
        // The pull's own writer thread and commit policy, fed as fast as it takes the pages.
        Stage stage("store pages");
        PageWriter writer((*db)->filePath(), u"lead"_s, /*buildReadIndexes=*/snapshot, {},
                          snapshot ? PullOrder::Snapshot : PullOrder::Changes);
        for (const QByteArray& page : std::as_const(pages)) {
            if (!writer.push(page))
                break;
        }
        const auto report = writer.finish();
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
            return 1;
        }
        stored = report->pulled;
    }
    for (const QString& pragma : qEnvironmentVariable("BENCH_PRAGMAS").split(u';', Qt::SkipEmptyParts))
        (*db)->exec(u"PRAGMA "_s + pragma);
    {
        Stage stage("build read indexes");
        (*db)->ensureReadIndexes();
    }
    std::printf("pages=%lld rows_stored=%lld\n", qint64(pages.size()), stored);
    return 0;
}
