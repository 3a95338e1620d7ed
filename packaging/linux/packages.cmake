# Linux packages: one per distribution release, built on that release against its own Qt
# (QHttpServer's ABI changes between Qt minors, so a package built on Qt 6.4 must not install
# where Qt 6.8 is). Included from packaging/CMakeLists.txt with GNUInstallDirs loaded.

# --- Which release this is: it names the package (sourcedesk_0.1.0-1+deb12_amd64.deb).
set(os_id "")
set(os_version "")
if(EXISTS /etc/os-release)
    file(STRINGS /etc/os-release os_release REGEX "^(ID|VERSION_ID)=")
    foreach(line IN LISTS os_release)
        if(line MATCHES "^ID=\"?([^\"]*)\"?$")
            set(os_id ${CMAKE_MATCH_1})
        elseif(line MATCHES "^VERSION_ID=\"?([^\"]*)\"?$")
            set(os_version ${CMAKE_MATCH_1})
        endif()
    endforeach()
endif()
if(os_id STREQUAL "debian")
    set(release_tag "deb${os_version}")
elseif(os_id STREQUAL "fedora")
    set(release_tag "fc${os_version}")
else()
    set(release_tag "${os_id}${os_version}")
endif()
set(SOURCEDESK_PACKAGE_RELEASE "1+${release_tag}" CACHE STRING
    "Package revision and the distribution release it is built for")
option(SOURCEDESK_REQUIRE_PACKAGE_DEPENDS
    "Fail at configure when a run-time plugin's package cannot be found (package builds)" OFF)

# --- Run-time plugins: loaded with dlopen, so shlibdeps cannot see them. The clean-root
# check (check-deb-in-clean-root.sh) looks for the same files.
set(SOURCEDESK_LINUX_QT_PLUGINS
    platforms/libqxcb.so
    sqldrivers/libqsqlite.so
    iconengines/libqsvgicon.so
    imageformats/libqsvg.so
    tls/libqopensslbackend.so)

set(qt_version ${Qt6HttpServer_VERSION})
if(NOT qt_version)
    set(qt_version ${Qt6_VERSION})
endif()
string(REGEX MATCH "^([0-9]+)\\.([0-9]+)" _ "${qt_version}")
math(EXPR next_minor "${CMAKE_MATCH_2} + 1")
set(qt_next_minor "${CMAKE_MATCH_1}.${next_minor}")

