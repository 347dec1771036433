// `santemap aids --profession CODE --commune INSEE [--student] [--first-installation yes|no]
// [--date YYYY-MM-DD] [--zoning FILE]`: the aids open to a profile in a commune, as JSON.
#include <cmath>

#include "cli_args.hpp"
#include "commands.hpp"
#include "domain/aid_context.hpp"
#include "geo/iso_date.hpp"
#include "json_values.hpp"

namespace app {

namespace {

const char* const kUsage =
    "usage: santemap aids --profession CODE --commune INSEE [--student] [--first-installation yes|no]\n"
    "                     [--date YYYY-MM-DD] [--zoning FILE] [--data DIR]";

nlohmann::ordered_json euros(std::optional<double> v) {
    if (!v) return nullptr;
    return static_cast<long long>(std::llround(*v));
}

}  // namespace

nlohmann::ordered_json aidJson(const ApplicableAid& a) {
    const AidRule& r = *a.rule;
    nlohmann::ordered_json j;
    j["id"] = r.id;
    j["name"] = r.name.fr;
    j["funder"] = r.funder;
    j["funder_type"] = r.funderType;
    j["kind"] = r.kind;
    j["amount_eur_max"] = euros(a.amountMax);
    j["commitment_years"] = orNull(r.commitmentYears);
    j["conditions"] = r.conditions;
    j["source_url"] = r.sourceUrl;
    j["confidence"] = r.confidence;
    j["counted_in_total"] = a.amountMax.has_value() && !a.zoneUnknown && !r.isLoanOrInKind();
    if (a.zoneUnknown) j["zone_to_confirm"] = true;
    if (!r.validTo.empty()) j["valid_to"] = r.validTo;
    if (!r.note.empty()) j["note"] = r.note;
    return j;
}

int runAids(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc,
                             argv,
                             2,
                             {"profession", "commune", "first-installation", "date", "zoning", "data"},
                             {"student"},
                             args)) {
        printError(err->message + "\n" + kUsage);
        return kExitUsage;
    }
    if (!args.value("profession") || !args.value("commune") || !args.positional.empty()) {
        printError(kUsage);
        return kExitUsage;
    }
    AidProfile profile;
    profile.profession = *args.value("profession");
    profile.student = args.flag("student");
    if (auto first = args.value("first-installation")) {
        if (*first != "yes" && *first != "no") {
            printError("--first-installation wants yes or no (got '" + *first + "')");
            return kExitUsage;
        }
        profile.firstInstallation = *first == "yes";
    }
    profile.date = args.value("date").value_or(todayIso());
    if (!geo::isIsoDate(profile.date)) {
        printError("--date wants YYYY-MM-DD (got '" + profile.date + "')");
        return kExitUsage;
    }

    geo::Diagnostics diag;
    const std::string dataDir = args.value("data").value_or("");
    auto ctx = loadAidContext(dataDir, args.value("zoning").value_or(""), diag);
    printWarnings(diag.warnings);
    if (!ctx) {
        printError(geo::describe(ctx.error()));
        return kExitBadInput;
    }
    const Profession* profession = ctx->professions.find(profile.profession);
    if (!profession) {
        printError("unknown profession '" + profile.profession + "'; known: " + ctx->professions.codeList());
        return kExitUsage;
    }
    const std::string asked = *args.value("commune");
    auto row = ctx->communes.row(asked);
    if (!row) {
        printError("unknown commune code '" + asked + "' (a code INSEE such as 41018 for Blois)");
        return kExitBadInput;
    }
    const AidPlace place = ctx->placeOf(*row, *profession);
    const ZoneInfo zone = place.zones.at(profession->zoningKey());
    AidEvaluation eval = evaluateAids(ctx->aids, ctx->professions, profile, place);

    nlohmann::ordered_json commune;
    commune["code"] = place.code;
    commune["name"] = ctx->communes.text(*row, "nom");
    commune["departement"] = place.departement;
    if (asked != place.code) commune["code_asked"] = asked;
    commune["zone"] = zone.zone ? nlohmann::ordered_json(zoneCode(*zone.zone)) : nullptr;
    commune["zone_source"] = textOrNull(zone.source);
    if (zone.source == "indicative") commune["zone_note"] = "indicatif, calculé à partir de l'APL";
    if (!zone.zone) commune["zone_note"] = "non disponible : pas de zonage officiel chargé pour cette profession";

    nlohmann::ordered_json aids = nlohmann::ordered_json::array();
    for (const auto& a : eval.aids) aids.push_back(aidJson(a));
    nlohmann::ordered_json out;
    out["commune"] = commune;
    out["profile"] = {{"profession", profession->code},
                      {"status", profile.student ? "student" : "installed"},
                      {"first_installation", profile.firstInstallation},
                      {"date", profile.date}};
    out["aids"] = aids;
    out["total_eur_max"] = euros(eval.totalMax);
    printJson(out);
    return kExitOk;
}

}  // namespace app
