// Dispatch of the subcommands, the help text, and how messages reach standard error.
#include "commands.hpp"

#include <cstdio>
#include <cstring>
#include <exception>

namespace app {

namespace {

const char* const kHelp =
    "SantéMap — installation opportunities for health professionals\n"
    "\n"
    "usage:\n"
    "  santemap [--data DIR]            the map window on the default territory (Loir-et-Cher, Loiret)\n"
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
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(kHelp, stdout);
        return kExitOk;
    }
    if (cmd == "--version") {
        std::puts("santemap 0.1.0");
        return kExitOk;
    }
    printError("unknown command '" + cmd + "'\n" + kHelp);
    return kExitUsage;
}

}  // namespace

void printError(const std::string& message) { std::fprintf(stderr, "santemap: %s\n", message.c_str()); }

void printWarnings(const std::vector<std::string>& warnings) {
    for (const auto& w : warnings) std::fprintf(stderr, "santemap: warning: %s\n", w.c_str());
}

bool wantsWindow(int argc, char** argv, std::string& dataDir) {
    const std::string cmd = argc < 2 ? "" : argv[1];
    if (cmd.empty()) return true;
    if (cmd == "--data") {
        if (argc > 2) dataDir = argv[2];
        return true;
    }
    if (cmd.rfind("--data=", 0) == 0) {
        dataDir = cmd.substr(7);
        return true;
    }
    return false;
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
