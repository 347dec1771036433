// `santemap listings [list|import FILE] [--store SRC] [filters]`: the agencies' listings.
#include "cli_args.hpp"
#include "commands.hpp"
#include "domain/aid_context.hpp"
#include "domain/listing_import.hpp"
#include "domain/listing_service.hpp"
#include "json_values.hpp"

namespace app {

namespace {

const char* const kUsage =
    "usage: santemap listings list [--store SRC] [--category C ...] [--specialty CODE ...] [--commune INSEE ...]\n"
    "                              [--public] [--no-demo]\n"
    "       santemap listings import FILE [--store SRC] [--dry-run]\n"
    "SRC: a GeoPackage path or PG:service=NAME (default: $SANTEMAP_STORE or ~/.local/share/santemap/annonces.gpkg)";

}  // namespace

nlohmann::ordered_json listingJson(const Listing& l) {
    nlohmann::ordered_json j;
    j["id"] = l.fid;
    j["version"] = l.version;
    j["category"] = l.category;
    j["kind"] = l.kind;
    j["title"] = l.title;
    j["professions"] = l.professions;
    j["commune_code"] = l.communeCode;
    j["commune_name"] = l.communeName;
    j["lon"] = l.lonLat.x;
    j["lat"] = l.lonLat.y;
    j["at_commune_centre"] = l.atCommuneCentre;
    j["start_date"] = l.startDate;
    j["description"] = l.description;
    j["contact_name"] = l.contactName;
    j["contact_phone"] = l.contactPhone;
    j["contact_email"] = l.contactEmail;
    j["contact_public"] = l.contactPublic;
    j["capacity"] = orNull(l.capacity);
    j["price_min_eur"] = orNull(l.priceMinEur);
    j["price_max_eur"] = orNull(l.priceMaxEur);
    j["furnished"] = orNull(l.furnished);
    j["vehicle"] = orNull(l.vehicle);
    j["semesters"] = l.semesters;
    j["service"] = l.service;
    j["supervisor"] = l.supervisor;
    j["demo"] = l.demo;
    j["source"] = l.source;
    j["updated_at"] = l.updatedAt;
    return j;
}

int runListings(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc,
                             argv,
                             2,
                             {"store", "category", "specialty", "commune", "data"},
                             {"public", "no-demo", "dry-run"},
                             args,
                             {"category", "specialty", "commune"})) {
        printError(err->message + "\n" + kUsage);
        return kExitUsage;
    }
    const std::string action = args.positional.empty() ? "list" : args.positional[0];
    const std::string dataDir = args.value("data").value_or("");
    const std::string storePath = args.value("store").value_or(defaultStorePath());
    if (action == "import") {
        if (args.positional.size() != 2) {
            printError(kUsage);
            return kExitUsage;
        }
        geo::Diagnostics diag;
        auto ctx = loadAidContext(dataDir, "", diag);
        if (!ctx) {
            printError(geo::describe(ctx.error()));
            return kExitBadInput;
        }
        auto rows = readListingsFile(args.positional[1], ctx->professions, ctx->communes);
        if (!rows) {
            printError(geo::describe(rows.error()));
            return kExitBadInput;
        }
        nlohmann::ordered_json report;
        report["file"] = args.positional[1];
        report["store"] = geo::maskPassword(storePath);
        report["accepted"] = rows->accepted.size();
        report["imported"] = 0;
        nlohmann::ordered_json rejected = nlohmann::ordered_json::array();
        for (const auto& r : rows->rejected) rejected.push_back({{"line", r.row}, {"problems", r.problems}});
        report["rejected"] = rejected;
        report["ignored_columns"] = rows->ignoredColumns;
        if (!args.flag("dry-run") && !rows->accepted.empty()) {
            std::vector<std::string> notes;
            auto store = openListingStore(storePath, dataDir, notes);
            printWarnings(notes);
            if (!store) {
                printError(geo::describe(store.error()));
                return kExitBadInput;
            }
            // All accepted rows in one transaction: an interrupted import leaves the store as it was.
            auto saved = store->insertAll(rows->accepted);
            if (!saved) {
                printError(geo::describe(saved.error()));
                return kExitBadInput;
            }
            report["imported"] = saved->size();
        }
        printJson(report);
        return rows->rejected.empty() ? kExitOk : kExitBadInput;
    }
    if (action != "list" || args.positional.size() > 1) {
        printError(kUsage);
        return kExitUsage;
    }
    std::vector<std::string> notes;
    auto store = openListingStore(storePath, dataDir, notes);
    printWarnings(notes);
    if (!store) {
        printError(geo::describe(store.error()));
        return kExitBadInput;
    }
    auto all = store->readAll();
    if (!all) {
        printError(geo::describe(all.error()));
        return kExitBadInput;
    }
    ListingFilter filter;
    filter.categories = args.all("category");
    filter.professions = args.all("specialty");
    filter.communes = args.all("commune");
    filter.includeDemo = !args.flag("no-demo");
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& l : all.value())
        if (filter.matches(l)) out.push_back(listingJson(args.flag("public") ? publicView(l) : l));
    printJson({{"store", store->displayName()}, {"count", out.size()}, {"listings", out}});
    return kExitOk;
}

}  // namespace app
