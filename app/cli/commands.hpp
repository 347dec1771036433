// The subcommands of `santemap`; each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace app {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

// True when the command line asks for the map window (no subcommand, or only --data DIR).
// The window's own options: [--data DIR] [--replay EVENTS.json [--stats STATS.json]] [--size WxH]
// [--no-cache].
struct WindowArgs {
    std::string dataDir, replayPath, statsPath;
    int width = 0, height = 0;
    bool noCache = false;
    bool kiosk = false;
};
// True when the arguments ask for the window (none, or only the window's options); a bad option
// sets usageError to the exit code after printing why.
bool wantsWindow(int argc, char** argv, WindowArgs& window, int& usageError);
// Runs the subcommand named by argv[1]; an exception a library let escape becomes exit 1.
int runCommand(int argc, char** argv);

int runInfo(int argc, char** argv);
int runPick(int argc, char** argv);
int runRender(int argc, char** argv);
int runDefaultTerritory(int argc, char** argv);
int runAids(int argc, char** argv);
int runListings(int argc, char** argv);
int runExport(int argc, char** argv);
int runSheet(int argc, char** argv);
int runStage(int argc, char** argv);
int runAccess(int argc, char** argv);
int runAtlas(int argc, char** argv);

// Prints a message on standard error, prefixed with "santemap: ".
void printError(const std::string& message);
void printWarnings(const std::vector<std::string>& warnings);

}  // namespace app
