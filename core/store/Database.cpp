#include "core/store/Database.h"

#include "core/obs/Logging.h"
#include "core/store/BulkStatement.h"
#include "core/store/Migrations.h"
#include "core/store/SearchIndex.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use DatabaseText::tr.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

Database::Database(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

Database::~Database()
{
    m_writes.clear(); // its statements before the connection they were prepared on
    m_statements.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::connect(const QString& filePath, const QString& options,
                                                    const QStringList& pragmas)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(ErrorKind::Store, DatabaseText::tr("The SQLite driver of Qt (qsqlite) is not installed"));
    // One connection per Database object: a unique name keeps two workspaces (or two tests) apart.
    const QString name = u"leadops-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(filePath);
    db.setConnectOptions(options);
    std::unique_ptr<Database> self(new Database(db, filePath));
    if (!self->m_db.open())
        return fail(ErrorKind::Store, DatabaseText::tr("Cannot open the workspace database %1: %2")
                                          .arg(QFileInfo(filePath).absoluteFilePath(), self->m_db.lastError().text()));
    for (const QString& pragma : pragmas) {
        if (auto r = self->exec(pragma); !r)
            return tl::unexpected(r.error());
    }
    return self;
}

Result<std::unique_ptr<Database>> Database::open(const QString& filePath, Verify verify)
{
    if (verify == Verify::Quick && QFileInfo::exists(filePath)) {
        const auto damage = findDamage(filePath, false);
        if (!damage)
            return tl::unexpected(damage.error());
        if (!damage->isEmpty())
            return tl::unexpected(
                Error{ErrorKind::Store,
                      DatabaseText::tr("The workspace file %1 is damaged (%2). Nothing was written to it.")
                          .arg(QFileInfo(filePath).absoluteFilePath(), damage->first()),
                      {},
                      0,
                      u"damaged"_s});
    }
    // WAL lets the window read while a CLI or sync writes; NORMAL is durable across application
    // crashes in WAL mode (only an OS crash may lose the last commits). 8 KiB pages (a new file
    // only; an existing one keeps its size): over 1,000,000 leads most desktop steps took 5-13 %
    // less time than with 4 KiB (docs/architecture.md) and a first sync's writer about 10 %.
    auto self = connect(filePath, u"QSQLITE_BUSY_TIMEOUT=5000"_s,
                        {u"PRAGMA page_size=8192"_s, u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                         u"PRAGMA foreign_keys=ON"_s, u"PRAGMA cache_size=-32768"_s, u"PRAGMA temp_store=MEMORY"_s});
    if (!self)
        return self;
    if (auto r = (*self)->migrate(); !r)
        return tl::unexpected(r.error());
    if (auto r = (*self)->ensureReadIndexes(); !r)
        return tl::unexpected(r.error());
    if (auto r = SearchIndex::ensure(**self); !r)
        return tl::unexpected(r.error());
    return self;
}

Result<std::unique_ptr<Database>> Database::openReader(const QString& filePath)
{
    return connect(filePath, u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s,
                   {u"PRAGMA cache_size=-32768"_s, u"PRAGMA temp_store=MEMORY"_s});
}

Result<std::unique_ptr<Database>> Database::openWriter(const QString& filePath)
{
    return connect(filePath, u"QSQLITE_BUSY_TIMEOUT=5000"_s,
                   {u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA temp_store=MEMORY"_s});
}

Result<QStringList> Database::findDamage(const QString& filePath, bool full)
{
    if (!QFileInfo(filePath).isFile())
        return fail(ErrorKind::NotFound, DatabaseText::tr("There is no workspace file at %1").arg(filePath));
    auto db = connect(filePath, u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s, {});
    if (!db)
        return QStringList{db.error().message};
    QStringList findings;
    QSqlQuery q((*db)->m_db);
    q.setForwardOnly(true);
    const int version = (*db)->schemaVersion();
    if (version < 0 || version > static_cast<int>(migrations().size()))
        findings << DatabaseText::tr("schema version %1 is outside 0…%2").arg(version).arg(migrations().size());
    // Bounded: a badly damaged file can list thousands of problems; the first 20 say enough.
    if (!q.exec(full ? u"PRAGMA integrity_check(20)"_s : u"PRAGMA quick_check(20)"_s)) {
        findings << q.lastError().text();
        return findings;
    }
    while (q.next()) {
        // One row may hold several findings, a line each.
        for (const QString& line : q.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (line != u"ok"_s && !line.startsWith(u"*** in database"_s))
                findings << line;
        }
    }
    if (q.lastError().isValid())
        findings << q.lastError().text();
    return findings;
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return kUnreadableVersion;
    return q.value(0).toInt();
}

Result<void> Database::migrate()
{
    const int current = schemaVersion();
    const auto& steps = migrations();
    if (current < 0)
        return tl::unexpected(Error{ErrorKind::Store,
                                    DatabaseText::tr("The workspace %1 has schema version %2, which no LeadOps Console "
                                                     "ever wrote: the file is damaged or not a workspace")
                                        .arg(m_path)
                                        .arg(current),
                                    {},
                                    0,
                                    u"damaged"_s});
    if (current > static_cast<int>(steps.size()))
        return fail(ErrorKind::Store,
                    DatabaseText::tr(
                        "The workspace %1 has schema version %2, newer than this LeadOps Console understands (%3); "
                        "update the console")
                        .arg(m_path)
                        .arg(current)
                        .arg(steps.size()));
    for (int version = current; version < static_cast<int>(steps.size()); ++version) {
        Transaction tx(*this);
        if (!tx.started())
            return tl::unexpected(tx.started().error());
        for (const QString& statement : steps[static_cast<std::size_t>(version)]) {
            if (auto r = exec(statement); !r)
                return tl::unexpected(r.error());
        }
        if (auto r = exec(u"PRAGMA user_version=%1"_s.arg(version + 1)); !r)
            return tl::unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return r;
        qCInfo(lcStore) << "migrated" << m_path << "to schema version" << version + 1;
    }
    return {};
}

Result<void> Database::ensureReadIndexes()
{
    for (const ReadIndex& index : readIndexes()) {
        if (auto r = exec(index.ddl); !r)
            return r;
    }
    return {};
}

Result<void> Database::dropReadIndexes(const QString& table, bool keepCreationOrdered)
{
    for (const ReadIndex& index : readIndexes()) {
        if (index.table != table || (keepCreationOrdered && index.followsCreation))
            continue;
        if (auto r = exec(u"DROP INDEX IF EXISTS "_s + index.name); !r)
            return r;
    }
    if (table != u"leads"_s)
        return {};
    QStringList sortIndexes;
    QSqlQuery q = prepare(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' AND "
                          "substr(name, 1, ?) = ?"_s);
    const QString prefix = QString::fromUtf16(kLeadSortIndexPrefix);
    q.bindValue(0, prefix.size());
    q.bindValue(1, prefix);
    if (auto r = check(q, DatabaseText::tr("listing indexes")); !r)
        return r;
    while (q.next())
        sortIndexes << q.value(0).toString();
    for (const QString& name : std::as_const(sortIndexes)) {
        if (auto r = exec(u"DROP INDEX IF EXISTS \""_s + name + u"\""_s); !r)
            return r;
    }
    return {};
}

QSqlQuery Database::prepare(const QString& sql)
{
    if (m_caching) {
        if (const auto it = m_statements.constFind(sql); it != m_statements.cend())
            return *it;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qCWarning(lcStore) << "cannot prepare" << sql << q.lastError().text();
    if (m_caching)
        m_statements.insert(sql, q);
    return q;
}

qint64 Database::totalChanges()
{
    return BulkStatement::totalChanges(*this);
}

BulkStatement& Database::statement(const QString& sql)
{
    auto it = m_writes.find(sql);
    if (it == m_writes.end())
        it = m_writes.emplace(sql, std::make_unique<BulkStatement>(*this, sql)).first;
    return *it->second;
}

Result<void> Database::exec(const QString& sql)
{
    if (m_caching) { // the savepoints of an import's every row
        QSqlQuery q = prepare(sql);
        if (!q.exec())
            return tl::unexpected(storeError(q, sql));
        return {};
    }
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return tl::unexpected(storeError(q, sql));
    return {};
}

Error Database::storeError(const QSqlQuery& query, const QString& doing)
{
    const QSqlError e = query.lastError();
    qCWarning(lcStore) << "store error while" << doing << ":" << e.text();
    // SQLite's primary result codes (the driver reports extended ones too: the low byte is primary).
    const int code = e.nativeErrorCode().toInt() & 0xff;
    Error error{ErrorKind::Store, {}, {}};
    if (code == 11 || code == 26) { // SQLITE_CORRUPT, SQLITE_NOTADB
        error.code = u"damaged"_s;
        error.message =
            DatabaseText::tr("The workspace file is damaged (%1, while %2). Nothing was changed.").arg(e.text(), doing);
    } else if (code == 13) { // SQLITE_FULL
        error.code = u"disk_full"_s;
        error.message =
            DatabaseText::tr("The disk is full: nothing was changed while %1. Free some space and try again")
                .arg(doing);
    } else {
        error.message = DatabaseText::tr("The local store failed while %1: %2").arg(doing, e.text());
    }
    return error;
}

Result<void> Database::endOfRows(const QSqlQuery& query, const QString& doing)
{
    // next() returns false both at the end and on an error (a damaged page): tell them apart, so a
    // damaged file never reads as a shorter list.
    if (query.lastError().isValid())
        return tl::unexpected(storeError(query, doing));
    return {};
}

Error Database::damagedRow(const QString& table, const QString& id, const QString& column, const QString& value)
{
    qCWarning(lcStore) << "unreadable value in" << table << id << column;
    return Error{ErrorKind::Store,
                 DatabaseText::tr("The workspace file is damaged: %1 %2 has an unreadable %3 ('%4'). Nothing was "
                                  "changed.")
                     .arg(table, id, column, value.left(40)),
                 {},
                 0,
                 u"damaged"_s};
}

Result<void> Database::check(QSqlQuery& query, const QString& doing)
{
    if (!query.exec())
        return tl::unexpected(storeError(query, doing));
    return {};
}

Result<void> Database::begin()
{
    if (m_depth > 0) {
        m_changesAtInnerBegin << totalChanges();
        ++m_depth;
        return {};
    }
    // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read lock.
    if (auto r = exec(u"BEGIN IMMEDIATE"_s); !r)
        return r;
    m_depth = 1;
    m_innerFailedHalfway = false;
    m_changesAtInnerBegin.clear();
    return {};
}

Result<void> Database::commit()
{
    if (m_depth > 1) {
        --m_depth;
        m_changesAtInnerBegin.removeLast();
        return {};
    }
    m_depth = 0;
    if (m_innerFailedHalfway) {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return fail(ErrorKind::Store,
                    DatabaseText::tr("A change failed after it was partly written, so nothing of this "
                                     "transaction was kept (see the log for the failure)"));
    }
    return exec(u"COMMIT"_s);
}

void Database::rollback()
{
    if (m_depth > 1) {
        --m_depth;
        if (totalChanges() != m_changesAtInnerBegin.takeLast()) {
            qCWarning(lcStore) << "a change inside a transaction failed after writing part of itself: the whole "
                                  "transaction will roll back";
            m_innerFailedHalfway = true;
        }
        return;
    }
    m_depth = 0;
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

Transaction::Transaction(Database& db) : m_db(db), m_started(db.begin()) {}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

Result<void> Transaction::commit()
{
    m_done = true;
    return m_db.commit();
}

TempInFiles::TempInFiles(Database& db) : m_db(db), m_started(db.exec(u"PRAGMA temp_store=FILE"_s)) {}

TempInFiles::~TempInFiles()
{
    if (m_started)
        (void)m_db.exec(u"PRAGMA temp_store=MEMORY"_s);
}

QString toDbTime(const QDateTime& t)
{
    return isoUtcFromMs(t.toMSecsSinceEpoch());
}

QVariant toDbTime(const std::optional<QDateTime>& t)
{
    return t ? QVariant(toDbTime(*t)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime fromDbTime(const QVariant& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

std::optional<QDateTime> optionalFromDbTime(const QVariant& v)
{
    if (v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    return fromDbTime(v);
}

} // namespace leadops
