#include "FuzzEnvironment.h"

#include "base/CryptoSupport.h"

#include <QtCrypto>

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

void FuzzEnvironment::start()
{
    // Never destroyed: libFuzzer ends the process with exit(), and tearing down the application
    // object then, after Qt's TLS backend plugin, crashes in static destruction. The pointers stay
    // reachable, so LeakSanitizer does not count them.
    static QCA::Initializer *crypto = new QCA::Initializer;
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *application = new QCoreApplication(argc, argv);
    Q_UNUSED(crypto)
    Q_UNUSED(application)
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
