# leadops-cli runs the commands like leadops: demo data into a fresh workspace, then a listing of it
# as JSON. Run as: cmake -DCLI=<leadops-cli> -DDIR=<scratch folder> -P cli_console.cmake
# Its usage lines name leadops-cli (they are copied into scripts), and it offers no window.
execute_process(COMMAND "${CLI}" --help RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0 OR NOT out MATCHES "usage: leadops-cli \\[--workspace DIR\\] COMMAND" OR out MATCHES "--demo"
   OR out MATCHES "(^|[ \n])leadops ")
    message(FATAL_ERROR "--help: exit ${code}\n${out}\n${err}")
endif()
execute_process(COMMAND "${CLI}" lead qualify --help RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0 OR NOT out MATCHES "usage: leadops-cli lead qualify ")
    message(FATAL_ERROR "lead qualify --help: exit ${code}\n${out}\n${err}")
endif()
execute_process(COMMAND "${CLI}" lead RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 2 OR NOT err MATCHES "usage: leadops-cli lead ")
    message(FATAL_ERROR "lead: exit ${code}\n${out}\n${err}")
endif()
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
