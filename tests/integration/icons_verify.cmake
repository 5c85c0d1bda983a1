# The icons drawn at build time hold every size each platform asks for, and the Windows resource
# files (icon and version) compile. Tools: icotool (icoutils), icns2png (icnsutils) and windres
# (binutils-mingw-w64), all from scripts/install-deps.sh.
# cmake -DICO=… -DICNS=… -DRC_DIR=… -DVERSION=… -P icons_verify.cmake
execute_process(COMMAND icotool -l "${ICO}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "icotool: ${err}")
endif()
foreach(size 16 24 32 48 64 128 256)
    if(NOT out MATCHES "--width=${size} --height=${size} --bit-depth=32")
        message(FATAL_ERROR "leadops.ico has no ${size}x${size} image:\n${out}")
    endif()
endforeach()
execute_process(COMMAND icns2png -l "${ICNS}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "icns2png: ${err}")
endif()
foreach(type ic07 ic08 ic09 ic10 ic11 ic12 ic13 ic14 icp4 icp5 icp6)
    if(NOT out MATCHES "'${type}'")
        message(FATAL_ERROR "leadops.icns has no '${type}' image:\n${out}")
    endif()
endforeach()
# libicns decodes the large PNG entries: each is the size its type names.
foreach(entry "'ic08' 256x256" "'ic09' 512x512" "'ic10' 1024x1024")
    if(NOT out MATCHES "${entry} 32-bit icon")
        message(FATAL_ERROR "leadops.icns: ${entry} is not a 32-bit image:\n${out}")
    endif()
endforeach()
foreach(exe leadops leadops-cli)
    # The host's C preprocessor stands in for the MinGW compiler's (the .rc includes no headers).
    execute_process(COMMAND x86_64-w64-mingw32-windres --preprocessor=cpp "${RC_DIR}/${exe}.rc" -O coff
                            -o "${RC_DIR}/${exe}.res"
                    RESULT_VARIABLE code ERROR_VARIABLE err)
    if(NOT code EQUAL 0)
        message(FATAL_ERROR "windres ${exe}.rc: ${err}")
    endif()
    file(READ "${RC_DIR}/${exe}.res" res HEX)
    # The version as UTF-16 in the compiled resource ("0.1.0" -> 30002e0031002e003000).
    string(HEX "${VERSION}" ascii)
    string(REGEX REPLACE "(..)" "\\100" utf16 "${ascii}")
    if(NOT res MATCHES "${utf16}")
        message(FATAL_ERROR "${exe}.res does not carry version ${VERSION}")
    endif()
endforeach()
message(STATUS "icons and Windows resources: ok")
