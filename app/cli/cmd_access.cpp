// `santemap access [--profession medecin-generaliste|SPECIALTY] [--detour F] [--speed KMH]
// [--bands 10:1,15:0.66,20:0.33] [--add CODE:N ...] [--remove CODE:N ...] [--scenario FILE]
// [--communes CODE...|--departement NN...|--all] [--format json|csv] [--out FILE]`: the planner's
// accessibility model (issue 13) over metropolitan France — its parameters, its validation
// against the DREES APL 2023, and per commune of the scope the model before and after the
// scenario, the estimate after it and the indicative zones.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <set>

#include "cli_args.hpp"
#include "commands.hpp"
#include "domain/access_lab.hpp"
#include "domain/access_map.hpp"
#include "domain/access_scenario.hpp"
#include "geo/checked_number.hpp"
#include "geo/output_file.hpp"
#include "json_values.hpp"
#include "map/access_scene.hpp"
#include "map/default_territory.hpp"
#include "map/scene_image.hpp"
#include "map/take_away_page.hpp"

namespace app {

namespace {

const char* const kUsage =
    "usage: santemap access [--profession medecin-generaliste|SPECIALTY] [--detour F] [--speed KMH]\n"
    "                       [--bands 10:1,15:0.66,20:0.33] [--add CODE:N ...] [--remove CODE:N ...]\n"
    "                       [--scenario FILE] [--communes CODE...|--departement NN...|--all]\n"
    "                       [--format json|csv] [--out FILE] [--data DIR]\n"
    "                       [--map FILE.png [--view change|before|after|estimate] [--name TEXT]]";

geo::Error badInput(const std::string& m) { return geo::Error{geo::ErrorCode::BadArgument, m, ""}; }

// The model's parameters from --detour, --speed, --bands.
geo::Result<AccessParams> readParams(const Args& args) {
    AccessParams p;
    auto number = [&](const char* name, const geo::NumberLimits& limits, double& out) -> std::optional<geo::Error> {
        auto text = args.value(name);
        if (!text) return std::nullopt;
        if (auto issue = geo::readNumber(*text, limits, out); issue != geo::NumberIssue::None)
            return badInput(std::string("--") + name + ": " + geo::describeNumberIssue(issue, *text, limits));
        return std::nullopt;
    };
    if (auto e = number("detour", {1, 5}, p.travel.detour)) return *e;
    if (auto e = number("speed", {5, 200}, p.travel.speedKmh)) return *e;
    if (auto bands = args.value("bands")) {
        auto parsed = parseWeightBands(*bands);
        if (!parsed) return geo::Error{geo::ErrorCode::BadArgument, "--" + parsed.error().message, ""};
        p.bands = parsed.value();
    }
    return p;
}

// The scenario's changes: the file's, then --add CODE:N and --remove CODE:N.
geo::Result<Scenario> readChanges(const Args& args) {
    Scenario s;
    if (auto file = args.value("scenario")) {
        auto read = readScenario(*file);
        if (!read) return read.error();
        s = read.value();
    }
    for (const char* option : {"add", "remove"})
        for (const auto& item : args.all(option)) {
            const auto colon = item.find(':');
            double n = 0;
            if (colon == std::string::npos ||
                geo::readNumber(item.substr(colon + 1), {1, 100000, true}, n) != geo::NumberIssue::None)
                return badInput(std::string("--") + option + " wants CODE:N with N a whole number of practitioners " +
                                "from 1, e.g. 41143:2 (got '" + item + "')");
            const int delta = static_cast<int>(n);
            s.changes.push_back({item.substr(0, colon), std::string(option) == "add" ? delta : -delta});
        }
    return s;
}

// The points the output lists.
geo::Result<std::vector<std::size_t>> readScope(const Args& args, const AccessInputs& in, const AidContext& aid) {
    const AccessCommunes& c = in.communes;
    std::vector<std::size_t> out;
    const auto communes = args.all("communes"), departements = args.all("departement");
    if (!communes.empty()) {
        for (const auto& code : communes) {
            auto p = accessPointOf(c, aid.communes, code);
            if (!p) return badInput("unknown commune code '" + code + "' (or outside metropolitan France)");
            out.push_back(*p);
        }
        return out;
    }
    std::set<std::string> deps(departements.begin(), departements.end());
    if (deps.empty() && !args.flag("all")) deps = {"41", "45"};
    for (const auto& d : deps)
        if (std::find(c.departement.begin(), c.departement.end(), d) == c.departement.end())
            return badInput("unknown département '" + d + "' (metropolitan France: 01 to 95, 2A, 2B)");
    for (std::size_t i = 0; i < c.size(); ++i)
        if (deps.empty() || deps.count(c.departement[i])) out.push_back(i);
    return out;
}

nlohmann::ordered_json jsonOf(const AccessInputs& in,
                              const AccessLab& lab,
                              const std::vector<AccessRow>& rows,
                              double baselineSeconds,
                              double scenarioSeconds) {
    nlohmann::ordered_json j;
    const AccessParams& p = lab.params();
    nlohmann::ordered_json bands = nlohmann::ordered_json::array();
    for (const auto& b : p.bands) bands.push_back({b.upperMinutes, b.weight});
    j["parameters"] = {{"profession", in.profession},
                       {"detour", p.travel.detour},
                       {"speed_kmh", p.travel.speedKmh},
                       {"bands", bands},
                       {"consultations_per_gp", in.generalPractice ? nlohmann::ordered_json(lab.scale()) : nullptr}};
    if (!in.generalPractice) j["parameters"]["unit"] = "practitioners accessible per 100,000 inhabitants";
    const AccessCommunes& c = in.communes;
    auto rho = [&](auto in41or45) { return orNull(lab.spearmanWithDrees(c, in41or45)); };
    j["validation"]["spearman_drees_2023"] = {
        {"41_45",
         in.generalPractice ? rho([&](std::size_t i) { return c.departement[i] == "41" || c.departement[i] == "45"; })
                            : nullptr},
        {"region_24", in.generalPractice ? rho([&](std::size_t i) { return c.region[i] == "24"; }) : nullptr}};
    j["seconds"] = {{"baseline", baselineSeconds}, {"scenario", scenarioSeconds}};
    j["communes"] = nlohmann::ordered_json::array();
    for (const auto& r : rows) j["communes"].push_back(accessRowJson(in, lab, r));
    return j;
}

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

const std::pair<const char*, AccessView> kViews[] = {{"change", AccessView::Change},
                                                     {"before", AccessView::ModelBefore},
                                                     {"after", AccessView::ModelAfter},
                                                     {"estimate", AccessView::EstimateAfter}};

// What makes the command line unusable (exit 2), if anything.
std::optional<std::string> usageProblem(const Args& args) {
    const std::string format = args.value("format").value_or("json");
    const int scopes = !args.all("communes").empty() + !args.all("departement").empty() + args.flag("all");
    if (!args.positional.empty()) return "unexpected argument '" + args.positional.front() + "'";
    if (format != "json" && format != "csv") return "--format wants json or csv (got '" + format + "')";
    if (scopes > 1) return "give one of --communes, --departement, --all";
    if (!args.value("map") && (args.value("view") || args.value("name")))
        return "--view and --name go with --map FILE.png";
    const std::string view = args.value("view").value_or("change");
    if (std::none_of(std::begin(kViews), std::end(kViews), [&](const auto& v) { return view == v.first; }))
        return "--view wants change, before, after or estimate (got '" + view + "')";
    if (auto map = args.value("map")) {
        if (auto written = pageFormatOf(*map); !written || *written != PageFormat::Png)
            return "--map writes a PNG: give a file name ending in .png (got '" + *map + "')";
    }
    return std::nullopt;
}

AccessView viewOf(const Args& args) {
    const std::string view = args.value("view").value_or("change");
    for (const auto& [name, v] : kViews)
        if (view == name) return v;
    return AccessView::Change;
}

// What the command reads: with --map the whole territory scene (its aid context serves the
// model), otherwise the catalogue and the aid context alone.
struct LabData {
    std::optional<Scene> scene;
    std::optional<Catalogue> ownCatalogue;
    std::optional<AidContext> ownAid;
    const AidContext& aid() const { return scene ? scene->territory->aid : *ownAid; }
    const Catalogue& catalogue() const { return scene ? scene->territory->catalogue : *ownCatalogue; }
};

geo::Status loadLabData(const Args& args, LabData& data) {
    geo::Diagnostics diag;
    const std::string dataDir = args.value("data").value_or("");
    if (args.value("map")) {
        auto scene = defaultTerritoryScene(dataDir, diag);
        printWarnings(diag.warnings);
        if (!scene) return scene.error();
        data.scene.emplace(std::move(scene.value()));
        return geo::Ok{};
    }
    auto catalogue = findCatalogue(dataDir);
    if (!catalogue) return catalogue.error();
    auto aid = loadAidContext(catalogue.value(), dataDir, "", diag);
    printWarnings(diag.warnings);
    if (!aid) return aid.error();
    data.ownCatalogue.emplace(std::move(catalogue.value()));
    data.ownAid.emplace(std::move(aid.value()));
    return geo::Ok{};
}

geo::Status drawAccessMap(const Scene& territory,
                          AccessView view,
                          const AccessInputs& in,
                          const AccessLab& lab,
                          const std::string& name,
                          const std::string& path) {
    auto scene = accessScene(territory, view, in, lab, name, Language::French);
    if (!scene) return scene.error();
    scene->width = 1000;
    scene->height = 760;
    return writeScenePng(scene.value(), path);
}

// To --out (atomically) or standard output.
int writeOutput(const std::optional<std::string>& out, const std::string& text) {
    if (!out) {
        std::fputs(text.c_str(), stdout);
        return kExitOk;
    }
    if (auto written = geo::writeFileAtomically(*out, text); !written) {
        printError(geo::describe(written.error()));
        return kExitBadInput;
    }
    return kExitOk;
}

}  // namespace

int runAccess(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc,
                             argv,
                             2,
                             {"profession",
                              "detour",
                              "speed",
                              "bands",
                              "add",
                              "remove",
                              "scenario",
                              "communes",
                              "departement",
                              "format",
                              "out",
                              "data",
                              "map",
                              "view",
                              "name"},
                             {"all"},
                             args,
                             {"add", "remove", "communes", "departement"})) {
        printError(err->message + "\n" + kUsage);
        return kExitUsage;
    }
    if (auto problem = usageProblem(args)) {
        printError(*problem + "\n" + kUsage);
        return kExitUsage;
    }
    const std::string format = args.value("format").value_or("json");
    auto params = readParams(args);
    auto scenario = params ? readChanges(args) : geo::Result<Scenario>(params.error());
    if (!params || !scenario) {
        printError(geo::describe(params ? scenario.error() : params.error()));
        return kExitBadInput;
    }
    LabData data;
    if (auto loaded = loadLabData(args, data); !loaded) {
        printError(geo::describe(loaded.error()));
        return kExitBadInput;
    }
    const AidContext& aidContext = data.aid();
    auto in = loadAccessInputs(aidContext,
                               data.catalogue(),
                               args.value("data").value_or(""),
                               args.value("profession").value_or(kGeneralPractice));
    if (!in) {
        printError(geo::describe(in.error()));
        return kExitBadInput;
    }
    auto scope = readScope(args, in.value(), aidContext);
    if (!scope) {
        printError(geo::describe(scope.error()));
        return kExitBadInput;
    }
    auto t0 = std::chrono::steady_clock::now();
    AccessLab lab(in->communes, in->supply, params.value(), in->generalPractice);
    const double baselineSeconds = secondsSince(t0);
    t0 = std::chrono::steady_clock::now();
    for (const auto& change : scenario->changes) {
        auto point = accessPointOf(in->communes, aidContext.communes, change.commune);
        auto applied = point ? lab.apply(*point, change)
                             : geo::Status(badInput("unknown commune code '" + change.commune +
                                                    "' in the scenario (or outside metropolitan France)"));
        if (!applied) {
            printError(geo::describe(applied.error()));
            return kExitBadInput;
        }
    }
    const double scenarioSeconds = secondsSince(t0);
    if (auto map = args.value("map")) {
        auto drawn = drawAccessMap(
            *data.scene, viewOf(args), in.value(), lab, args.value("name").value_or(scenario->name), *map);
        if (!drawn) {
            printError(geo::describe(drawn.error()));
            return kExitBadInput;
        }
    }
    std::vector<AccessRow> rows;
    for (std::size_t i : scope.value())
        // A specialty's supply is known in 41 and 45 only: its accessibility is shown there only.
        if (in->generalPractice || in->communes.departement[i] == "41" || in->communes.departement[i] == "45")
            rows.push_back(accessRow(in.value(), lab, i));
    const std::string text = format == "csv"
                                 ? accessCsv(in.value(), lab, rows)
                                 : jsonOf(in.value(), lab, rows, baselineSeconds, scenarioSeconds)
                                       .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return writeOutput(args.value("out"), format == "csv" ? text : text + "\n");
}

}  // namespace app
