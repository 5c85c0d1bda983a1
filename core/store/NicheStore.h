#pragma once

#include "core/domain/Niche.h"

#include <QList>

#include <optional>

namespace leadops {

class Database;

class NicheStore
{
public:
    explicit NicheStore(Database& db) : m_db(db) {}

    Result<std::optional<Niche>> get(const QString& id);
    Result<void> insert(const Niche& n);
    Result<void> update(const Niche& n);
    Result<QList<Niche>> list();

private:
    Database& m_db;
};

} // namespace leadops
