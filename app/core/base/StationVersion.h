#pragma once

#include <QString>

// The station's version, the same for every program: the project's version, with `git describe`
// added when it was built from a git checkout. Written at build time by cmake/StationVersion.cmake.
class StationVersion
{
public:
    static QString text();
};
