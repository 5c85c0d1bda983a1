#pragma once

#include "core/domain/Note.h"

#include <QList>

#include <optional>

namespace leadops {

class Database;

// The notes on leads (lead_notes), as the sync keeps them: a removed note is deleted here.
class NoteStore
{
public:
    explicit NoteStore(Database& db) : m_db(db) {}

    Result<std::optional<Note>> get(const QString& id);
    Result<QList<Note>> forLead(const QString& leadId); // newest first
    Result<void> insert(const Note& note);
    Result<void> update(const Note& note);
    Result<void> remove(const QString& id);

private:
    Database& m_db;
};

} // namespace leadops
