#include "core/store/WorkspaceOwner.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

Result<std::optional<WorkspaceOwner>> WorkspaceOwnerStore::get()
{
    QSqlQuery q =
        m_db.prepare(u"SELECT project_url, user_id, email, role, bound_at FROM workspace_owner WHERE id = 1"_s);
    if (auto r = m_db.check(q, QCoreApplication::translate("WorkspaceOwner", "reading whose workspace this is")); !r)
        return tl::unexpected(r.error());
    if (!q.next())
        return std::optional<WorkspaceOwner>();
    return std::optional<WorkspaceOwner>(
        WorkspaceOwner{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
}

Result<WorkspaceOwner> WorkspaceOwnerStore::bind(const WorkspaceOwner& owner)
{
    const auto current = get();
    if (!current)
        return tl::unexpected(current.error());
    if (*current && !(*current)->sameUser(owner.userId))
        return tl::unexpected(Error{
            ErrorKind::Rule,
            QCoreApplication::translate("WorkspaceOwner",
                                        "This workspace belongs to %1 at %2; %3 at %4 gets a workspace of their own, "
                                        "so that one user's changes are never sent under another's name")
                .arg((*current)->email, (*current)->projectUrl, owner.email, owner.projectUrl),
            u"one_workspace_per_user"_s, 0, u"other_owner"_s});
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO workspace_owner (id, project_url, user_id, email, role, bound_at) VALUES (1, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET email = excluded.email, role = excluded.role"_s);
    q.bindValue(0, owner.projectUrl);
    q.bindValue(1, owner.userId);
    q.bindValue(2, owner.email);
    q.bindValue(3, owner.role);
    q.bindValue(4, owner.boundAt.toUTC().toString(Qt::ISODateWithMs));
    if (auto r = m_db.check(q, QCoreApplication::translate("WorkspaceOwner", "recording whose workspace this is")); !r)
        return tl::unexpected(r.error());
    WorkspaceOwner stored = owner;
    if (*current)
        stored.boundAt = (*current)->boundAt;
    return stored;
}

} // namespace leadops
