// santemap: the map window, or a subcommand. Subcommands print JSON on standard output, messages on
// standard error; exit 0 ok, 1 bad input, 2 usage.
#include <string>

#include "cli/commands.hpp"
#include "ui/window_app.hpp"

int main(int argc, char** argv) {
    std::string dataDir;
    if (app::wantsWindow(argc, argv, dataDir)) return app::runWindow(dataDir);
    return app::runCommand(argc, argv);
}
