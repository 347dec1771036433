// santemap: the map window, or a subcommand. Subcommands print JSON on standard output, messages on
// standard error; exit 0 ok, 1 bad input, 2 usage.
#include <csignal>

#include <string>

#include "cli/commands.hpp"
#include "ui/window_app.hpp"

int main(int argc, char** argv) {
    // A file-size limit reached (ulimit -f) must fail the write with EFBIG, which every writer
    // reports, instead of killing the process with SIGXFSZ halfway through a file.
    std::signal(SIGXFSZ, SIG_IGN);
    app::WindowOptions window;  // its processStart is now: the replay counts launch time from here
    app::WindowArgs args;
    int usageError = 0;
    if (app::wantsWindow(argc, argv, args, usageError)) {
        if (usageError) return usageError;
        window.dataDir = args.dataDir;
        window.replayPath = args.replayPath;
        window.statsPath = args.statsPath;
        window.width = args.width;
        window.height = args.height;
        window.noCache = args.noCache;
        window.kiosk = args.kiosk;
        return app::runWindow(window);
    }
    return app::runCommand(argc, argv);
}
