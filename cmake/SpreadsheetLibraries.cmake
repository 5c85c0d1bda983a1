# The spreadsheet libraries (issue 19): minizip reads the zip container of an .xlsx (the XML inside
# is Qt's), libxlsxwriter writes .xlsx exports. Debian and Homebrew ship pkg-config files for both;
# vcpkg ships CMake packages (unofficial-minizip, xlsxwriter). Each ends as one imported target,
# leadops::minizip and leadops::xlsxwriter, whichever way it was found.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(LEADOPS_MINIZIP QUIET IMPORTED_TARGET minizip)
    pkg_check_modules(LEADOPS_XLSXWRITER QUIET IMPORTED_TARGET xlsxwriter)
endif()

add_library(leadops::minizip INTERFACE IMPORTED)
if(TARGET PkgConfig::LEADOPS_MINIZIP)
    target_link_libraries(leadops::minizip INTERFACE PkgConfig::LEADOPS_MINIZIP)
else()
    find_package(unofficial-minizip CONFIG REQUIRED)
    target_link_libraries(leadops::minizip INTERFACE unofficial::minizip::minizip)
endif()

add_library(leadops::xlsxwriter INTERFACE IMPORTED)
if(TARGET PkgConfig::LEADOPS_XLSXWRITER)
    target_link_libraries(leadops::xlsxwriter INTERFACE PkgConfig::LEADOPS_XLSXWRITER)
else()
    find_package(xlsxwriter CONFIG REQUIRED)
    target_link_libraries(leadops::xlsxwriter INTERFACE xlsxwriter::xlsxwriter)
endif()
