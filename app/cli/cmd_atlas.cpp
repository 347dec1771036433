// `santemap atlas (--communes INSEE... | --departement NN) --out atlas.pdf [--profession CODE]
// [--student] [--first-installation yes|no] [--scenario FILE] [--date YYYY-MM-DD] [--lang fr|en]`:
// the planner's printed atlas (issue 13), one A4 page per commune, and what it holds as JSON. A
// progress bar goes to standard error when it is a terminal.
#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "commands.hpp"
#include "domain/atlas.hpp"
#include "json_values.hpp"
#include "map/atlas_document.hpp"
#include "map/default_territory.hpp"
#include "map/take_away_page.hpp"
#include "profile_options.hpp"

namespace app {

namespace {

const char* const kUsage =
    "usage: santemap atlas (--communes INSEE... | --departement NN) --out FILE.pdf [--profession CODE]\n"
    "                      [--student] [--first-installation yes|no] [--scenario FILE]\n"
    "                      [--date YYYY-MM-DD] [--lang fr|en] [--store SRC] [--data DIR]";

// "atlas [########------------]  120/325  Orléans" on one line, redrawn in place.
void showProgress(int done, int count, const std::string& name) {
    constexpr int kBar = 30;
    const int filled = count > 0 ? done * kBar / count : kBar;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(kBar - filled), '-');
    std::fprintf(stderr, "\ratlas [%s] %4d/%d  %-40.40s", bar.c_str(), done, count, name.c_str());
    if (done == count) std::fputc('\n', stderr);
    std::fflush(stderr);
}

// What makes the command line unusable (exit 2), if anything.
std::optional<std::string> usageProblem(const Args& args) {
    if (!args.positional.empty()) return "unexpected argument '" + args.positional.front() + "'";
    const bool communes = !args.all("communes").empty(), departement = args.value("departement").has_value();
    if (communes == departement) return "give --communes INSEE... or --departement NN";
    if (!args.value("out")) return "--out FILE.pdf is required";
    if (auto format = pageFormatOf(*args.value("out")); !format || *format != PageFormat::Pdf)
        return "--out writes a PDF: give a file name ending in .pdf (got '" + *args.value("out") + "')";
    return std::nullopt;
}

}  // namespace

int runAtlas(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc,
                             argv,
                             2,
                             {"communes",
                              "departement",
                              "out",
                              "profession",
                              "first-installation",
                              "scenario",
                              "date",
                              "lang",
                              "store",
                              "data"},
                             {"student"},
                             args,
                             {"communes"})) {
        printError(err->message + "\n" + kUsage);
        return kExitUsage;
    }
    AidProfile profile;
    Language lang = Language::French;
    std::optional<std::string> problem = usageProblem(args);
    if (!problem) problem = readAidProfile(args, profile);
    if (!problem) problem = readLanguage(args, lang);
    if (problem) {
        printError(*problem + "\n" + kUsage);
        return kExitUsage;
    }
    const auto t0 = std::chrono::steady_clock::now();
    std::optional<Scenario> scenario;
    if (auto file = args.value("scenario")) {
        auto read = readScenario(*file);
        if (!read) {
            printError(geo::describe(read.error()));
            return kExitBadInput;
        }
        scenario = read.value();
    }
    geo::Diagnostics diag;
    if (auto store = args.value("store")) setenv("SANTEMAP_STORE", store->c_str(), 1);
    const std::string dataDir = args.value("data").value_or("");
    auto scene = defaultTerritoryScene(dataDir, diag);
    printWarnings(diag.warnings);
    if (!scene) {
        printError(geo::describe(scene.error()));
        return kExitBadInput;
    }
    const TerritoryData& t = *scene->territory;
    if (auto unknown = unknownProfession(t, profile)) {
        printError(*unknown);
        return kExitUsage;
    }
    const std::string departement = args.value("departement").value_or("");
    auto codes = atlasCommunes(t, args.all("communes"), departement);
    auto model = codes ? AtlasModel::build(t.aid, t.catalogue, dataDir, scenario, profile.date)
                       : geo::Result<AtlasModel>(codes.error());
    const std::string title = std::string(tr(lang, Text::AtlasTitle)) + " \u2014 " +
                              (departement.empty() ? std::string("communes") : "département " + departement);
    auto doc = model ? AtlasDocument::open(t, lang, title) : geo::Result<AtlasDocument>(model.error());
    if (!doc) {
        printError(geo::describe(doc.error()));
        return kExitBadInput;
    }
    const bool progress = isatty(fileno(stderr));
    const int count = static_cast<int>(codes->size());
    for (int i = 0; i < count; ++i) {
        auto page = atlasPage(t, (*codes)[i], profile, lang, &model.value());
        if (!page) {
            printError(geo::describe(page.error()));
            return kExitBadInput;
        }
        doc->addPage(page.value(), i + 1, count);
        if (progress) showProgress(i + 1, count, page->sheet.communeName);
    }
    const std::string out = *args.value("out");
    auto bytes = doc->finish(out);
    if (!bytes) {
        printError(geo::describe(bytes.error()));
        return kExitBadInput;
    }
    nlohmann::ordered_json j;
    j["path"] = out;
    j["pages"] = count;
    j["bytes"] = bytes.value();
    j["bytes_per_page"] = count > 0 ? bytes.value() / static_cast<std::size_t>(count) : 0;
    j["communes"] = codes.value();
    j["scenario"] = scenario ? nlohmann::ordered_json(scenario->name) : nullptr;
    j["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    printJson(j);
    return kExitOk;
}

}  // namespace app
