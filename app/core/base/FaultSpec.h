#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The text form in which the Foundry emulator and the device simulator take a deliberate fault:
// NAME[@TARGET][=VALUE][xCOUNT|x*], e.g. "rate-limit@generate=2x3" or "stop-answeringx*". Only
// the syntax and the ranges of the numbers are checked here; which names, targets and values mean
// something is each double's own business.
struct FaultSpec
{
    QString name;
    QString target;           // empty when none is given
    std::optional<int> value; // at least 0
    int count = 1;            // at least 1; -1 ("x*") keeps the fault until it is cleared
    bool countGiven = false;

    // On failure *error says what is wrong, and which form was expected (usage, e.g.
    // "NAME[=VALUE][xCOUNT]").
    static std::optional<FaultSpec> parse(QStringView text, const QString &usage, QString *error);
    // The inverse of parse(), leaving out what has its default.
    QString toString() const;
};
