#include "core/store/SearchIndex.h"

#include "core/obs/Logging.h"
#include "core/store/Database.h"
#include "core/store/SetAsideTriggers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

struct SearchIndexText
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
};

// columnsize=0: no per-row token counts, which only ranking reads (a quarter less CPU building it).
// The triggers keep the index equal to the table: an external-content FTS5 table must be told the
// old text of a row to forget it, which only a trigger sees.
const QStringList& schema()
{
    static const QStringList statements = {
        u"CREATE VIRTUAL TABLE leads_search USING fts5(contact, display_name, content='leads', "
        "content_rowid='rowid', tokenize='trigram', columnsize=0)"_s,
        u"CREATE TRIGGER leads_search_insert AFTER INSERT ON leads BEGIN "
        "INSERT INTO leads_search(rowid, contact, display_name) VALUES (new.rowid, new.contact, new.display_name); "
        "END"_s,
        u"CREATE TRIGGER leads_search_delete AFTER DELETE ON leads BEGIN "
        "INSERT INTO leads_search(leads_search, rowid, contact, display_name) "
        "VALUES ('delete', old.rowid, old.contact, old.display_name); END"_s,
        u"CREATE TRIGGER leads_search_update AFTER UPDATE OF contact, display_name ON leads BEGIN "
        "INSERT INTO leads_search(leads_search, rowid, contact, display_name) "
        "VALUES ('delete', old.rowid, old.contact, old.display_name); "
        "INSERT INTO leads_search(rowid, contact, display_name) VALUES (new.rowid, new.contact, new.display_name); "
        "END"_s,
        u"INSERT INTO leads_search(leads_search) VALUES ('rebuild')"_s,
    };
    return statements;
}

// An FTS5 string: its double quotes doubled. Inside one, every other character is literal.
QString quoted(const QString& text)
{
    QString t = text;
    return u"\""_s + t.replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

qsizetype characters(const QString& text)
{
    return text.toUcs4().size(); // the tokenizer counts code points, not UTF-16 units
}

} // namespace

bool SearchIndex::exists(Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'leads_search'"_s) && q.next();
}

Result<bool> SearchIndex::ensure(Database& db)
{
    if (exists(db))
        return true;
    // Can this SQLite build one at all? A probe in memory, so that a missing module is not mistaken
    // for a failing workspace.
    {
        QSqlQuery probe(db.connection());
        if (!probe.exec(u"CREATE VIRTUAL TABLE temp.leads_search_probe USING fts5(x, tokenize='trigram')"_s)) {
            qCInfo(lcStore) << "no trigram search index (the search scans):" << probe.lastError().text();
            return false;
        }
        probe.exec(u"DROP TABLE temp.leads_search_probe"_s);
    }
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    for (const QString& statement : schema()) {
        if (auto r = db.exec(statement); !r)
            return tl::unexpected(r.error());
    }
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    qCInfo(lcStore) << "built the search index in" << timer.elapsed() << "ms";
    return true;
}

Result<void> SearchIndex::drop(Database& db)
{
    for (const QString& statement :
         {u"DROP TRIGGER IF EXISTS leads_search_insert"_s, u"DROP TRIGGER IF EXISTS leads_search_delete"_s,
          u"DROP TRIGGER IF EXISTS leads_search_update"_s, u"DROP TABLE IF EXISTS leads_search"_s}) {
        if (auto r = db.exec(statement); !r)
            return r;
    }
    return {};
}

SearchIndex::BulkInsert::BulkInsert(Database& db) : m_db(db)
{
    if (!exists(db))
        return;
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT coalesce(max(rowid), 0) FROM leads"_s) || !q.next())
        return;
    const qint64 before = q.value(0).toLongLong();
    q.finish();
    m_trigger = std::make_unique<SetAsideTriggers>(db, QStringList{u"leads_search_insert"_s});
    if (m_trigger->setAside() == 1)
        m_before = before;
}

SearchIndex::BulkInsert::~BulkInsert()
{
    if (m_before)
        (void)finish(); // a transaction that rolls back undoes both; one that commits keeps the index whole
}

Result<void> SearchIndex::BulkInsert::finish()
{
    if (!m_before)
        return {};
    const qint64 before = *m_before;
    m_before.reset();
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO leads_search(rowid, contact, display_name) SELECT rowid, contact, display_name "
              "FROM leads WHERE rowid > ?"_s);
    q.bindValue(0, before);
    if (auto r = m_db.check(q, SearchIndexText::tr("updating the search index")); !r)
        return r;
    return m_trigger->restore();
}

std::optional<QString> SearchIndex::query(const QString& contactTerm, const QString& nameTerm)
{
    if (characters(contactTerm) < 3 || characters(nameTerm) < 3)
        return std::nullopt;
    if (contactTerm == nameTerm)
        return quoted(contactTerm); // either column
    return u"contact : "_s + quoted(contactTerm) + u" OR display_name : "_s + quoted(nameTerm);
}

bool SearchIndex::foldsMoreThanLike(const QString& term)
{
    for (const QChar c : term) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

} // namespace leadops
