// The saved-session loader (what the keychain gives back, which may be old, cut or tampered with)
// and the token endpoint's answer: never a crash, and a loaded session saves to the same session.
#include "tests/fuzz/FuzzSupport.h"

#include "core/auth/Session.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const auto object = fuzz::jsonObject(data, size);
    if (!object)
        return 0;
    if (const auto s = leadops::Session::fromJson(*object)) {
        const auto again = leadops::Session::fromJson(s->toJson());
        fuzz::require(again.has_value(), "a saved session loads");
        fuzz::require(again->accessToken == s->accessToken && again->refreshToken == s->refreshToken &&
                          again->expiresAt == s->expiresAt && again->email == s->email && again->role == s->role,
                      "save -> load keeps the session");
    }
    (void)leadops::Session::fromTokenResponse(*object, QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC));
    return 0;
}
