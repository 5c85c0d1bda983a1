#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Niche.h"
#include "core/store/AuditLog.h"
#include "core/store/NicheStore.h"

#include <QObject>

namespace leadops {

class Clock;
class Database;

// The marketer's niche workflows: research, validate with two scores, activate, pause, archive.
class NicheService final : public QObject
{
    Q_OBJECT

public:
    // `actor` is the workspace's: who is recorded, and whose role must allow each change.
    NicheService(Database& db, const Clock& clock, const Actor& actor, QObject* parent = nullptr);

    Result<Niche> create(const QString& name, Market market, const QString& category);
    Result<Niche> get(const QString& id);
    Result<QList<Niche>> list();
    Result<QList<AuditEntry>> history(const QString& id);

    Result<Niche> validate(const QString& id, double profitability, double competition);
    Result<Niche> activate(const QString& id);
    Result<Niche> pause(const QString& id);
    Result<Niche> archive(const QString& id);
    Result<Niche> edit(const QString& id, const QString& name, const QString& category);

Q_SIGNALS:
    void nicheCreated(const leadops::Niche& niche);
    void nicheChanged(const leadops::Niche& niche);

private:
    template <typename Rule>
    Result<Niche> transition(const QString& id, const QString& action, Rule&& rule, const QString& detail = {});

    Database& m_db;
    const Clock& m_clock;
    const Actor& m_actor;
    NicheStore m_store;
    AuditLog m_audit;
};

} // namespace leadops
