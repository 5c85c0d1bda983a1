#include "core/store/NoteStore.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use NoteStoreText::tr.
struct NoteStoreText
{
    Q_DECLARE_TR_FUNCTIONS(NoteStore)
};

const QString kColumns = u"id, lead_id, author_id, body, created_at, updated_at"_s;

Note noteFrom(const QSqlQuery& q)
{
    return Note{q.value(0).toString(), q.value(1).toString(),  q.value(2).toString(),
                q.value(3).toString(), fromDbTime(q.value(4)), fromDbTime(q.value(5))};
}
} // namespace

Result<std::optional<Note>> NoteStore::get(const QString& id)
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM lead_notes WHERE id = ?"_s);
    q.bindValue(0, id);
    if (auto r = m_db.check(q, NoteStoreText::tr("reading note %1").arg(id)); !r)
        return tl::unexpected(r.error());
    return q.next() ? std::optional<Note>(noteFrom(q)) : std::optional<Note>();
}

Result<QList<Note>> NoteStore::forLead(const QString& leadId)
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns +
                               u" FROM lead_notes WHERE lead_id = ? ORDER BY created_at DESC, id DESC"_s);
    q.bindValue(0, leadId);
    if (auto r = m_db.check(q, NoteStoreText::tr("reading the notes of lead %1").arg(leadId)); !r)
        return tl::unexpected(r.error());
    QList<Note> notes;
    while (q.next())
        notes << noteFrom(q);
    if (auto r = Database::endOfRows(q, NoteStoreText::tr("reading notes")); !r)
        return tl::unexpected(r.error());
    return notes;
}

Result<void> NoteStore::insert(const Note& n)
{
    QSqlQuery q = m_db.prepare(u"INSERT INTO lead_notes ("_s + kColumns + u") VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, n.id);
    q.bindValue(1, n.leadId);
    q.bindValue(2, n.authorId);
    q.bindValue(3, n.body);
    q.bindValue(4, toDbTime(n.createdAt));
    q.bindValue(5, toDbTime(n.updatedAt));
    return m_db.check(q, NoteStoreText::tr("saving note %1").arg(n.id));
}

Result<void> NoteStore::update(const Note& n)
{
    QSqlQuery q = m_db.prepare(u"UPDATE lead_notes SET body = ?, updated_at = ? WHERE id = ?"_s);
    q.bindValue(0, n.body);
    q.bindValue(1, toDbTime(n.updatedAt));
    q.bindValue(2, n.id);
    return m_db.check(q, NoteStoreText::tr("updating note %1").arg(n.id));
}

Result<void> NoteStore::remove(const QString& id)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM lead_notes WHERE id = ?"_s);
    q.bindValue(0, id);
    return m_db.check(q, NoteStoreText::tr("removing note %1").arg(id));
}

} // namespace leadops
