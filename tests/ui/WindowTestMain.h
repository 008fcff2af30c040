#pragma once

#include <QtCrypto>

#include <QApplication>
#include <QTest>

// main() of a window test: QCA initialised before the application object as QCA requires, and no
// keychain service whatever the computer running the test has, so that nothing of the test reaches
// a person's real keychain (the keychain store then keeps what it is given for the session).
#define FOUNDRY_WINDOW_TEST_MAIN(TestClass, applicationName)                                                           \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QCA::Initializer crypto;                                                                                       \
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/foundry-station-test-bus");                        \
        QApplication app(argc, argv);                                                                                  \
        QApplication::setApplicationName(QStringLiteral(applicationName));                                             \
        TestClass test;                                                                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