find_program(DPKG_QUERY dpkg-query)
set(deb_depends "")
set(missing "")
if(DPKG_QUERY)
    set(plugin_dir "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
    set(owned_files "")
    foreach(plugin IN LISTS SOURCEDESK_LINUX_QT_PLUGINS)
        if(EXISTS "${plugin_dir}/${plugin}")
            list(APPEND owned_files "${plugin_dir}/${plugin}")
        else()
            list(APPEND missing "${plugin_dir}/${plugin}")
        endif()
    endforeach()
    get_target_property(httpserver_location Qt6::HttpServer LOCATION)
    file(REAL_PATH "${httpserver_location}" httpserver_location)
    set(httpserver_package "")
    foreach(file IN LISTS owned_files httpserver_location)
        execute_process(COMMAND ${DPKG_QUERY} -S "${file}"
            OUTPUT_VARIABLE owner OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE status)
        if(NOT status EQUAL 0 OR NOT owner MATCHES "^([^:, ]+)")
            list(APPEND missing "${file} (no package owns it)")
            continue()
        endif()
        set(package ${CMAKE_MATCH_1})
        if(file STREQUAL httpserver_location)
            set(httpserver_package ${package})
        else()
            list(APPEND deb_depends "${package} (>= ${Qt6_VERSION})")
        endif()
    endforeach()
    # shlibdeps gives the lower bound; QHttpServer's ABI holds only within one minor.
    if(httpserver_package)
        list(APPEND deb_depends "${httpserver_package} (<< ${qt_next_minor}~)")
    endif()
    list(REMOVE_DUPLICATES deb_depends)
endif()
if(missing)
    if(SOURCEDESK_REQUIRE_PACKAGE_DEPENDS)
        message(FATAL_ERROR "Packages: run-time files not found or not packaged: ${missing}")
    endif()
    message(WARNING "Packages: run-time files not found or not packaged: ${missing}; "
                    "the .deb would lack their packages in Depends")
endif()
list(JOIN deb_depends ", " SOURCEDESK_DEB_DEPENDS)

# --- Documentation: Debian changelog, copyright, man pages (help2man, from each program's
# --help), all dated by the release, never by the build.
execute_process(COMMAND date -u -d "${SOURCEDESK_RELEASE_DATE} 12:00" +%s
    OUTPUT_VARIABLE release_epoch OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND date -u -R -d "${SOURCEDESK_RELEASE_DATE} 12:00"
    OUTPUT_VARIABLE SOURCEDESK_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
set(SOURCEDESK_DEB_VERSION "${PROJECT_VERSION}-${SOURCEDESK_PACKAGE_RELEASE}")
set(doc_build_dir ${CMAKE_CURRENT_BINARY_DIR}/doc)
file(MAKE_DIRECTORY ${doc_build_dir}/man)
configure_file(linux/changelog.in ${doc_build_dir}/changelog.Debian @ONLY)

find_program(HELP2MAN help2man)
find_program(GZIP_PROGRAM gzip REQUIRED)
set(doc_outputs ${doc_build_dir}/changelog.Debian.gz)
add_custom_command(OUTPUT ${doc_build_dir}/changelog.Debian.gz
    COMMAND ${GZIP_PROGRAM} -9nkf ${doc_build_dir}/changelog.Debian
    DEPENDS ${doc_build_dir}/changelog.Debian linux/changelog.in
    COMMENT "Debian changelog"
    VERBATIM)
set(man_sourcedesk "desktop app to refresh Fini sources and generate knowledge")
set(man_sourcedesk-cli "refresh Fini sources and generate knowledge from scripts")
set(man_fini-sandbox "local server that behaves like the Fini public API")
# Package builds only (the package preset): running the programs at build time would slow
# every developer build and fail under the sanitizers.
option(SOURCEDESK_MAN_PAGES "Generate the man pages with help2man" OFF)
if(SOURCEDESK_MAN_PAGES AND NOT HELP2MAN)
    message(FATAL_ERROR "SOURCEDESK_MAN_PAGES: help2man is needed for the man pages")
endif()
if(SOURCEDESK_MAN_PAGES AND NOT CMAKE_CROSSCOMPILING)
    foreach(program sourcedesk sourcedesk-cli fini-sandbox)
        set(page ${doc_build_dir}/man/${program}.1)
        add_custom_command(OUTPUT ${page}.gz
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                SOURCE_DATE_EPOCH=${release_epoch}
                ${HELP2MAN} --no-info --no-discard-stderr --section=1
                --version-string=${PROJECT_VERSION} --source=Sourcedesk
                "--name=${man_${program}}" --output=${page} $<TARGET_FILE:${program}>
            COMMAND ${GZIP_PROGRAM} -9nf ${page}
            DEPENDS ${program}
            COMMENT "Man page for ${program} (help2man)"
            VERBATIM)
        list(APPEND doc_outputs ${page}.gz)
    endforeach()
    install(DIRECTORY ${doc_build_dir}/man/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        FILES_MATCHING PATTERN "*.1.gz")
endif()
add_custom_target(sourcedesk_linux_docs ALL DEPENDS ${doc_outputs})
install(FILES ${doc_build_dir}/changelog.Debian.gz linux/copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sourcedesk)

# --- Debian
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Sourcedesk Packaging <support@sourcedesk.com>")
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${SOURCEDESK_PACKAGE_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${SOURCEDESK_DEB_DEPENDS}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- RPM (built on Fedora by the workflow; other RPM distributions name Qt differently)
set(CPACK_RPM_PACKAGE_RELEASE "${SOURCEDESK_PACKAGE_RELEASE}")
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES
    "qt6-qtbase-gui, qt6-qtsvg, qt6-qtbase >= ${Qt6_VERSION}, qt6-qthttpserver < ${qt_next_minor}")
# Own only our files, never the shared directories of the icon theme or the man pages.
set(shared_dirs /usr/share/applications /usr/share/metainfo /usr/share/icons
    /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps /usr/share/man /usr/share/man/man1 /usr/share/doc)
file(GLOB icon_sizes RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}/icons/hicolor
    ${CMAKE_CURRENT_SOURCE_DIR}/icons/hicolor/*)
foreach(size IN LISTS icon_sizes)
    list(APPEND shared_dirs /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${shared_dirs})
# The description without Debian's "." paragraph separators (CPack's default is a
# placeholder text).
file(READ ${CMAKE_CURRENT_SOURCE_DIR}/description.txt rpm_description)
string(REPLACE "\n.\n" "\n\n" rpm_description "${rpm_description}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${rpm_description}")
