#include "core/sync/WorkspaceRebuild.h"

#include "core/sync/SyncEngine.h"

#include "core/Workspace.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use RebuildText::tr.
struct RebuildText
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceRebuild)
};

QJsonObject objectOf(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

SalvagedOutbox salvageOutbox(const QString& databasePath)
{
    SalvagedOutbox out;
    // A plain read-only connection: Database::openReader would run pragmas that a damaged header
    // may refuse, and nothing here may write to the file.
    const QString name = u"leadops-salvage-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            out.unreadable << RebuildText::tr("the file cannot be opened: %1").arg(db.lastError().text());
        } else {
            QSqlQuery ids(db);
            ids.setForwardOnly(true);
            QList<qint64> idList;
            if (ids.exec(u"SELECT id FROM outbox ORDER BY id"_s)) {
                while (ids.next())
                    idList << ids.value(0).toLongLong();
            }
            if (ids.lastError().isValid())
                out.unreadable << RebuildText::tr("the list of changes is damaged after %n change(s): %1", "",
                                                  static_cast<int>(idList.size()))
                                      .arg(ids.lastError().text());
            QSqlQuery row(db);
            row.setForwardOnly(true);
            row.prepare(u"SELECT mutation_id, entity, entity_id, op, payload, base_updated_at, state, error, theirs, "
                        "attempts, created_at FROM outbox WHERE id = ?"_s);
            for (qint64 id : std::as_const(idList)) {
                row.bindValue(0, id);
                if (!row.exec() || !row.next()) {
                    out.unreadable << RebuildText::tr("change %1: %2").arg(id).arg(row.lastError().text());
                    continue;
                }
                OutboxEntry e;
                e.id = id;
                e.mutationId = row.value(0).toString();
                e.entity = row.value(1).toString();
                e.entityId = row.value(2).toString();
                e.op = row.value(3).toString();
                e.payload = objectOf(row.value(4));
                e.baseUpdatedAt = row.value(5).toString();
                e.state = row.value(6).toString();
                e.error = row.value(7).toString();
                e.theirs = objectOf(row.value(8));
                e.attempts = row.value(9).toInt();
                e.createdAt = row.value(10).toString();
                const bool known = (e.entity == u"lead"_s || e.entity == u"campaign"_s || e.entity == u"niche"_s ||
                                    e.entity == u"note"_s || e.entity == u"spend"_s) &&
                                   (e.op == u"insert"_s || e.op == u"update"_s);
                if (!known || e.payload.isEmpty() || e.mutationId.isEmpty() || e.entityId.isEmpty()) {
                    out.unreadable << RebuildText::tr("change %1: its content is damaged").arg(id);
                    continue;
                }
                out.entries << e;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

Result<RebuildReport> rebuildWorkspace(const QString& directory, PostgrestClient& client)
{
    const QDir dir(directory);
    const QString file = dir.filePath(Workspace::databaseFileName());
    if (!QFile::exists(file))
        return fail(ErrorKind::NotFound, RebuildText::tr("There is no workspace file at %1").arg(file));
    RebuildReport report;
    SalvagedOutbox salvaged = salvageOutbox(file);
    for (const QString& problem : std::as_const(salvaged.unreadable))
        report.lost << problem;

    // Moved aside, never deleted: support may still read more out of it.
    report.damagedCopy = file + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(file + suffix) && !QFile::rename(file + suffix, report.damagedCopy + suffix))
            return fail(ErrorKind::Store, RebuildText::tr("Cannot move the damaged file %1 aside to %2")
                                              .arg(file + suffix, report.damagedCopy + suffix));
    }
    QFile::remove(dir.filePath(Workspace::damageMarkerName()));

    auto ws = Workspace::open(directory);
    if (!ws)
        return tl::unexpected(ws.error());
    Database& db = (*ws)->database();
    SyncEngine engine(db, client);
    const auto pulled = engine.pull();
    if (!pulled)
        return tl::unexpected(pulled.error());
    report.pulled = pulled->pulled;

    ServerRowWriter rows(db);
    Outbox outbox(db);
    for (const OutboxEntry& e : std::as_const(salvaged.entries)) {
        const auto lost = [&](const Error& error) {
            report.lost << RebuildText::tr("change %1 (%2 %3): %4").arg(e.id).arg(e.entity, e.entityId, error.message);
        };
        Transaction tx(db);
        if (!tx.started())
            return tl::unexpected(tx.started().error());
        // The local row as the change left it, then the change queued again on the version it was
        // made from.
        if (auto r = rows.store(e.entity, e.payload); !r) {
            lost(r.error());
            continue;
        }
        if (auto r = outbox.restore(e); !r) {
            lost(r.error());
            continue;
        }
        if (auto r = tx.commit(); !r)
            return tl::unexpected(r.error());
        ++report.requeued;
    }
    return report;
}

} // namespace leadops
