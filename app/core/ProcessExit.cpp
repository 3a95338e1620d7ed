#include "ProcessExit.h"

#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_WIN) && defined(Q_CC_MINGW)
#include <windows.h>
#endif

int ProcessExit::afterTeardown(int exitCode)
{
#if defined(Q_OS_WIN) && defined(Q_CC_MINGW)
    std::fflush(nullptr);
    TerminateProcess(GetCurrentProcess(), UINT(exitCode));
#endif
    return exitCode;
}
