#pragma once

#include <QCoreApplication>
#include <QString>

class CertificateBundle;
class CliOutput;

// How the CLI shows the result of the bundle checks, shared by every command that checks one.
class BundleReport
{
    Q_DECLARE_TR_FUNCTIONS(BundleReport)

public:
    static void report(const CertificateBundle &bundle, CliOutput *output);
    static QString failureMessage(const CertificateBundle &bundle);
};
