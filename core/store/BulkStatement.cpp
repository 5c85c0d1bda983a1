#include "core/store/BulkStatement.h"

#include "core/obs/Logging.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

#ifdef LEADOPS_SQLITE_DIRECT
#include <sqlite3.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use BulkStatementText::tr.
struct BulkStatementText
{
    Q_DECLARE_TR_FUNCTIONS(BulkStatement)
};

std::atomic<bool> qtSqlOnly{false};

// `sqliteCode`: SQLite's extended result code as text ("2067": a UNIQUE index refused the row).
Error storeFailure(const QString& doing, const QString& detail, const QString& sqliteCode = {})
{
    qCWarning(lcStore) << "store error while" << doing << ":" << detail;
    Error e{ErrorKind::Store, BulkStatementText::tr("The local store failed while %1: %2").arg(doing, detail), {}};
    e.code = sqliteCode;
    return e;
}

} // namespace

#ifdef LEADOPS_SQLITE_DIRECT

struct BulkStatement::Native
{
    sqlite3* db = nullptr;
    sqlite3_stmt* stmt = nullptr;
    QString prepareError;
    ~Native() { sqlite3_finalize(stmt); }
};

namespace {

// The statement prepared through SQLite's C API on the connection Qt opened.
std::unique_ptr<BulkStatement::Native> prepareNative(Database& db, const QString& sql)
{
    auto native = std::make_unique<BulkStatement::Native>();
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        native->prepareError = BulkStatementText::tr("the database driver is not SQLite");
        return native;
    }
    native->db = *static_cast<sqlite3* const*>(handle.constData());
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(native->db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &native->stmt,
                           nullptr) != SQLITE_OK)
        native->prepareError = QString::fromUtf8(sqlite3_errmsg(native->db));
    return native;
}

} // namespace

#else

struct BulkStatement::Native
{};

#endif

bool BulkStatement::direct()
{
#ifdef LEADOPS_SQLITE_DIRECT
    return !qtSqlOnly.load();
#else
    return false;
#endif
}

qint64 BulkStatement::totalChanges(Database& db)
{
#ifdef LEADOPS_SQLITE_DIRECT
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
#if SQLITE_VERSION_NUMBER >= 3037000
        return sqlite3_total_changes64(*static_cast<sqlite3* const*>(handle.constData()));
#else
        return sqlite3_total_changes(*static_cast<sqlite3* const*>(handle.constData()));
#endif
#endif
    QSqlQuery q = db.prepare(u"SELECT total_changes()"_s);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

void BulkStatement::setQtSqlOnly(bool on)
{
    qtSqlOnly = on;
}

BulkStatement::BulkStatement(Database& db, const QString& sql) : m_db(&db)
{
#ifdef LEADOPS_SQLITE_DIRECT
    if (direct()) {
        m_native = prepareNative(db, sql);
        return;
    }
#endif
    m_query = db.prepare(sql);
}

BulkStatement::~BulkStatement() = default;
BulkStatement::BulkStatement(BulkStatement&&) noexcept = default;
BulkStatement& BulkStatement::operator=(BulkStatement&&) noexcept = default;

void BulkStatement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        bindInteger(index, value.toLongLong());
        return;
    case QMetaType::Double:
        bindReal(index, value.toDouble());
        return;
    default:
        break;
    }
#ifdef LEADOPS_SQLITE_DIRECT
    if (m_native) {
        // Copied: the QByteArray below dies with this call.
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(m_native->stmt, index + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        return;
    }
#endif
    m_query.bindValue(index, value.toString());
}

void BulkStatement::bindNull(int index)
{
#ifdef LEADOPS_SQLITE_DIRECT
    if (m_native) {
        sqlite3_bind_null(m_native->stmt, index + 1);
        return;
    }
#endif
    m_query.bindValue(index, QVariant(QMetaType(QMetaType::QString)));
}

void BulkStatement::bindText(int index, std::string_view utf8)
{
#ifdef LEADOPS_SQLITE_DIRECT
    if (m_native) {
        sqlite3_bind_text(m_native->stmt, index + 1, utf8.data(), int(utf8.size()), SQLITE_STATIC);
        return;
    }
#endif
    m_query.bindValue(index, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

void BulkStatement::bindText(int index, const QString& text)
{
#ifdef LEADOPS_SQLITE_DIRECT
    if (m_native) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_native->stmt, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return;
    }
#endif
    m_query.bindValue(index, text);
}

void BulkStatement::bindTextOrNull(int index, const QString& text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bindText(index, text);
}

void BulkStatement::bindTime(int index, const std::optional<QDateTime>& time)
{
    if (time)
        bindText(index, toDbTime(*time));
    else
        bindNull(index);
}

void BulkStatement::bindInteger(int index, qint64 value)
{
#ifdef LEADOPS_SQLITE_DIRECT
    if (m_native) {
        sqlite3_bind_int64(m_native->stmt, index + 1, value);
        return;
    }
#endif
    m_query.bindValue(index, value);
}

void BulkStatement::bindReal(int index, double value)
{
#ifdef LEADOPS_SQLITE_DIRECT
    if (m_native) {
        sqlite3_bind_double(m_native->stmt, index + 1, value);
        return;
    }
#endif
    m_query.bindValue(index, value);
}

Result<qint64> BulkStatement::run(const QString& doing)
{
    m_changedBeforeFailure = 0;
#ifdef LEADOPS_SQLITE_DIRECT
    if (m_native) {
        if (!m_native->stmt)
            return tl::unexpected(storeFailure(doing, m_native->prepareError));
        const int rc = sqlite3_step(m_native->stmt);
        const QString message = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_native->db));
        const int code = sqlite3_extended_errcode(m_native->db);
        sqlite3_reset(m_native->stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            m_changedBeforeFailure = sqlite3_changes(m_native->db);
            return tl::unexpected(storeFailure(doing, message, QString::number(code)));
        }
        return qint64(sqlite3_changes(m_native->db));
    }
#endif
    if (!m_query.exec()) {
        // A failed QSqlQuery reports no rows affected; SQLite's count is still there to ask for.
        QSqlQuery changes = m_db->prepare(u"SELECT changes()"_s);
        if (changes.exec() && changes.next())
            m_changedBeforeFailure = changes.value(0).toLongLong();
        return tl::unexpected(storeFailure(doing, m_query.lastError().text(), m_query.lastError().nativeErrorCode()));
    }
    return qint64(m_query.numRowsAffected());
}

Result<bool> BulkStatement::hasRow(const QString& doing)
{
#ifdef LEADOPS_SQLITE_DIRECT
    if (m_native) {
        if (!m_native->stmt)
            return tl::unexpected(storeFailure(doing, m_native->prepareError));
        const int rc = sqlite3_step(m_native->stmt);
        const QString message =
            rc == SQLITE_DONE || rc == SQLITE_ROW ? QString() : QString::fromUtf8(sqlite3_errmsg(m_native->db));
        const int code = sqlite3_extended_errcode(m_native->db);
        sqlite3_reset(m_native->stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return tl::unexpected(storeFailure(doing, message, QString::number(code)));
        return rc == SQLITE_ROW;
    }
#endif
    if (!m_query.exec())
        return tl::unexpected(storeFailure(doing, m_query.lastError().text(), m_query.lastError().nativeErrorCode()));
    const bool row = m_query.next();
    m_query.finish();
    return row;
}

} // namespace leadops
