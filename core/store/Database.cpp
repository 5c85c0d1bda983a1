#include "Database.h"

#include "Logging.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
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

Result<std::unique_ptr<Database>> Database::open(const QString& filePath)
{
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

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<void> Database::migrate()
{
    const int current = schemaVersion();
    const auto& steps = migrations();
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
    return {};
}

QSqlQuery Database::prepare(const QString& sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qCWarning(lcStore) << "cannot prepare" << sql << q.lastError().text();
    return q;
}

Result<void> Database::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return tl::unexpected(storeError(q, sql));
    return {};
}

Error Database::storeError(const QSqlQuery& query, const QString& doing)
{
    const QSqlError e = query.lastError();
    qCWarning(lcStore) << "store error while" << doing << ":" << e.text();
    return Error{ErrorKind::Store, DatabaseText::tr("The local store failed while %1: %2").arg(doing, e.text()), {}};
}

Result<void> Database::check(QSqlQuery& query, const QString& doing)
{
    if (!query.exec())
        return tl::unexpected(storeError(query, doing));
    return {};
}

Result<void> Database::begin()
{
    // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read lock.
    return exec(u"BEGIN IMMEDIATE"_s);
}

Result<void> Database::commit()
{
    return exec(u"COMMIT"_s);
}

void Database::rollback()
{
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
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

QString isoUtcFromMs(qint64 ms)
{
    // Days to civil date (H. Hinnant's algorithm): QDateTime::toString() costs microseconds per
    // call, which a million-row import pays several times per row.
    qint64 days = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
    qint64 msOfDay = ms - days * 86'400'000;
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 doe = days - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buf[25];
    const auto put = [&buf](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[at + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    buf[4] = '-';
    put(5, month, 2);
    buf[7] = '-';
    put(8, day, 2);
    buf[10] = 'T';
    put(11, msOfDay / 3'600'000, 2);
    buf[13] = ':';
    put(14, msOfDay / 60'000 % 60, 2);
    buf[16] = ':';
    put(17, msOfDay / 1000 % 60, 2);
    buf[19] = '.';
    put(20, msOfDay % 1000, 3);
    buf[23] = 'Z';
    return QString::fromLatin1(buf, 24);
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
