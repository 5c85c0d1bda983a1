# Installation layout and installers. One version (project(VERSION)) feeds leadops --version,
# About, the AppStream release and every package name.
include(GNUInstallDirs)

configure_file(${PROJECT_SOURCE_DIR}/resources/${LEADOPS_APP_ID}.metainfo.xml.in
               ${PROJECT_BINARY_DIR}/${LEADOPS_APP_ID}.metainfo.xml @ONLY)

install(TARGETS leadops
    BUNDLE DESTINATION .
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(WIN32)
    # The console twin for scripts (app/CMakeLists.txt), beside leadops.exe and its Qt DLLs.
    install(TARGETS leadops-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(APPLE)
    # A proper bundle: id, version, icon, minimum macOS (Qt 6.4 supports 10.15+; we ship 11+).
    set_target_properties(leadops PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "LeadOps Console"
        MACOSX_BUNDLE_GUI_IDENTIFIER ${LEADOPS_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE leadops.icns
        MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
        INSTALL_RPATH_USE_LINK_PATH ON)
    set(CMAKE_OSX_DEPLOYMENT_TARGET 11.0 CACHE STRING "Minimum macOS" FORCE)
endif()

if(WIN32 OR APPLE)
    # Qt's own deployment (windeployqt / macdeployqt): platforms, sqldrivers/qsqlite, styles,
    # imageformats, tls. 6.4 names the keyword FILENAME_VARIABLE, 6.5+ OUTPUT_SCRIPT.
    if(Qt6_VERSION VERSION_LESS 6.5)
        qt_generate_deploy_app_script(TARGET leadops FILENAME_VARIABLE leadops_deploy_script)
    else()
        qt_generate_deploy_app_script(TARGET leadops OUTPUT_SCRIPT leadops_deploy_script)
    endif()
    install(SCRIPT ${leadops_deploy_script})
    if(WIN32)
        # windeployqt copies Qt only: QtKeychain and the MSVC runtime are ours to ship.
        install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
        include(InstallRequiredSystemLibraries)
    endif()
else()
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${LEADOPS_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_BINARY_DIR}/${LEADOPS_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${LEADOPS_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # Debian policy: docs under the package's own name, changelog and man page gzip -9n.
    foreach(doc changelog leadops.1)
        execute_process(COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/packaging/linux/${doc}
                        OUTPUT_FILE ${PROJECT_BINARY_DIR}/${doc}.gz COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/copyright ${PROJECT_BINARY_DIR}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/leadops)
    install(FILES ${PROJECT_BINARY_DIR}/leadops.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # The user guide as files too (the window shows the copy built into it: Help ▸ User guide).
    install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.en.md ${PROJECT_SOURCE_DIR}/docs/user-guide.ru.md
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/leadops)
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/images/ DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/leadops/images
            FILES_MATCHING PATTERN "guide-*.png")
endif()

set(CPACK_PACKAGE_NAME leadops)
set(CPACK_PACKAGE_VENDOR "LeadOps")
set(CPACK_PACKAGE_CONTACT "LeadOps release engineering <release@leadops.example.kz>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "LeadOps Console qualifies leads from OLX, Kaspi, Satu and Telegram,
runs ad campaigns with their budgets and shows the qualification funnel,
online or offline, over a Supabase project and a local SQLite workspace.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "LeadOps Console")
set(CPACK_PACKAGE_EXECUTABLES "leadops;LeadOps Console") # Start-menu shortcut
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")

# Linux: DEB with dependencies computed from the binary (dpkg-shlibdeps), and TGZ.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows: NSIS with a Start-menu shortcut and an uninstaller; no file association. A per-user
# install (no administrator) under %LOCALAPPDATA%\Programs; the options page offers a desktop
# shortcut and leadops-cli on the PATH; a new version uninstalls the old one first (in place).
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\Programs")
set(CPACK_CREATE_DESKTOP_LINKS leadops)
set(CPACK_NSIS_MODIFY_PATH ON)
# The uninstaller keeps the workspace (leads, changes not yet synced, logs) unless the user says
# so; a silent one (the upgrade's) always keeps it.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  MessageBox MB_YESNO|MB_DEFBUTTON2 'Also remove your LeadOps workspace (its leads, changes not yet synced and logs) from this computer?' /SD IDNO IDNO leadops_keep_workspace
    RMDir /r '$LOCALAPPDATA\\LeadOps\\LeadOps Console'
  leadops_keep_workspace:
")
# CMake's NSIS template asks for administrator rights and puts a per-user install under
# Documents: a copy made at configure time asks for none and installs under the root above. Each
# replaced line must be found, so that a CMake whose template differs stops here.
file(READ ${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in leadops_nsis)
foreach(change
        "RequestExecutionLevel admin|RequestExecutionLevel user"
        "StrCpy $INSTDIR \"$DOCUMENTS\\@CPACK_PACKAGE_INSTALL_DIRECTORY@\"|StrCpy $INSTDIR \"@CPACK_NSIS_INSTALL_ROOT@\\@CPACK_PACKAGE_INSTALL_DIRECTORY@\"")
    string(REPLACE "|" ";" pair "${change}")
    list(GET pair 0 from)
    list(GET pair 1 to)
    string(FIND "${leadops_nsis}" "${from}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "CMake's NSIS template has no '${from}': review packaging/CPack.cmake")
    endif()
    string(REPLACE "${from}" "${to}" leadops_nsis "${leadops_nsis}")
endforeach()
file(WRITE ${PROJECT_BINARY_DIR}/cpack-nsis/NSIS.template.in "${leadops_nsis}")
list(PREPEND CPACK_MODULE_PATH ${PROJECT_BINARY_DIR}/cpack-nsis)
set(CPACK_NSIS_DISPLAY_NAME "LeadOps Console")
set(CPACK_NSIS_MUI_ICON ${LEADOPS_ICO}) # drawn from the SVG (packaging/iconkit)
set(CPACK_NSIS_MUI_UNIICON ${LEADOPS_ICO})
set(CPACK_NSIS_PACKAGE_NAME "LeadOps Console ${PROJECT_VERSION}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\leadops.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN leadops.exe)

# macOS: a drag-and-drop DMG of the bundle.
set(CPACK_DMG_VOLUME_NAME "LeadOps Console")
set(CPACK_DMG_FORMAT UDZO)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()
include(CPack)
