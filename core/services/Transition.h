#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Result.h"
#include "core/store/ChangeWriter.h"
#include "core/store/Database.h"
#include "core/util/Ids.h"

#include <QCoreApplication>

namespace leadops {

// Checks that `id` is a well-formed UUID; `what` names the entity in the message.
inline Result<QString> checkId(const QString& id, const QString& what)
{
    const QString trimmed = id.trimmed().toLower();
    if (!looksLikeUuid(trimmed))
        return fail(ErrorKind::Validation,
                    QCoreApplication::translate("Services", "%1 id '%2' is not valid: expected a UUID such as "
                                                            "0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b")
                        .arg(what, id));
    return trimmed;
}

// Loads an entity, applies one rule and stores the result with `write(before, after)`, all in one
// transaction: either everything is stored or nothing is. The role is checked before anything is
// read.
template <typename Entity, typename Store, typename Rule, typename Write>
Result<Entity> applyChange(Database& db, Store& store, const QString& entityKind, const QString& what,
                           const QString& rawId, const Actor& actor, Rule&& rule, Write&& write)
{
    // The role first: an analyst hears that analysts change nothing, not which status was wrong.
    if (const auto kind = fromKey<EntityKind>(entityKind); kind) {
        if (auto allowed = actor.checkCanChange(*kind); !allowed)
            return tl::unexpected(allowed.error());
    }
    const auto id = checkId(rawId, what);
    if (!id)
        return tl::unexpected(id.error());
    Transaction tx(db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    const auto current = store.get(*id);
    if (!current)
        return tl::unexpected(current.error());
    if (!*current)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("Services", "No %1 with id %2").arg(what, *id));
    const Result<Entity> next = rule(**current);
    if (!next)
        return next;
    if (auto r = write(**current, *next); !r)
        return tl::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    return next;
}

// applyChange with the one path of a local change (ChangeWriter): row, audit entry, outbox entry.
// Every service action on one entity goes through here.
template <typename Entity, typename Store, typename Rule>
Result<Entity> applyTransition(Database& db, Store& store, const QString& entityKind, const QString& what,
                               const QString& rawId, const QString& action, const Actor& actor, const QDateTime& now,
                               Rule&& rule, const QString& detail = {})
{
    return applyChange<Entity>(
        db, store, entityKind, what, rawId, actor, std::forward<Rule>(rule),
        [&](const Entity& before, const Entity& after) {
            return ChangeWriter(db, store, entityKind, actor).changed(before, after, action, detail, now);
        });
}

// Reads one entity by id, with the same id check and not-found message as the actions.
template <typename Entity, typename Store>
Result<Entity> loadEntity(Store& store, const QString& what, const QString& rawId)
{
    const auto id = checkId(rawId, what);
    if (!id)
        return tl::unexpected(id.error());
    const auto found = store.get(*id);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("Services", "No %1 with id %2").arg(what, *id));
    return **found;
}

} // namespace leadops
