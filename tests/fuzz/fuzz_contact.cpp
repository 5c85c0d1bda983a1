// The contact normaliser: any text either is refused with a message or becomes a normalised
// contact that normalises to itself and has a kind, a display form and a URL.
#include "tests/fuzz/FuzzSupport.h"

#include "core/domain/Contact.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto contact = leadops::normalizeContact(input);
    if (!contact) {
        fuzz::require(!contact.error().message.isEmpty(), "a refusal says why");
        return 0;
    }
    const auto again = leadops::normalizeContact(contact->value);
    fuzz::require(again.has_value(), "a normalised contact is accepted again");
    fuzz::require(*again == *contact, "normalising is idempotent, kind included");
    fuzz::require(!leadops::displayContact(contact->value).isEmpty(), "a contact has a display form");
    (void)leadops::contactKindOf(contact->value);
    (void)leadops::contactUrl(contact->value);
    return 0;
}
