// `santemap territory`: the `info` of the default territory's sources (communes of Loir-et-Cher
// and Loiret, their départements), for a quick check of the data without a window.
#include "commands.hpp"
#include "info_json.hpp"
#include "json_values.hpp"
#include "source_options.hpp"

namespace app {

namespace {

// Relative to the data search path.
const char* const kTerritorySources[] = {
    "france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson",
    "france_geojson_admin_express_2018/communes_par_departement/communes-45-loiret.geojson",
    "france_geojson_admin_express_2018/departement-41-loir-et-cher.geojson",
    "france_geojson_admin_express_2018/departement-45-loiret.geojson",
};

}  // namespace

int runDefaultTerritory(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc, argv, 2, {"data"}, {"load"}, args)) {
        printError(err->message + "\nusage: santemap territory [--data DIR] [--load]");
        return kExitUsage;
    }
    nlohmann::ordered_json out = {{"territory", "Loir-et-Cher (41) et Loiret (45)"}, {"sources", nlohmann::ordered_json::array()}};
    for (const char* s : kTerritorySources) {
        nlohmann::ordered_json info;
        const int rc = sourceInfo(s, args, info);
        if (rc != kExitOk) {
            printError(std::string("default territory: cannot read ") + s +
                       " (is ../shared/data there, or SANTEMAP_DATA / --data set?)");
            return rc;
        }
        out["sources"].push_back(std::move(info));
    }
    printJson(out);
    return kExitOk;
}

}  // namespace app
