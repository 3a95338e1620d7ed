# Runs lupdate over the translated sources into copies of the translations, as
# `update_translations` would, and fails when a message would reach the user untranslated:
# English must give the singular and plural forms of every numerus message (else the raw
# "(s)" shows), German must translate every message and give both forms of each numerus one.
# An entry the code no longer has means the file was not regenerated.
# Usage: cmake -DLUPDATE=… -DTS_DIR=… -DSOURCES_LIST=… -DWORK_DIR=… -P check_translations.cmake
foreach(variable LUPDATE TS_DIR SOURCES_LIST WORK_DIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "${variable} is not set")
    endif()
endforeach()
file(MAKE_DIRECTORY ${WORK_DIR})

# Every <message> of `content` as a list element, its own semicolons and brackets (which
# group list elements) kept out of the way.
function(split_messages content out)
    string(REPLACE ";" "{semicolon}" content "${content}")
    string(REPLACE "[" "{bracket}" content "${content}")
    string(REPLACE "]" "{/bracket}" content "${content}")
    string(REPLACE "</message>" "</message>;" content "${content}")
    set(messages)
    foreach(chunk IN LISTS content)
        string(FIND "${chunk}" "<message" start)
        if(start GREATER_EQUAL 0)
            string(SUBSTRING "${chunk}" ${start} -1 chunk)
            list(APPEND messages "${chunk}")
        endif()
    endforeach()
    set(${out} "${messages}" PARENT_SCOPE)
endfunction()

function(check_translation name fix)
    set(copy ${WORK_DIR}/${name})
    file(COPY_FILE ${TS_DIR}/${name} ${copy})
    execute_process(
        COMMAND ${LUPDATE} ${ARGN} -locations none @${SOURCES_LIST} -ts ${copy}
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name} (${result}):\n${output}")
    endif()
    file(READ ${copy} updated)
    split_messages("${updated}" messages)
    set(problems)
    foreach(message IN LISTS messages)
        string(REGEX MATCH "<source>[^<]*</source>" source "${message}")
        if(message MATCHES "type=\"(unfinished|vanished|obsolete)\"")
            list(APPEND problems "${CMAKE_MATCH_1}: ${source}")
        elseif(message MATCHES "numerus=\"yes\"")
            string(REGEX MATCHALL "<numerusform>[^<]+</numerusform>" forms "${message}")
            list(LENGTH forms count)
            if(NOT count EQUAL 2)
                list(APPEND problems "${count} of 2 plural forms: ${source}")
            endif()
        elseif(NOT message MATCHES "<translation>[^<]+</translation>")
            list(APPEND problems "empty: ${source}")
        endif()
    endforeach()
    if(problems)
        list(JOIN problems "\n" listed)
        message(SEND_ERROR "resources/translations/${name} is not complete. ${fix} Entries:\n"
                           "${listed}")
    endif()
endfunction()

check_translation(sourcedesk_en.ts
    "Run `cmake --build <dir> --target update_translations`, then resources/translations/fill_english_plurals.py."
    -pluralonly)
check_translation(sourcedesk_de.ts
    "Run `cmake --build <dir> --target update_translations`, then translate what resources/translations/unfinished.py lists (README, Languages).")
message(STATUS "Every message has its English forms and its German translation")
