# Runs lupdate over the translated sources into a copy of the English .ts: a numerus message
# of the code without English forms would show its raw "(s)" to the user, and an entry the
# code no longer has means the file was not regenerated.
# Usage: cmake -DLUPDATE=… -DTS=… -DSOURCES_LIST=… -DWORK_DIR=… -P check_translations.cmake
foreach(variable LUPDATE TS SOURCES_LIST WORK_DIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "${variable} is not set")
    endif()
endforeach()
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/sourcedesk_en.ts)
file(COPY_FILE ${TS} ${copy})
execute_process(
    COMMAND ${LUPDATE} -pluralonly -locations none @${SOURCES_LIST} -ts ${copy}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()
file(READ ${copy} updated)
if(updated MATCHES "type=\"(unfinished|vanished|obsolete)\"")
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"[a-z]+\""
           stale "${updated}")
    string(REPLACE ";" "\n" stale "${stale}")
    message(FATAL_ERROR
        "resources/translations/sourcedesk_en.ts is out of date. Run "
        "`cmake --build <dir> --target update_translations`, then "
        "resources/translations/fill_english_plurals.py. Entries:\n${stale}")
endif()
message(STATUS "Every numerus message has its English forms")
