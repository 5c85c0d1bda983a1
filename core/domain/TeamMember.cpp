#include "core/domain/TeamMember.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

QString TeamMember::label() const
{
    if (displayName.isEmpty() || displayName == email)
        return email;
    return u"%1 <%2>"_s.arg(displayName, email);
}

} // namespace leadops
