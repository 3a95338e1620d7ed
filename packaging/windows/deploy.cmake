# What ships next to sourcedesk.exe on Windows, defined once. The local check
# (`.ci/dev windows-check`: mingw-w64 + Qt 6.4.2, installed and run under Wine) and the release
# workflow (MSVC + Qt 6.8) both install exactly this set, so what Wine proves is what ships.
# Nothing here runs windeployqt: it knows Qt's own libraries only, not QtKeychain or the
# compiler's runtime.
#
# Layout (Qt finds plugins in sub-folders of the executable's folder):
#   bin/sourcedesk.exe, sourcedesk-cli.exe, fini-sandbox.exe
#   bin/Qt6*.dll, the QtKeychain DLL, the C++ runtime
#   bin/platforms/ styles/ tls/ sqldrivers/ iconengines/ imageformats/

# Qt libraries the executables load (HttpServer brings WebSockets and Concurrent where Qt was
# built with them; optional entries are skipped when their target does not exist).
set(SOURCEDESK_WINDOWS_QT_LIBRARIES Core Gui Widgets Network Sql Svg HttpServer)
set(SOURCEDESK_WINDOWS_QT_OPTIONAL_LIBRARIES WebSockets Concurrent)

# Plugins as <folder> <target>[|<alternative target>] pairs: the Windows platform, the native
# style (Qt 6.8 renamed it), TLS (Schannel, no OpenSSL), the SQLite driver for the activity
# journal, SVG icons and images, and .ico images.
set(SOURCEDESK_WINDOWS_QT_PLUGINS
    platforms QWindowsIntegrationPlugin
    styles QModernWindowsStylePlugin|QWindowsVistaStylePlugin
    tls QSchannelBackendPlugin
    tls QTlsBackendCertOnlyPlugin
    sqldrivers QSQLiteDriverPlugin
    iconengines QSvgIconPlugin
    imageformats QSvgPlugin
    imageformats QICOPlugin)

# The C++ runtime: MinGW's DLLs from the compiler that linked us; for MSVC the VC++ runtime
# DLLs app-local (no redistributable installer to run).
set(SOURCEDESK_WINDOWS_MINGW_RUNTIME libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)

function(sourcedesk_install_windows_runtime)
    set(files "")
    foreach(module IN LISTS SOURCEDESK_WINDOWS_QT_LIBRARIES)
        if(NOT TARGET Qt6::${module})
            message(FATAL_ERROR "Windows deployment: Qt6::${module} is missing")
        endif()
        list(APPEND files "$<TARGET_FILE:Qt6::${module}>")
    endforeach()
    foreach(module IN LISTS SOURCEDESK_WINDOWS_QT_OPTIONAL_LIBRARIES)
        if(TARGET Qt6::${module})
            list(APPEND files "$<TARGET_FILE:Qt6::${module}>")
        endif()
    endforeach()
    if(NOT TARGET qt6keychain)
        message(FATAL_ERROR "Windows deployment: QtKeychain (qt6keychain) is missing")
    endif()
    list(APPEND files "$<TARGET_FILE:qt6keychain>")
    install(FILES ${files} DESTINATION bin)

    set(plugins ${SOURCEDESK_WINDOWS_QT_PLUGINS})
    while(plugins)
        list(POP_FRONT plugins folder choices)
        string(REPLACE "|" ";" choices "${choices}")
        set(found "")
        foreach(choice IN LISTS choices)
            if(TARGET Qt6::${choice})
                set(found Qt6::${choice})
                break()
            endif()
        endforeach()
        if(NOT found)
            message(FATAL_ERROR "Windows deployment: no Qt plugin target among ${choices}")
        endif()
        install(FILES "$<TARGET_FILE:${found}>" DESTINATION bin/${folder})
    endwhile()

    if(MINGW)
        set(runtime "")
        foreach(dll IN LISTS SOURCEDESK_WINDOWS_MINGW_RUNTIME)
            execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
                OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
            if(NOT IS_ABSOLUTE "${path}" OR NOT EXISTS "${path}")
                message(FATAL_ERROR "Windows deployment: ${dll} not found by ${CMAKE_CXX_COMPILER}")
            endif()
            file(REAL_PATH "${path}" path)
            list(APPEND runtime "${path}")
        endforeach()
        install(FILES ${runtime} DESTINATION bin)
    elseif(MSVC)
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
        set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
        include(InstallRequiredSystemLibraries)
        if(NOT CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS)
            message(FATAL_ERROR "Windows deployment: the VC++ runtime DLLs were not found")
        endif()
    endif()
endfunction()
