# leadops-cli runs the commands like leadops: demo data into a fresh workspace, then a listing of it
# as JSON. Run as: cmake -DCLI=<leadops-cli> -DDIR=<scratch folder> -P cli_console.cmake
file(REMOVE_RECURSE "${DIR}")
execute_process(COMMAND "${CLI}" --workspace "${DIR}" demo --leads 20 --seed 3
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0 OR NOT err MATCHES "demo: 20 of 20 leads")
    message(FATAL_ERROR "demo: exit ${code}\n${out}\n${err}")
endif()
execute_process(COMMAND "${CLI}" --workspace "${DIR}" lead list --limit 5 --json
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(REGEX MATCHALL "\"contact\"" contacts "${out}")
list(LENGTH contacts count)
if(NOT code EQUAL 0 OR NOT count EQUAL 5)
    message(FATAL_ERROR "lead list: exit ${code}, ${count} leads\n${out}\n${err}")
endif()
file(REMOVE_RECURSE "${DIR}")
