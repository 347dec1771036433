// `santemap stage (--at LON,LAT | --site LISTING_ID | --finess NUMBER | --commune CODE)
// [--level externe|interne|paramedical] [--months N] [--faculty tours|orleans] [--home CODE]
// [--max-minutes N] [--max-rent EUR] [--semester YYYY-S1|YYYY-S2] [--furnished]`: the student's
// journey (issue 12) as JSON — the site, the housing ranked by estimated time, the allowances for
// the placement and their total, the places within 30 minutes. With --map FILE.png, the same
// journey drawn as a map (map/journey_map.hpp): circles, housing by time, the line to --housing.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "cli_args.hpp"
#include "commands.hpp"
#include "domain/internship.hpp"
#include "domain/travel_time.hpp"
#include "geo/checked_number.hpp"
#include "geo/iso_date.hpp"
#include "json_values.hpp"
#include "map/default_territory.hpp"
#include "map/journey_map.hpp"
#include "map/scene_image.hpp"
#include "map/take_away_page.hpp"

namespace app {

namespace {

const char* const kUsage =
    "usage: santemap stage (--at LON,LAT | --site LISTING_ID | --finess NUMBER | --commune CODE)\n"
    "                      [--level externe|interne|paramedical] [--months N] [--faculty tours|orleans]\n"
    "                      [--home CODE] [--max-minutes N] [--max-rent EUR] [--semester YYYY-S1|YYYY-S2]\n"
    "                      [--furnished] [--profession CODE] [--date YYYY-MM-DD] [--store SRC] [--data DIR]\n"
    "                      [--map FILE.png [--housing LISTING_ID] [--lang fr|en]]";

// A number option within its limits, or the message that says why not.
std::optional<std::string> numberOption(const Args& args,
                                        const char* name,
                                        const geo::NumberLimits& limits,
                                        std::optional<double>& out) {
    auto text = args.value(name);
    if (!text) return std::nullopt;
    double v = 0;
    const auto issue = geo::readNumber(*text, limits, v);
    if (issue != geo::NumberIssue::None)
        return std::string("--") + name + ": " + geo::describeNumberIssue(issue, *text, limits);
    out = v;
    return std::nullopt;
}

// Rounded for the JSON: two decimals for kilometres, one for minutes.
double rounded(double v, int decimals) {
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

nlohmann::ordered_json journeyJson(const Journey& j) {
    nlohmann::ordered_json out;
    out["site"] = {{"name", j.site.name},
                   {"commune", {{"code", j.site.communeCode}, {"name", j.site.communeName}}},
                   {"lon", j.site.lonLat.x},
                   {"lat", j.site.lonLat.y}};
    out["housing"] = nlohmann::ordered_json::array();
    for (const auto& h : j.housing) {
        const Listing& l = *h.listing;
        out["housing"].push_back({{"id", l.fid},
                                  {"title", l.title},
                                  {"commune", {{"code", l.communeCode}, {"name", l.communeName}}},
                                  {"lon", l.lonLat.x},
                                  {"lat", l.lonLat.y},
                                  {"distance_km", rounded(h.km, 2)},
                                  {"minutes_estimated", rounded(h.minutes, 1)},
                                  {"rent_min", orNull(l.priceMinEur)},
                                  {"rent_max", orNull(l.priceMaxEur)},
                                  {"furnished", orNull(l.furnished)},
                                  {"capacity", orNull(l.capacity)},
                                  {"semesters", h.semesters},
                                  {"vehicle", orNull(l.vehicle)},
                                  {"demo", l.demo}});
    }
    out["allowances"] = nlohmann::ordered_json::array();
    for (const auto& a : j.allowances.aids) {
        out["allowances"].push_back(
            {{"id", a.rule->id},
             {"name", a.rule->name.fr},
             {"funder", a.rule->funder},
             {"amount_eur_max", orNull(a.amountMax)},
             {"counted_in_total", a.counted()},
             {"conditions", a.rule->conditions},
             {"confidence", a.toConfirm || a.zoneUnknown ? "à confirmer" : a.rule->confidence}});
    }
    out["total_eur_max"] = j.allowances.totalMax;
    out["nearby"] = nlohmann::ordered_json::array();
    for (const auto& n : j.nearby)
        out["nearby"].push_back(
            {{"kind", n.kind}, {"name", n.name}, {"commune", n.commune}, {"minutes_estimated", rounded(n.minutes, 1)}});
    return out;
}

// The site from whichever of --at, --site, --finess, --commune was given.
geo::Result<InternshipSite> siteFromArgs(const Args& args, const TerritoryData& t, const InternshipPlaces& places) {
    auto bad = [](const std::string& m) { return geo::Error{geo::ErrorCode::BadArgument, m, ""}; };
    if (auto at = args.value("at")) {
        const auto comma = at->find(',');
        double lon = 0, lat = 0;
        if (comma == std::string::npos ||
            geo::readNumber(at->substr(0, comma), {-180, 180}, lon) != geo::NumberIssue::None ||
            geo::readNumber(at->substr(comma + 1), {-90, 90}, lat) != geo::NumberIssue::None)
            return bad("--at wants LON,LAT in degrees, e.g. 1.3347,47.5861 (got '" + *at + "')");
        return siteAtPoint(t, {lon, lat});
    }
    if (auto site = args.value("site")) {
        double id = 0;
        if (geo::readNumber(*site, {0, 9e15, true}, id) != geo::NumberIssue::None)
            return bad("--site wants a listing id, a whole number (got '" + *site + "'); see santemap listings list");
        return siteOfListing(t, static_cast<std::int64_t>(id));
    }
    if (auto finess = args.value("finess")) return siteOfHospital(t, places, *finess);
    return siteOfCommune(t, *args.value("commune"));
}

// The query's options; an error message when one is wrong.
std::optional<std::string> readQuery(const Args& args, JourneyQuery& q) {
    q.placement.level = args.value("level").value_or("interne");
    if (std::none_of(std::begin(kStudentLevels), std::end(kStudentLevels), [&](const char* l) {
            return q.placement.level == l;
        }))
        return "--level wants externe, interne or paramedical (got '" + q.placement.level + "')";
    std::optional<double> months;
    if (auto err = numberOption(args, "months", {1, 24, true}, months)) return err;
    q.placement.months = months ? static_cast<int>(*months) : 6;  // whole and within 1..24
    if (auto err = numberOption(args, "max-minutes", {0, 1440}, q.maxMinutes)) return err;
    if (auto err = numberOption(args, "max-rent", {0, 100000}, q.maxRentEur)) return err;
    q.faculty = args.value("faculty");
    q.homeCommune = args.value("home");
    q.semester = args.value("semester");
    q.furnishedOnly = args.flag("furnished");
    q.profession = args.value("profession").value_or("");
    q.date = args.value("date").value_or(todayIso());
    if (!geo::isIsoDate(q.date)) return "--date wants YYYY-MM-DD (got '" + q.date + "')";
    return std::nullopt;
}

struct MapOptions {
    std::string path;  // empty: no map
    std::optional<std::int64_t> housing;
    Language lang = Language::French;
};

geo::Result<MapOptions> readMapOptions(const Args& args) {
    auto bad = [](const std::string& m) { return geo::Error{geo::ErrorCode::BadArgument, m, ""}; };
    MapOptions m;
    m.path = args.value("map").value_or("");
    const bool extras = args.value("housing") || args.value("lang");
    if (m.path.empty()) return extras ? geo::Result<MapOptions>(bad("--housing and --lang go with --map FILE.png")) : m;
    if (auto format = pageFormatOf(m.path); !format || *format != PageFormat::Png)
        return bad("--map writes a PNG: give a file name ending in .png (got '" + m.path + "')");
    if (auto id = args.value("housing")) {
        double v = 0;
        if (geo::readNumber(*id, {0, 9e15, true}, v) != geo::NumberIssue::None)
            return bad("--housing wants a listing id, a whole number (got '" + *id + "')");
        m.housing = static_cast<std::int64_t>(v);
    }
    const std::string lang = args.value("lang").value_or("fr");
    if (lang != "fr" && lang != "en") return bad("--lang wants fr or en (got '" + lang + "')");
    m.lang = lang == "en" ? Language::English : Language::French;
    return m;
}

// The journey drawn as a map, written to the PNG; --housing must be one of the housing shown.
geo::Status drawJourneyMap(const Scene& territory, const Journey& j, const MapOptions& m) {
    if (m.housing && std::none_of(j.housing.begin(), j.housing.end(), [&](const HousingOption& h) {
            return h.listing->fid == *m.housing;
        }))
        return geo::Error{geo::ErrorCode::BadArgument,
                          "--housing " + std::to_string(*m.housing) +
                              " is not among the housing of this journey (see \"housing\" in the JSON)",
                          ""};
    auto scene = journeyScene(territory, j, m.housing, m.lang);
    if (!scene) return scene.error();
    scene->width = 1400;
    scene->height = 1000;
    return writeScenePng(scene.value(), m.path);
}

}  // namespace

int runStage(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc,
                             argv,
                             2,
                             {"at",
                              "site",
                              "finess",
                              "commune",
                              "level",
                              "months",
                              "faculty",
                              "home",
                              "max-minutes",
                              "max-rent",
                              "semester",
                              "profession",
                              "date",
                              "store",
                              "data",
                              "map",
                              "housing",
                              "lang"},
                             {"furnished"},
                             args)) {
        printError(err->message + "\n" + kUsage);
        return kExitUsage;
    }
    const int places = args.value("at").has_value() + args.value("site").has_value() +
                       args.value("finess").has_value() + args.value("commune").has_value();
    if (places != 1 || !args.positional.empty()) {
        printError("give the internship's place with one of --at, --site, --finess or --commune\n" +
                   std::string(kUsage));
        return kExitUsage;
    }
    JourneyQuery q;
    if (auto err = readQuery(args, q)) {
        printError(*err);
        return kExitBadInput;
    }
    const auto mapOptions = readMapOptions(args);
    if (!mapOptions) {
        printError(mapOptions.error().message);
        return kExitUsage;
    }
    geo::Diagnostics diag;
    const std::string dataDir = args.value("data").value_or("");
    // As `sheet`: --store names the default store, so that a new one gets the demo set.
    if (auto store = args.value("store")) setenv("SANTEMAP_STORE", store->c_str(), 1);
    // A map needs the whole territory scene; the JSON alone, its communes and listings.
    std::optional<Scene> scene;
    std::optional<TerritoryBuilder> builder;
    if (mapOptions->path.empty()) {
        auto opened = TerritoryBuilder::open(dataDir, "", diag);
        if (!opened) {
            printError(geo::describe(opened.error()));
            return kExitBadInput;
        }
        builder.emplace(std::move(opened.value()));
        for (const auto& e : builder->catalogue().layers)
            if (e.build == "territory-communes" || e.build == "listings")
                if (auto layer = builder->layerData(e, diag); !layer) {
                    printError(geo::describe(layer.error()));
                    return kExitBadInput;
                }
    } else {
        auto built = defaultTerritoryScene(dataDir, diag);
        if (!built) {
            printError(geo::describe(built.error()));
            return kExitBadInput;
        }
        scene.emplace(std::move(built.value()));
    }
    const TerritoryData& t = scene ? *scene->territory : *builder->data();
    auto placesData = loadInternshipPlaces(t.catalogue, dataDir, diag);
    printWarnings(diag.warnings);
    if (!placesData) {
        printError(geo::describe(placesData.error()));
        return kExitBadInput;
    }
    auto site = siteFromArgs(args, t, placesData.value());
    if (!site) {
        printError(geo::describe(site.error()));
        return kExitBadInput;
    }
    q.site = site.value();
    auto journey = planJourney(t, placesData.value(), q);
    if (!journey) {
        printError(geo::describe(journey.error()));
        return kExitBadInput;
    }
    if (scene)
        if (auto drawn = drawJourneyMap(*scene, journey.value(), *mapOptions); !drawn) {
            printError(geo::describe(drawn.error()));
            return kExitBadInput;
        }
    printJson(journeyJson(journey.value()));
    return kExitOk;
}

}  // namespace app
