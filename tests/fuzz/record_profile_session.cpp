// Records what a real device (or the device simulator) answers to the operations ProfileSession
// runs, as a script the profile fuzz targets read: the seed corpora are real answers.
//
//   record_profile_session PROFILE PORT > tests/fuzz/corpus/PROFILE/session.txt
#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "ProfileSession.h"
#include "device/SerialLink.h"
#include "device/SerialSettings.h"

#include <QtCrypto>

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace std::chrono_literals;

int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: record_profile_session PROFILE PORT\n");
        return 2;
    }
    DeviceProfile *profile = DeviceProfiles::create(arguments.at(1), &application);
    if (!profile) {
        std::fprintf(stderr, "unknown profile %s\n", qPrintable(arguments.at(1)));
        return 2;
    }
    SerialSettings settings;
    settings.portName = arguments.at(2);
    SerialLink link(settings);
    if (!link.open()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(arguments.at(2)));
        return 1;
    }
    profile->attach(&link);
    profile->setTimeouts({3s, 5s});

    QByteArray script;
    QObject::connect(&link, &SerialLink::bytesReceived, &application, [&](const QByteArray &bytes) {
        if (!script.isEmpty() && !script.endsWith(ProfileSession::timerMarker))
            script += ProfileSession::readSeparator.toByteArray();
        script += bytes;
    });
    // Every timer of the profile that expires (a command timeout, a pause the protocol asks for)
    // is a step of the script, since nothing expires by itself when the script is played.
    const QList<QTimer *> timers = profile->findChildren<QTimer *>();
    for (QTimer *timer : timers) {
        QObject::connect(timer, &QTimer::timeout, &application,
                         [&] { script += ProfileSession::timerMarker.toByteArray(); });
    }
    ProfileSession session(profile);
    const auto next = [&] {
        // Let the result's other receivers run before the next operation begins.
        QTimer::singleShot(0, &application, [&] {
            if (!session.startNext())
                QCoreApplication::quit();
        });
    };
    QObject::connect(profile, &DeviceProfile::operationFailed, &application, [&](const DeviceError &error) {
        std::fprintf(stderr, "operation failed: %s\n", qPrintable(error.message));
        next();
    });
    for (const auto signal : {&DeviceProfile::credentialWritten, &DeviceProfile::credentialDeleted})
        QObject::connect(profile, signal, &application, next);
    QObject::connect(profile, &DeviceProfile::identified, &application, next);
    QObject::connect(profile, &DeviceProfile::credentialVerified, &application, next);
    QObject::connect(profile, &DeviceProfile::certificateRead, &application, next);
    // A listing that is part of a verification is followed by the verification's own result.
    QObject::connect(profile, &DeviceProfile::credentialsListed, &application, [&] {
        QTimer::singleShot(0, &application, [&] {
            if (!profile->isBusy() && !session.startNext())
                QCoreApplication::quit();
        });
    });
    session.startNext();
    const int status = QCoreApplication::exec();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(script);
    return status;
}
