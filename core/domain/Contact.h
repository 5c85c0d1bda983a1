#pragma once

#include "core/domain/Result.h"

#include <QString>
#include <QUrl>

namespace leadops {

enum class ContactKind { Phone, Telegram, Email };

struct Contact
{
    ContactKind kind = ContactKind::Phone;
    QString value; // normalised: +7XXXXXXXXXX, @handle (lower case) or name@domain (lower case)

    bool operator==(const Contact&) const = default;
};

// Normalises a Kazakh/Russian phone to E.164, a Telegram handle (or t.me link) to @handle, or an
// e-mail address; anything else is refused with a message that says what was expected. Two inputs
// that name the same person ("8 (701) 123-45-67", "+7 701 123 4567") normalise to the same value.
Result<Contact> normalizeContact(const QString& input);

// How a person reads a normalised contact: "+7 701 123 45 67" for phones, the value otherwise.
QString displayContact(const QString& normalized);

// The kind of an already normalised contact.
ContactKind contactKindOf(const QString& normalized);
// What opens the contact: tel:+77011234567, https://t.me/handle or mailto:name@example.kz.
QUrl contactUrl(const QString& normalized);

} // namespace leadops
