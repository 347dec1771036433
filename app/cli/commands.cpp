// Dispatch of the subcommands, the help text, and how messages reach standard error.
#include "commands.hpp"
#include "cli_args.hpp"
#include "geo/source.hpp"

#include <cstdio>
#include <cstring>
#include <exception>
#include <sstream>

namespace app {

namespace {

const char* const kHelp =
    "SantéMap — installation opportunities for health professionals\n"
    "\n"
    "usage:\n"
    "  santemap [--data DIR]            the map window on the default territory (Loir-et-Cher, Loiret)\n"
    "  santemap --replay EVENTS.json [--stats STATS.json] [--size WxH] [--no-cache]\n"
    "                                   the window, playing timed input events, then closing\n"
    "  santemap territory [--load]      the data of the default territory, as JSON\n"
    "  santemap info SOURCE [--layer NAME] [--load] [--crs EPSG:n]\n"
    "  santemap pick SOURCE --at LON,LAT [--layer NAME] [--radius METRES]\n"
    "  santemap render SCENE.json --out map.png [--scale 2]\n"
    "  santemap aids --profession CODE --commune INSEE [--student] [--first-installation yes|no]\n"
    "                [--date YYYY-MM-DD] [--zoning FILE]   aids open to a profile in a commune\n"
    "  santemap listings [list] [--store SRC] [--category C] [--specialty CODE] [--commune INSEE] [--public]\n"
    "  santemap listings import FILE.csv|.xlsx|.ods [--store SRC] [--dry-run]\n"
    "  santemap export --layer ID --format csv|geojson|gpkg --out FILE [--specialty CODE ...]\n"
    "                  [--commune INSEE ...] [--excel]   layers: see data/catalogue.json\n"
    "  santemap sheet --listing ID | --commune INSEE [--profession CODE] [--student]\n"
    "                 [--first-installation yes|no] --out FILE.pdf|FILE.png   the take-away sheet\n"
    "  santemap stage --at LON,LAT | --site ID | --finess N | --commune INSEE [--level L] [--months N]\n"
    "                 [--faculty tours|orleans] [--home INSEE] [--max-minutes N] [--max-rent EUR]\n"
    "                 [--semester YYYY-S1|S2] [--furnished]     housing, allowances near an internship\n"
    "  santemap access [--profession CODE] [--add INSEE:N ...] [--remove INSEE:N ...] [--scenario FILE]\n"
    "                  [--communes INSEE...|--departement NN...|--all] [--format json|csv]\n"
    "                                   accessibility model (2SFCA) and what-if, against the DREES APL\n"
    "  santemap atlas (--communes INSEE... | --departement NN) --out atlas.pdf [--profession CODE]\n"
    "                 [--student] [--first-installation yes|no] [--scenario FILE]\n"
    "                                   the printed atlas: one A4 page per commune\n"
    "\n"
    "SOURCE is a file GDAL reads (GeoJSON, GeoPackage, Shapefile, FlatGeobuf, CSV...) or a\n"
    "connection string (PG:service=NAME). Relative paths are also looked up in the data search\n"
    "path: --data DIR, $SANTEMAP_DATA, ./data, ../shared/data.\n"
    "CSV geometry: lon/lat, x/y or WKT columns are found by name; name them with --x F --y F or --wkt F.\n";

int dispatch(const std::string& cmd, int argc, char** argv) {
    if (cmd == "territory") return runDefaultTerritory(argc, argv);
    if (cmd == "info") return runInfo(argc, argv);
    if (cmd == "pick") return runPick(argc, argv);
    if (cmd == "render") return runRender(argc, argv);
    if (cmd == "aids") return runAids(argc, argv);
    if (cmd == "listings") return runListings(argc, argv);
    if (cmd == "export") return runExport(argc, argv);
    if (cmd == "sheet") return runSheet(argc, argv);
    if (cmd == "stage") return runStage(argc, argv);
    if (cmd == "access") return runAccess(argc, argv);
    if (cmd == "atlas") return runAtlas(argc, argv);
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(kHelp, stdout);
        return kExitOk;
    }
    if (cmd == "--version") {
        std::puts("santemap " SANTEMAP_VERSION);
        return kExitOk;
    }
    printError("unknown command '" + cmd + "'\n" + kHelp);
    return kExitUsage;
}

}  // namespace

// Every message goes through geo::maskPassword: a connection string may reach a message from
// anywhere (an argument echoed, a GDAL error, a store's name).
void printError(const std::string& message) {
    std::fprintf(stderr, "santemap: %s\n", geo::maskPassword(message).c_str());
}

void printWarnings(const std::vector<std::string>& warnings) {
    for (const auto& w : warnings) std::fprintf(stderr, "santemap: warning: %s\n", geo::maskPassword(w).c_str());
}

bool wantsWindow(int argc, char** argv, WindowArgs& window, int& usageError) {
    const std::string first = argc < 2 ? "" : argv[1];
    if (!first.empty() && first.rfind("--", 0) != 0) return false;  // a subcommand
    if (first == "--help" || first == "--version") return false;    // answered by dispatch
    Args args;
    if (auto err = parseArgs(argc, argv, 1, {"data", "replay", "stats", "size"}, {"no-cache", "kiosk"}, args)) {
        printError(err->message +
                   "\nusage: santemap [--data DIR] [--replay EVENTS.json [--stats STATS.json]] [--size WxH] "
                   "[--no-cache] [--kiosk]");
        usageError = kExitUsage;
        return true;
    }
    window.dataDir = args.value("data").value_or("");
    window.replayPath = args.value("replay").value_or("");
    window.statsPath = args.value("stats").value_or("");
    window.noCache = args.flag("no-cache");
    window.kiosk = args.flag("kiosk");
    if (!window.statsPath.empty() && window.replayPath.empty()) {
        printError("--stats needs --replay EVENTS.json");
        usageError = kExitUsage;
        return true;
    }
    if (auto size = args.value("size")) {
        char x = 0;
        std::istringstream in(*size);
        if (!(in >> window.width >> x >> window.height) || x != 'x' || window.width < 320 || window.height < 240 ||
            window.width > 16384 || window.height > 16384) {
            printError("--size " + *size + ": expected WIDTHxHEIGHT, from 320x240 to 16384x16384");
            usageError = kExitUsage;
            return true;
        }
    }
    return true;
}

int runCommand(int argc, char** argv) {
    try {
        return dispatch(argc < 2 ? "" : argv[1], argc, argv);
    } catch (const std::exception& e) {
        // Last resort: a library threw where it should not have. Say so instead of aborting.
        printError(std::string("internal error: ") + e.what());
        return kExitBadInput;
    }
}

}  // namespace app
