#pragma once

// What every fuzz target shares: a QCoreApplication (Qt's SQL driver plugins and QDateTime's time
// zones need one) and a way to fail loudly. Each target defines LLVMFuzzerTestOneInput; libFuzzer
// drives it under scripts/fuzz.sh, StandaloneMain.cpp replays the corpus in the normal test suite.

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "leadops-fuzz";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives for the whole process, as libFuzzer's does
}

// A property that must hold for every input: a finding when it does not.
inline void require(bool holds, const char* what)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz property violated: %s\n", what);
        std::abort();
    }
}

} // namespace fuzz
