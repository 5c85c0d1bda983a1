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
    LEADOPS_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(leadops_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(LEADOPS_WERROR)
        target_compile_options(leadops_options INTERFACE /WX)
    endif()
else()
    target_compile_options(leadops_options INTERFACE
        -Wall -Wextra -Wpedantic -Wcast-qual -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
        -Wshadow=local)
    if(LEADOPS_WERROR)
        target_compile_options(leadops_options INTERFACE -Werror)
    endif()
endif()
