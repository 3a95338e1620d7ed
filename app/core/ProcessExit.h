#pragma once

// How a Sourcedesk program ends once everything it made has been torn down.
//
// Builds made with MinGW-w64 (the Windows build proven under Wine) can hang for ever after
// main() returns: libstdc++'s DLL, unloading, deletes its thread-local key and waits inside
// winpthreads for a lock no live thread holds (msys2/MINGW-packages#6126 and
// randombit/botan#2582 describe the same class of hang). Under Wine the installed app stayed
// a process after Quit, and tst_journal.exe after its last test. There, afterTeardown()
// flushes the C streams and ends the process without that unload: every file, database and
// setting is closed by then. Other builds, MSVC's included, return `exitCode` unchanged.
namespace ProcessExit {

int afterTeardown(int exitCode);

} // namespace ProcessExit
