#include "FuzzEnvironment.h"

#include "CryptoSupport.h"

#include <QtCrypto>

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

void FuzzEnvironment::start()
{
    // Alive for the whole process, as QCA requires its initialiser to outlive every QCA object.
    static QCA::Initializer crypto;
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    if (const QString problem = CryptoSupport::problem(); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        std::exit(1);
    }
}

void FuzzEnvironment::runDueEvents()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}
