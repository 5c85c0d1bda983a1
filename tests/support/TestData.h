#pragma once

#include <QString>

// A file of tests/data (LEADOPS_TEST_DATA, set by the test's CMake target).
inline QString testData(const char* name)
{
    return QStringLiteral(LEADOPS_TEST_DATA "/") + QString::fromLatin1(name);
}
