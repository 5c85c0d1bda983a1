# One INTERFACE target carries the language level, warnings and Qt defines; leadops_core links it
# PUBLIC so ui, app and tests inherit the same settings (qBittorrent's qbt_common_cfg pattern).
add_library(leadops_options INTERFACE)
target_compile_features(leadops_options INTERFACE cxx_std_20)
target_compile_definitions(leadops_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060000
    QT_NO_KEYWORDS
    LEADOPS_VERSION="${PROJECT_VERSION}"
    LEADOPS_APP_ID="${LEADOPS_APP_ID}")

if(MSVC)
    target_compile_options(leadops_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(LEADOPS_WERROR)
        target_compile_options(leadops_options INTERFACE /WX)
    endif()
else()
    target_compile_options(leadops_options INTERFACE
        -Wall -Wextra -Wpedantic -Wcast-qual -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
        $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local>)
    if(LEADOPS_WERROR)
        target_compile_options(leadops_options INTERFACE -Werror)
    endif()
endif()

# scripts/test.sh --sanitize: AddressSanitizer and UndefinedBehaviorSanitizer on every target of the
# project (Qt and the other libraries are not instrumented; their calls into our code are checked).
# Any undefined behaviour aborts the test that met it, so ctest reports it as a failure.
option(LEADOPS_SANITIZE "Build with -fsanitize=address,undefined" OFF)
if(LEADOPS_SANITIZE AND NOT MSVC)
    set(_leadops_sanitize -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_compile_options(${_leadops_sanitize})
    add_link_options(${_leadops_sanitize})
endif()

# scripts/coverage.sh: gcov line counts (gcovr reads them).
option(LEADOPS_COVERAGE "Build with --coverage for gcovr" OFF)
if(LEADOPS_COVERAGE AND NOT MSVC)
    add_compile_options(--coverage -O0)
    add_link_options(--coverage)
endif()

# scripts/fuzz.sh: libFuzzer targets (clang). Every target of the project is instrumented for
# coverage-guided fuzzing, with AddressSanitizer and UBSan to turn a bad access into a finding.
option(LEADOPS_FUZZ "Build the libFuzzer targets of tests/fuzz (needs clang)" OFF)
if(LEADOPS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "LEADOPS_FUZZ needs clang (CXX=clang++): libFuzzer is part of clang")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
