#pragma once

#include "jobs/StationBatch.h"

#include <QCoreApplication>
#include <QString>

class StationLog;

// The batch as evidence for the factory's records: a CSV with a row per job (device, certificate,
// ARN, topics, the digests the device reported, result, operator, station, times), and the lanes'
// log as a text file beside it. Nothing secret is in either: results hold none, nor does the log.
class BatchEvidence
{
    Q_DECLARE_TR_FUNCTIONS(BatchEvidence)

public:
    static QString toCsv(const QList<StationBatch::Record> &records);
    // Where write() puts the log for csvFile: the same name with "-log.txt" for its suffix.
    static QString logFileFor(const QString &csvFile);
    // Writes both files, each whole or not at all; false, with *error, when either could not be.
    static bool write(const StationBatch &batch, const StationLog &log, const QString &csvFile, QString *error);
};
