#pragma once

#include <QStringList>

#include <vector>

namespace leadops {

// Step N (0-based) takes the schema from version N to N+1; each runs in one transaction.
// Never edit a released step: append a new one.
const std::vector<QStringList>& migrations();

} // namespace leadops
