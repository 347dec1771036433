// `santemap territory [--data DIR] [--load]`: the `info` of every table the default territory
// reads (the data pack's tables, as the catalogue names them), for a quick check of the data
// without a window.
#include <set>

#include "commands.hpp"
#include "domain/aid_context.hpp"
#include "info_json.hpp"
#include "json_values.hpp"
#include "source_options.hpp"

namespace app {

namespace {

// Every table of the catalogue, once, with the layers or roles that read it.
std::vector<std::pair<geo::TableRef, std::vector<std::string>>> cataloguedTables(const Catalogue& catalogue) {
    std::vector<std::pair<geo::TableRef, std::vector<std::string>>> out;
    auto add = [&](const geo::TableRef& ref, const std::string& user) {
        for (auto& [known, users] : out)
            if (known.source == ref.source && known.layer == ref.layer && known.where == ref.where) {
                users.push_back(user);
                return;
            }
        out.push_back({ref, {user}});
    };
    for (const auto& l : catalogue.layers) {
        for (const auto& [key, ref] : l.namedSources) add(ref, l.id + "." + key);
        for (const auto& ref : l.sources) add(ref, l.id);
    }
    for (const auto& [key, ref] : catalogue.tables) add(ref, "tables." + key);
    return out;
}

}  // namespace

int runDefaultTerritory(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc, argv, 2, {"data"}, {"load"}, args)) {
        printError(err->message + "\nusage: santemap territory [--data DIR] [--load]");
        return kExitUsage;
    }
    const std::string dataDir = args.value("data").value_or("");
    auto catalogue = findCatalogue(dataDir);
    if (!catalogue) {
        printError(geo::describe(catalogue.error()));
        return kExitBadInput;
    }
    nlohmann::ordered_json out = {
        {"territory", catalogue->title}, {"catalogue", catalogue->path}, {"sources", nlohmann::ordered_json::array()}};
    for (const auto& [ref, users] : cataloguedTables(catalogue.value())) {
        auto found = findTable(ref, dataDir);
        if (!found) {
            printError("default territory: " + geo::describe(found.error()) + " (needed by " + users.front() +
                       "; regenerate the data pack with scripts/make-data-pack.sh)");
            return kExitBadInput;
        }
        Args one = args;
        if (!ref.layer.empty()) one.values["layer"] = ref.layer;
        nlohmann::ordered_json info;
        if (const int rc = sourceInfo(found->source, one, info); rc != kExitOk) return rc;
        info["used_by"] = users;
        if (!ref.where.empty()) info["where"] = ref.where;
        out["sources"].push_back(std::move(info));
    }
    printJson(out);
    return kExitOk;
}

}  // namespace app
