#include "QuickSandbox.h"

namespace QuickSandbox {

SandboxOptions options(int sources)
{
    SandboxOptions options;
    options.sources = sources;
    options.pendingMs = 50;
    options.runningMs = 100;
    options.jobFailRate = 0.0;
    return options;
}

std::unique_ptr<FiniSandbox> start(int sources)
{
    auto sandbox = std::make_unique<FiniSandbox>(options(sources));
    if (!sandbox->start())
        return nullptr;
    return sandbox;
}

} // namespace QuickSandbox
