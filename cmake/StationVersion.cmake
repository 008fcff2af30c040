# Writes the station's version header: the project's version, and `git describe` when the sources
# are a git checkout (a source tarball has no .git, and gets the plain version). Run by the build
# whenever the checkout moves (see app/core/base/CMakeLists.txt), so that a new commit shows in
# --version without reconfiguring.
#   cmake -DSOURCE_DIR=... -DPROJECT_VERSION=... -DOUTPUT=... -P StationVersion.cmake
set(version "${PROJECT_VERSION}")
if(EXISTS "${SOURCE_DIR}/.git")
    find_package(Git QUIET)
    if(GIT_FOUND)
        execute_process(
            COMMAND "${GIT_EXECUTABLE}" describe --tags --always --dirty --match "v[0-9]*"
            WORKING_DIRECTORY "${SOURCE_DIR}"
            OUTPUT_VARIABLE described OUTPUT_STRIP_TRAILING_WHITESPACE
            RESULT_VARIABLE describeStatus ERROR_QUIET)
        if(describeStatus EQUAL 0 AND NOT described STREQUAL "")
            # A release tag names the version itself (v0.1.0-3-gabc1234); without one, the
            # commit is added to the project's version as build metadata (0.1.0+gabc1234).
            if(described MATCHES "^v${PROJECT_VERSION}(.*)$")
                set(version "${PROJECT_VERSION}${CMAKE_MATCH_1}")
            else()
                set(version "${PROJECT_VERSION}+g${described}")
            endif()
        endif()
    endif()
endif()
file(CONFIGURE OUTPUT "${OUTPUT}" CONTENT "#pragma once\n#define FOUNDRY_STATION_VERSION \"${version}\"\n" @ONLY)
