#pragma once

#include <QtCrypto>

#include <QCoreApplication>
#include <QTest>

// QTEST_GUILESS_MAIN, with QCA initialised before the application object as QCA requires.
#define FOUNDRY_TEST_MAIN(TestClass)                                                                                   \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QCA::Initializer crypto;                                                                                       \
        QCoreApplication app(argc, argv);                                                                              \
        TestClass test;                                                                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
