#pragma once

#include "core/store/AuditLog.h"
#include "core/store/Outbox.h"

#include "core/domain/Actor.h"
#include "core/domain/Enums.h"
#include "core/domain/Result.h"
#include "core/json/EntityJson.h"

#include <QDateTime>
#include <QString>

namespace leadops {

// The one path of a local change: the entity's row, its audit entry (who, when, from -> to, why)
// and its outbox entry for the server, written together inside the caller's transaction, so a
// change is stored whole or not at all and every service records it the same way. `Store` is the
// entity's store (insert and update of one row).
template <typename Store>
class ChangeWriter
{
public:
    // `entity`: the audit and outbox kind ("lead", "campaign", "niche"); `actor`: who is recorded,
    // and whose role must allow the change: no change is written, or queued for the server, that
    // the actor's role may not make.
    ChangeWriter(Database& db, Store& store, QString entity, const Actor& actor)
        : m_store(store), m_audit(db), m_outbox(db), m_entity(std::move(entity)), m_actor(actor)
    {}

    // A new row: inserted, recorded as "create" into its first status, queued as an insert.
    template <typename Entity>
    Result<void> created(const Entity& entity, const QString& detail, const QDateTime& now)
    {
        if (auto r = allowed(); !r)
            return r;
        if (auto r = m_store.insert(entity); !r)
            return r;
        return record(entity, QStringLiteral("insert"), QStringLiteral("create"), QString(), detail, now);
    }

    // A changed row: updated, recorded as `action` from `before`'s status, queued as an update.
    template <typename Entity>
    Result<void> changed(const Entity& before, const Entity& after, const QString& action, const QString& detail,
                         const QDateTime& now)
    {
        if (auto r = allowed(); !r)
            return r;
        if (auto r = m_store.update(after); !r)
            return r;
        return record(after, QStringLiteral("update"), action, toKey(before.status), detail, now);
    }

    // A changed row that the server changes through another row: a campaign's spent through its
    // ledger entry. The row is updated and recorded as by changed(); the server gets `via` (an
    // insert), and its trigger applies it, so two consoles' spends add up instead of conflicting.
    template <typename Entity>
    Result<void> changedVia(const Entity& before, const Entity& after, const QString& action, const QString& detail,
                            const QDateTime& now, const QString& viaEntity, const QString& viaId,
                            const QJsonObject& viaRow)
    {
        if (auto r = allowed(); !r)
            return r;
        if (auto r = m_store.update(after); !r)
            return r;
        if (auto r = audit(after, action, toKey(before.status), detail, now); !r)
            return r;
        return m_outbox.append(viaEntity, viaId, QStringLiteral("insert"), viaRow, now);
    }

private:
    Result<void> allowed() const
    {
        const auto kind = fromKey<EntityKind>(m_entity);
        return kind ? m_actor.checkCanChange(*kind) : Result<void>{};
    }

    template <typename Entity>
    Result<void> record(const Entity& entity, const QString& op, const QString& action, const QString& from,
                        const QString& detail, const QDateTime& now)
    {
        if (auto r = audit(entity, action, from, detail, now); !r)
            return r;
        // The change waits in the outbox for the server, written with the row: both or neither.
        return m_outbox.append(m_entity, entity.id, op, toRow(entity), now);
    }

    template <typename Entity>
    Result<void> audit(const Entity& entity, const QString& action, const QString& from, const QString& detail,
                       const QDateTime& now)
    {
        return m_audit.record(
            AuditEntry{0, m_entity, entity.id, action, from, toKey(entity.status), detail, m_actor.name(), now});
    }

    Store& m_store;
    AuditLog m_audit;
    Outbox m_outbox;
    QString m_entity;
    const Actor& m_actor;
};

} // namespace leadops
