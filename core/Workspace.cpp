#include "core/Workspace.h"

#include "core/obs/Logging.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "core/store/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

Workspace::~Workspace() = default;

QString Workspace::defaultDirectory()
{
    static const QString settled = [] {
        const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/workspace"_s;
        const QString roaming = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspace"_s;
        const auto moved = moveFromRoaming(roaming, local);
        if (!moved) {
            qCWarning(lcStore).noquote() << moved.error().message;
            return roaming;
        }
        return local;
    }();
    return settled;
}

Result<bool> Workspace::moveFromRoaming(const QString& from, const QString& to)
{
    const QString source = QDir::cleanPath(QDir(from).absolutePath());
    const QString target = QDir::cleanPath(QDir(to).absolutePath());
    if (source == target || !QFileInfo::exists(source + u'/' + databaseFileName()))
        return false;
    if (QFileInfo::exists(target) && !QDir(target).isEmpty()) {
        qCWarning(lcStore) << "a workspace is in both" << source << "and" << target << "- the second is used";
        return false;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(ErrorKind::Store, QCoreApplication::translate("Workspace", "Cannot create the folder %1")
                                          .arg(QFileInfo(target).absolutePath()));
    QDir().rmdir(target); // an empty one would stop the rename
    // One rename: the database, its journal and the logs move together or not at all.
    if (!QDir().rename(source, target))
        return fail(ErrorKind::Store,
                    QCoreApplication::translate("Workspace", "Cannot move the workspace from %1 to %2: move the "
                                                             "folder by hand, or start with --workspace %1")
                        .arg(source, target));
    qCInfo(lcStore) << "moved the workspace from" << source << "to" << target;
    return true;
}

QString Workspace::databaseFileName()
{
    return u"leadops.sqlite"_s;
}

QString Workspace::damageMarkerName()
{
    return u"DAMAGED"_s;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& directory, const Clock* clock, const QString& actor,
                                                   bool verifyIntegrity)
{
    const QString dir = QDir(directory).absolutePath();
    if (!QDir().mkpath(dir))
        return fail(ErrorKind::Store,
                    QCoreApplication::translate("Workspace", "Cannot create the workspace folder %1").arg(dir));
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_directory = dir;
    if (!clock) {
        ws->m_ownClock = std::make_unique<SystemClock>();
        clock = ws->m_ownClock.get();
    }
    ws->m_clock = clock;
    ws->m_localUserName =
        actor.isEmpty() ? qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", u"local"_s)) : actor;
    ws->m_actor = Actor::localUser(ws->m_localUserName);
    // Once found damaged, a workspace stays refused (not only right after the unclean end that
    // found it) until `workspace check` finds it healthy or `workspace rebuild` replaces it.
    const QString damagedMarker = QDir(dir).filePath(damageMarkerName());
    const bool knownDamaged = QFileInfo::exists(damagedMarker);
    auto db = Database::open(QDir(dir).filePath(databaseFileName()),
                             verifyIntegrity || knownDamaged ? Database::Verify::Quick : Database::Verify::None);
    if (!db) {
        if (db.error().code == u"damaged"_s) {
            QFile marker(damagedMarker);
            if (marker.open(QIODevice::WriteOnly))
                marker.write(db.error().message.toUtf8());
        }
        return tl::unexpected(db.error());
    }
    if (knownDamaged)
        QFile::remove(damagedMarker);
    ws->m_db = std::move(*db);
    ws->m_niches = std::make_unique<NicheService>(*ws->m_db, *clock, ws->m_actor);
    ws->m_campaigns = std::make_unique<CampaignService>(*ws->m_db, *clock, ws->m_actor);
    ws->m_leads = std::make_unique<LeadService>(*ws->m_db, *clock, ws->m_actor);
    return ws;
}

} // namespace leadops
