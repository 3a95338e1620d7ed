# Runs the benchmark small and checks what it printed: exit status 0, every scenario there,
# each figure present, a number, and within sane bounds. Called by the bench_smoke test:
#   cmake -DBENCH=<sourcedesk-bench> -P check_bench.cmake
execute_process(COMMAND ${BENCH} --sources 3000 --latency-ms 5
    RESULT_VARIABLE status OUTPUT_VARIABLE output TIMEOUT 600)
message("${output}")
if(NOT status EQUAL 0)
    message(FATAL_ERROR "sourcedesk-bench exited with ${status}")
endif()

# scenario: figure=lowest:highest ...
set(expected
    "sandbox_full_walk: pages=30:31 seconds=0:60"
    "first_rows_on_screen: window_open_ms=0:10000 first_rows_ms=0:10000 full_load_ms=0:60000 longest_gui_stall_ms=0:5000"
    "full_load: window_load_ms=0:60000 naive_sequential_ms=0:60000 longest_gui_stall_ms=0:5000"
    "filter_keystroke: rows=3000:3000 p50_ms=0:2000 p95_ms=0:2000 baseline_stock_proxy_p95_ms=0:5000"
    "memory: rows=3000:3000 rss_loaded_mb=10:1000 rss_after_refresh_mb=10:1000 peak_rss_mb=10:1000"
    "select_all_refresh: sources=3000:3000 select_all_stall_ms=0:5000 prompt_stall_ms=0:5000 first_request_ms=0:10000 stall_until_first_request_ms=0:5000 tracking_stall_ms=0:5000 refresh_seconds=0:300"
    "switch_during_refresh: rows_missing_after_switch=0:0 first_rows_after_switch_ms=0:10000 longest_gui_stall_ms=0:5000 refresh_completed_after_switch=1:3000"
    "tracking_rounds: pending=1000:1000 rounds=1:1000 list_requests_per_round_max=1:53 ratio_to_bound=0:1"
    "reopen: delta_requests=1:6 all_rows_on_screen_ms=0:10000 delta_merged_ms=0:60000 deletions_confirmed_ms=0:120000 cold_load_ms=0:60000")

string(REPLACE "\n" ";" lines "${output}")
foreach(spec IN LISTS expected)
    string(REGEX MATCH "^([a-z_]+): (.*)$" _ "${spec}")
    set(scenario "${CMAKE_MATCH_1}")
    string(REPLACE " " ";" checks "${CMAKE_MATCH_2}")
    set(found FALSE)
    foreach(line IN LISTS lines)
        if(NOT line MATCHES "^{")
            continue()
        endif()
        string(JSON name ERROR_VARIABLE error GET "${line}" scenario)
        if(NOT name STREQUAL scenario)
            continue()
        endif()
        set(found TRUE)
        string(JSON ok GET "${line}" ok)
        if(NOT ok)
            message(FATAL_ERROR "${scenario} failed: ${line}")
        endif()
        foreach(check IN LISTS checks)
            string(REGEX MATCH "^([a-z0-9_]+)=([0-9.]+):([0-9.]+)$" _ "${check}")
            set(key "${CMAKE_MATCH_1}")
            set(low "${CMAKE_MATCH_2}")
            set(high "${CMAKE_MATCH_3}")
            string(JSON value ERROR_VARIABLE error GET "${line}" ${key})
            if(error OR NOT value MATCHES "^[0-9.e+-]+$")
                message(FATAL_ERROR "${scenario}.${key} is missing or not a number: ${line}")
            endif()
            # if(LESS/GREATER) compares as floating-point numbers.
            if(value LESS low OR value GREATER high)
                message(FATAL_ERROR "${scenario}.${key} = ${value}, outside ${low}..${high}")
            endif()
        endforeach()
    endforeach()
    if(NOT found)
        message(FATAL_ERROR "scenario ${scenario} is missing from the output")
    endif()
endforeach()
