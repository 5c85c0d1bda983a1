#pragma once

// What every fuzz target shares: a QCoreApplication (Qt's SQL driver plugins and QDateTime's time
// zones need one) and a way to fail loudly. Each target defines LLVMFuzzerTestOneInput; libFuzzer
// drives it under scripts/fuzz.sh, StandaloneMain.cpp replays the corpus in the normal test suite.

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "leadops-fuzz";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives for the whole process, as libFuzzer's does
}

// The input as a JSON object, when it is one (the mapper targets have nothing to say about others).
inline std::optional<QJsonObject> jsonObject(const uint8_t* data, size_t size)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    return doc.isObject() ? std::optional<QJsonObject>(doc.object()) : std::nullopt;
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
