#pragma once

#include "FiniSandbox.h"

#include <memory>

// The sandbox most window tests work on: its jobs finish within 150 ms and none fails, so
// that what a test starts ends while it waits (ShownWorkspace checks every 50–100 ms).
namespace QuickSandbox {
SandboxOptions options(int sources = SandboxOptions{}.sources);
// Started on a free loopback port; null when it could not listen.
std::unique_ptr<FiniSandbox> start(int sources = SandboxOptions{}.sources);
} // namespace QuickSandbox
