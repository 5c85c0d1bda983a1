#pragma once

#include "core/util/EnumKeys.h"

#include <QString>

#include <tl/expected.hpp>

namespace leadops {

// What went wrong, in words a user can act on. Nothing above core sees a QSqlError or a raw HTTP
// status: the store and the clients translate them into one of these kinds.
enum class ErrorKind {
    Rule,       // a business rule refused the action (exit code 1)
    Validation, // the input is malformed or out of range (exit code 1)
    NotFound,   // no such entity
    Duplicate,  // the entity already exists (e.g. the same contact in a campaign)
    Store,      // the local SQLite store failed
    Network,
    Http,
    Auth,
    Conflict,
    Decode,
};
template <>
std::span<const EnumText> enumTexts<ErrorKind>();

struct Error
{
    ErrorKind kind = ErrorKind::Validation;
    QString message; // translated, fit to show to users
    QString rule;    // the rule that refused, e.g. "can_qualify"; empty when no rule applies
    // Set for errors that came from a server (PostgREST, Supabase Auth); empty otherwise.
    int httpStatus = 0;
    QString code{}; // PostgREST/PostgreSQL code ("PGRST301", "42501") or Auth error_code
    QString details{};
    QString hint{};

    bool operator==(const Error&) const = default;
};

// The server could not be reached or gave no definite answer: no connection, a dropped or cut
// response (a Decode error that came with an HTTP status), a timeout, 408, 429 or any 5xx (a
// proxy's HTML 502 included). Nothing was refused: the same request may go out again later, so a
// change that met one stays pending and the caller reports "offline", never "refused".
inline bool isTransient(const Error& e)
{
    return e.kind == ErrorKind::Network || (e.kind == ErrorKind::Decode && e.httpStatus > 0) || e.httpStatus == 408 ||
           e.httpStatus == 429 || e.httpStatus >= 500;
}

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(ErrorKind kind, QString message, QString rule = {})
{
    return tl::unexpected<Error>(Error{kind, std::move(message), std::move(rule)});
}

} // namespace leadops
