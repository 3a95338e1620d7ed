# Read by cpack at packaging time (CPACK_PROJECT_CONFIG_FILE): one install tree, two MSIs.
#   SOURCEDESK_MSI_SCOPE=perMachine (default) cpack -G WIX   -> Program Files, elevated
#   SOURCEDESK_MSI_SCOPE=perUser cpack -G WIX                -> per user, no elevation
if(CPACK_GENERATOR STREQUAL "WIX")
    if("$ENV{SOURCEDESK_MSI_SCOPE}" STREQUAL "perUser")
        set(CPACK_WIX_INSTALL_SCOPE perUser)
        string(APPEND CPACK_PACKAGE_FILE_NAME "-per-user")
    else()
        set(CPACK_WIX_INSTALL_SCOPE perMachine)
    endif()
endif()
