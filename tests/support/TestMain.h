#pragma once

#include "ProcessExit.h"

#include <QtTest>

// What QTEST_MAIN and QTEST_GUILESS_MAIN do, then the end every Sourcedesk program takes
// (ProcessExit says why): `Application` is QApplication for tests of widgets, else
// QCoreApplication.
template<typename Application, typename TestObject>
int runTestProgram(int argc, char *argv[])
{
    int failed = 0;
    {
        Application application(argc, argv);
        application.setAttribute(Qt::AA_Use96Dpi, true);
        TestObject tests;
        failed = QTest::qExec(&tests, argc, argv);
    }
    return ProcessExit::afterTeardown(failed);
}

#define SOURCEDESK_TEST_MAIN(Application, TestObject)                                              \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        return runTestProgram<Application, TestObject>(argc, argv);                                \
    }
