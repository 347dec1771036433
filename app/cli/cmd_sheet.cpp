// `santemap sheet --listing ID | --commune INSEE [--profession CODE] [--student]
// [--first-installation yes|no] [--date YYYY-MM-DD] [--lang fr|en] --out FILE.pdf|FILE.png`:
// the take-away sheet of a listing or a commune, one A4 page, and what it holds as JSON.
#include <cmath>

#include "commands.hpp"
#include "domain/take_away.hpp"
#include "json_values.hpp"
#include "map/default_territory.hpp"
#include "map/take_away_page.hpp"
#include "profile_options.hpp"

namespace app {

namespace {

const char* const kUsage =
    "usage: santemap sheet --listing ID | --commune INSEE [--profession CODE] [--student]\n"
    "                      [--first-installation yes|no] [--date YYYY-MM-DD] [--lang fr|en]\n"
    "                      [--store SRC] [--data DIR] --out FILE.pdf|FILE.png";

}  // namespace

int runSheet(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(
            argc,
            argv,
            2,
            {"listing", "commune", "profession", "first-installation", "date", "lang", "store", "data", "out"},
            {"student"},
            args)) {
        printError(err->message + "\n" + kUsage);
        return kExitUsage;
    }
    const auto listing = args.value("listing"), commune = args.value("commune"), out = args.value("out");
    if (listing.has_value() == commune.has_value() || !out || !args.positional.empty()) {
        printError(kUsage);
        return kExitUsage;
    }
    AidProfile profile;
    Language lang = Language::French;
    if (auto err = readAidProfile(args, profile); err || (err = readLanguage(args, lang))) {
        printError(*err);
        return kExitUsage;
    }
    auto format = pageFormatOf(*out);
    if (!format) {
        printError(geo::describe(format.error()));
        return kExitUsage;
    }
    std::int64_t fid = -1;
    if (listing) {
        char* end = nullptr;
        fid = std::strtoll(listing->c_str(), &end, 10);
        if (listing->empty() || *end || fid < 0) {
            printError("--listing wants a listing id, a whole number (got '" + *listing +
                       "'); see santemap listings list");
            return kExitUsage;
        }
    }

    geo::Diagnostics diag;
    if (auto store = args.value("store")) setenv("SANTEMAP_STORE", store->c_str(), 1);
    auto scene = defaultTerritoryScene(args.value("data").value_or(""), diag);
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
    auto sheet = listing ? takeAwayForListing(t, fid, profile, lang, profile.date)
                         : takeAwayForCommune(t, *commune, profile, lang, profile.date);
    if (!sheet) {
        printError(geo::describe(sheet.error()));
        return kExitBadInput;
    }
    auto map = takeAwayMapExcerpt(scene.value(), sheet.value(), kExcerptMillimetres, diag);
    if (!map) {
        printError(geo::describe(map.error()));
        return kExitBadInput;
    }
    auto pages = writeTakeAwayPage(sheet.value(), map.value(), lang, format.value(), *out);
    if (!pages) {
        printError(geo::describe(pages.error()));
        return kExitBadInput;
    }
    nlohmann::ordered_json j;
    j["path"] = *out;
    j["format"] = format.value() == PageFormat::Pdf ? "pdf" : "png";
    j["pages"] = pages.value();
    j["total_eur_max"] = static_cast<long long>(std::llround(sheet->totalEurMax));
    j["qr_payload"] = sheet->qrPayload ? nlohmann::ordered_json(*sheet->qrPayload) : nullptr;
    j["demo"] = sheet->demo;
    printJson(j);
    return kExitOk;
}

}  // namespace app
