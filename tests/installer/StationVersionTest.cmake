# The version written at build time: the project's plain version from a source tarball (no .git),
# the commit added from a git checkout, and a release tag's own description from a tagged one.
#   cmake -DSCRIPT=cmake/StationVersion.cmake -DWORK=folder -P StationVersionTest.cmake
function(version_of sources out)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${sources} -DPROJECT_VERSION=9.8.7
            -DOUTPUT=${WORK}/StationVersionText.h -P "${SCRIPT}"
        RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "StationVersion.cmake exited ${status} for ${sources}")
    endif()
    file(READ "${WORK}/StationVersionText.h" header)
    string(REGEX MATCH "FOUNDRY_STATION_VERSION \"([^\"]*)\"" found "${header}")
    set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()

function(git)
    execute_process(COMMAND git -c user.name=test -c user.email=test@localhost ${ARGN}
        WORKING_DIRECTORY "${WORK}/sources" RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "git ${ARGN} failed")
    endif()
endfunction()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/sources")
version_of("${WORK}/sources" version)
if(NOT version STREQUAL "9.8.7")
    message(FATAL_ERROR "without git the version should be 9.8.7 alone, not ${version}")
endif()

file(WRITE "${WORK}/sources/file" "one\n")
git(init -q)
git(add file)
git(commit -q -m one)
version_of("${WORK}/sources" version)
if(NOT version MATCHES "^9\\.8\\.7\\+g[0-9a-f]+$")
    message(FATAL_ERROR "an untagged checkout should give 9.8.7+gCOMMIT, not ${version}")
endif()

git(tag v9.8.7)
file(WRITE "${WORK}/sources/file" "two\n")
git(commit -q -a -m two)
version_of("${WORK}/sources" version)
if(NOT version MATCHES "^9\\.8\\.7-1-g[0-9a-f]+$")
    message(FATAL_ERROR "one commit after the v9.8.7 tag should give 9.8.7-1-gCOMMIT, not ${version}")
endif()
