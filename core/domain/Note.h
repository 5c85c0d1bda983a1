#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace leadops {

// What was said: a note a sales manager writes on a lead. Not a change of the lead (any sales
// manager may note any lead); its author may correct or remove it for kEditMinutes, after that it
// is history (the server's check_lead_note_edit says the same).
struct Note
{
    Q_DECLARE_TR_FUNCTIONS(Note)

public:
    static constexpr int kMaxBodyLength = 4000;
    static constexpr int kEditMinutes = 15;

    QString id;
    QString leadId;
    QString authorId; // a team member's user id
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The body as kept: trimmed, 1 to kMaxBodyLength characters, lines and tabs allowed, no other
    // control characters. Rule "note".
    static Result<QString> checkBody(const QString& body);
    static Result<Note> create(const QString& id, const QString& leadId, const QString& authorId, const QString& body,
                               const QDateTime& now);
    // Whether `userId` may still correct or remove it at `now` (rule "note_edit").
    Result<void> checkEditable(const QString& userId, const QDateTime& now) const;
    Result<Note> edited(const QString& userId, const QString& body, const QDateTime& now) const;

    bool operator==(const Note&) const = default;
};

} // namespace leadops
