#include "core/store/TeamStore.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use TeamStoreText::tr.
struct TeamStoreText
{
    Q_DECLARE_TR_FUNCTIONS(TeamStore)
};
} // namespace

Result<QList<TeamMember>> TeamStore::select(const QString& where, const QVariantList& values)
{
    QSqlQuery q = m_db.prepare(u"SELECT user_id, email, display_name, role, active FROM team_members "_s + where +
                               u" ORDER BY display_name, email"_s);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (auto r = m_db.check(q, TeamStoreText::tr("reading the team")); !r)
        return tl::unexpected(r.error());
    QList<TeamMember> members;
    while (q.next())
        members << TeamMember{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toBool()};
    if (auto r = Database::endOfRows(q, TeamStoreText::tr("reading the team")); !r)
        return tl::unexpected(r.error());
    return members;
}

Result<QList<TeamMember>> TeamStore::list()
{
    return select({}, {});
}

Result<std::optional<TeamMember>> TeamStore::get(const QString& userId)
{
    const auto found = select(u"WHERE user_id = ?"_s, {userId});
    if (!found)
        return tl::unexpected(found.error());
    return found->isEmpty() ? std::optional<TeamMember>() : std::optional<TeamMember>(found->first());
}

Result<std::optional<TeamMember>> TeamStore::findByEmail(const QString& email)
{
    const auto found = select(u"WHERE lower(email) = ?"_s, {email.trimmed().toLower()});
    if (!found)
        return tl::unexpected(found.error());
    return found->isEmpty() ? std::optional<TeamMember>() : std::optional<TeamMember>(found->first());
}

Result<void> TeamStore::replaceAll(const QList<TeamMember>& members)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QSqlQuery clear = m_db.prepare(u"DELETE FROM team_members"_s);
    if (auto r = m_db.check(clear, TeamStoreText::tr("replacing the team")); !r)
        return r;
    for (const TeamMember& m : members) {
        QSqlQuery q = m_db.prepare(
            u"INSERT INTO team_members (user_id, email, display_name, role, active) VALUES (?, ?, ?, ?, ?)"_s);
        q.bindValue(0, m.userId);
        q.bindValue(1, m.email);
        q.bindValue(2, m.displayName);
        q.bindValue(3, m.roleKey);
        q.bindValue(4, m.active);
        if (auto r = m_db.check(q, TeamStoreText::tr("saving team member %1").arg(m.email)); !r)
            return r;
    }
    return tx.commit();
}

} // namespace leadops
