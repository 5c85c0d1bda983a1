#include "core/domain/SpendEntry.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

Result<QString> SpendEntry::checkNote(const QString& note)
{
    const QString trimmed = note.trimmed();
    if (trimmed.size() > kMaxNoteLength)
        return fail(
            ErrorKind::Validation,
            tr("The spend note is %1 characters long: at most %2 are kept").arg(trimmed.size()).arg(kMaxNoteLength),
            u"spend_note"_s);
    if (auto r = checkPlainText(trimmed, tr("Spend note")); !r)
        return tl::unexpected(Error{r.error().kind, r.error().message, u"spend_note"_s});
    return trimmed;
}

} // namespace leadops
