# Writes foundry-station-cli's manual page from the program's own --help and every
# `COMMAND --help`, so that the page never says anything the program does not. Run at build time.
#   cmake -DCLI=path/to/foundry-station-cli -DVERSION=... -DOUTPUT=foundry-station-cli.1 -P ManPage.cmake

# The help names the settings file under the builder's home; the page names it for every user.
set(configPlaceholder "/FOUNDRY_CONFIG_HOME")
function(help_of out)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E env XDG_CONFIG_HOME=${configPlaceholder} ASAN_OPTIONS=detect_leaks=0
            "${CLI}" ${ARGN} --help
        OUTPUT_VARIABLE text RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${CLI} ${ARGN} --help exited ${status}")
    endif()
    string(REPLACE "${configPlaceholder}" "~/.config" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Text shown as it is: backslashes escaped, and no line may start a roff request.
function(as_roff out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

help_of(overview)
# The commands are the first word of each line of the "Commands:" part, up to its blank line.
string(REGEX MATCH "Commands:\n(([ ]+[^\n]+\n)+)" commandsBlock "${overview}")
string(REGEX MATCHALL "\n  [a-z][a-z-]*" commandLines "\n${CMAKE_MATCH_1}")
if(NOT commandLines)
    message(FATAL_ERROR "no commands found in ${CLI} --help")
endif()

string(REGEX MATCH "^[^\n]*\n([^\n]*)" firstLines "${overview}")
set(summary "${CMAKE_MATCH_1}")
string(REGEX REPLACE "\\.$" "" summary "${summary}")
as_roff(overviewRoff "${overview}")
set(page ".TH FOUNDRY-STATION-CLI 1 \"\" \"foundry-station-cli ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\nfoundry-station-cli \\- ${summary}\n")
string(APPEND page ".SH SYNOPSIS\n.B foundry-station-cli\n.I COMMAND\n[\\fIoptions\\fR]\n")
string(APPEND page ".SH DESCRIPTION\n${overviewRoff}")
string(APPEND page ".SH COMMANDS\n")
foreach(line IN LISTS commandLines)
    string(STRIP "${line}" command)
    help_of(commandHelp "${command}")
    as_roff(commandRoff "${commandHelp}")
    string(APPEND page ".SS ${command}\n${commandRoff}")
endforeach()
file(WRITE "${OUTPUT}" "${page}")
