#include "aids.hpp"

#include <algorithm>
#include <ctime>
#include <set>

#include "geo/iso_date.hpp"
#include "json_file.hpp"

namespace app {

std::optional<double> AidAmount::maxTotal() const {
    double total = 0;
    switch (rule) {
        case Rule::None:
            return std::nullopt;
        case Rule::Once:
            total = eur;
            break;
        case Rule::PerMonth:
        case Rule::PerYear:
            if (!count) return capEur;
            total = eur * *count;
            break;
    }
    if (capEur) total = std::min(total, *capEur);
    return total;
}

std::string todayIso() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

namespace {

const std::set<std::string> kKinds = {"grant", "bursary", "allowance", "loan", "in_kind"};
const std::set<std::string> kFunderTypes = {
    "etat", "assurance_maladie", "ars", "region", "departement", "commune", "association"};
const std::set<std::string> kConfidences = {"verified", "partial", "seed"};
const std::set<std::string> kStatuses = {"student", "installed"};

geo::Result<AidAmount> parseAmount(const nlohmann::json& a, const std::string& where) {
    AidAmount out;
    if (a.is_null()) return out;
    auto bad = [&](const std::string& m) { return geo::Error{geo::ErrorCode::BadFormat, where + ": " + m, ""}; };
    if (!a.is_object()) return bad("amount must be an object or null");
    // No aid of a département or the State reaches ten million euros: beyond, a typing error.
    // Negative amounts are refused by the limits ("smaller than 0").
    const geo::NumberLimits euros{0, 1e7}, monthLimits{1, 600, true}, yearLimits{1, 100, true};
    std::optional<geo::Error> failed;  // the first number out of its limits
    auto number = [&](const char* key, const geo::NumberLimits& limits) -> std::optional<double> {
        auto v = jsonCheckedNumber(a, key, limits, where);
        if (!v && !failed) failed = v.error();
        return v ? v.value() : std::nullopt;
    };
    const auto once = number("once_eur", euros), perMonth = number("per_month_eur", euros),
               perYear = number("per_year_eur", euros), months = number("months", monthLimits),
               years = number("years", yearLimits);
    out.capEur = number("cap_eur", euros);
    if (failed) return geo::Error{geo::ErrorCode::BadFormat, failed->message, ""};
    // Whole and within their limits: the conversion is exact.
    auto count = [](std::optional<double> v) { return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt; };
    if (once) {
        out.rule = AidAmount::Rule::Once;
        out.eur = *once;
    } else if (perMonth) {
        out.rule = AidAmount::Rule::PerMonth;
        out.eur = *perMonth;
        out.count = count(months);
    } else if (perYear) {
        out.rule = AidAmount::Rule::PerYear;
        out.eur = *perYear;
        out.count = count(years);
    } else {
        return bad("amount needs once_eur, per_month_eur or per_year_eur");
    }
    return out;
}

geo::Result<std::optional<PlacementRule>> parsePlacement(const nlohmann::json& e, const std::string& where) {
    if (!e.contains("placement") || e["placement"].is_null()) return std::optional<PlacementRule>{};
    const auto& p = e["placement"];
    auto bad = [&](const std::string& m) {
        return geo::Error{geo::ErrorCode::BadFormat, where + ": placement: " + m, ""};
    };
    if (!p.is_object()) return bad("must be an object");
    PlacementRule r;
    auto known = [](const std::string& level) {
        return std::any_of(
            std::begin(kStudentLevels), std::end(kStudentLevels), [&](const char* k) { return level == k; });
    };
    r.levels = jsonTexts(p, "levels");
    for (const auto& level : r.levels)
        if (!known(level)) return bad("unknown level '" + level + "' (externe, interne, paramedical)");
    if (p.contains("per_month_eur_by_level")) {
        if (!p["per_month_eur_by_level"].is_object()) return bad("per_month_eur_by_level must be an object");
        for (const auto& [level, v] : p["per_month_eur_by_level"].items()) {
            if (!known(level)) return bad("unknown level '" + level + "' in per_month_eur_by_level");
            auto n = jsonCheckedNumber(p["per_month_eur_by_level"], level.c_str(), geo::NumberLimits{0, 1e5}, where);
            if (!n || !n.value()) return bad("per_month_eur_by_level." + level + " must be a number of euros");
            r.perMonthByLevel[level] = **n;
        }
    }
    auto km = jsonCheckedNumber(p, "min_km_from_faculty_and_home", geo::NumberLimits{0, 1000}, where);
    auto rural = jsonCheckedNumber(p, "rural_population_below", geo::NumberLimits{1, 1e6}, where);
    if (!km) return bad(km.error().message);
    if (!rural) return bad(rural.error().message);
    r.minKmFromFacultyAndHome = km.value();
    r.ruralBelowPopulation = rural.value();
    return std::optional<PlacementRule>(std::move(r));
}

}  // namespace

geo::Result<AidCatalogue> readAids(const std::string& path, const ProfessionCatalogue& professions) {
    auto json = readJsonFile(path);
    if (!json) return json.error();
    const auto& j = json.value();
    auto bad = [&](const std::string& what) { return geo::Error{geo::ErrorCode::BadFormat, what, path}; };
    if (!j.is_object() || !j.contains("aids") || !j["aids"].is_array())
        return bad("expected an object with an \"aids\" array");
    AidCatalogue cat;
    cat.retrieved = jsonText(j, "retrieved");
    std::set<std::string> ids;
    for (const auto& e : j["aids"]) {
        AidRule r;
        r.id = jsonText(e, "id");
        const std::string where = "aid '" + (r.id.empty() ? e.dump().substr(0, 60) : r.id) + "'";
        if (r.id.empty() || !ids.insert(r.id).second) return bad(where + ": missing or repeated id");
        r.name = jsonLocal(e, "name");
        r.funder = jsonText(e, "funder");
        r.funderType = jsonText(e, "funder_type");
        r.kind = jsonText(e, "kind");
        r.beneficiary = jsonText(e, "beneficiary");
        if (r.beneficiary.empty()) r.beneficiary = "professional";
        if (r.name.fr.empty() || r.funder.empty()) return bad(where + ": name and funder are required");
        if (!kKinds.count(r.kind)) return bad(where + ": kind must be grant, bursary, allowance, loan or in_kind");
        if (!kFunderTypes.count(r.funderType))
            return bad(where +
                       ": funder_type must be etat, assurance_maladie, ars, region, departement, commune "
                       "or association");
        r.confidence = jsonText(e, "confidence");
        if (!kConfidences.count(r.confidence)) return bad(where + ": confidence must be verified, partial or seed");
        r.professions = jsonTexts(e, "professions");
        if (r.professions.empty()) return bad(where + ": professions is empty (use [\"*\"] for all)");
        for (const auto& p : r.professions) {
            if (p == "*") continue;
            if (p.rfind("group:", 0) == 0) {
                bool known = false;
                for (const auto& g : professions.groups) known = known || g.first == p.substr(6);
                if (!known) return bad(where + ": unknown profession group '" + p + "'");
            } else if (!professions.find(p)) {
                return bad(where + ": unknown profession '" + p + "'");
            }
        }
        r.status = jsonTexts(e, "status");
        if (r.status.empty()) return bad(where + ": status must list student and/or installed");
        for (const auto& s : r.status)
            if (!kStatuses.count(s)) return bad(where + ": unknown status '" + s + "'");
        if (e.contains("first_installation") && e["first_installation"].is_boolean())
            r.firstInstallation = e["first_installation"].get<bool>();
        r.departements = jsonTexts(e, "departements");
        for (const auto& z : jsonTexts(e, "zones")) {
            auto zone = parseZone(z);
            if (!zone) return bad(where + ": unknown zone '" + z + "' (ZIP, ZAC, HZ, ZV)");
            r.zones.push_back(*zone);
        }
        if (auto zoning = jsonText(e, "zoning"); !zoning.empty()) {
            if (zoning != "medecins" && zoning != "profession")
                return bad(where + ": zoning must be medecins or profession");
            r.zoning = zoning;
        }
        auto amount = parseAmount(e.contains("amount") ? e["amount"] : nlohmann::json(), where);
        if (!amount) return bad(amount.error().message);
        r.amount = amount.value();
        auto placement = parsePlacement(e, where);
        if (!placement) return bad(placement.error().message);
        r.placement = placement.value();
        if (r.placement && std::find(r.status.begin(), r.status.end(), "student") == r.status.end())
            return bad(where + ": a placement allowance is for students (status: student)");
        auto commitment = jsonCheckedNumber(e, "commitment_years", geo::NumberLimits{0, 100, true}, where);
        if (!commitment) return bad(commitment.error().message);
        if (commitment.value()) r.commitmentYears = static_cast<int>(**commitment);
        r.validFrom = jsonText(e, "valid_from");
        r.validTo = jsonText(e, "valid_to");
        for (const auto* d : {&r.validFrom, &r.validTo})
            if (!d->empty() && !geo::isIsoDate(*d)) return bad(where + ": dates must be YYYY-MM-DD (got '" + *d + "')");
        r.conditions = jsonText(e, "conditions");
        r.note = jsonText(e, "note");
        r.sourceUrl = jsonText(e, "source_url");
        if (r.sourceUrl.empty()) return bad(where + ": source_url is required");
        cat.aids.push_back(std::move(r));
    }
    return cat;
}

namespace {

// A placement rule against the student's placement: false when it does not apply; otherwise the
// amount over the placement's months, and whether a condition waits for what was not given.
bool applyPlacement(const PlacementRule& rule, const AidAmount& amount, const Placement& p, ApplicableAid& a) {
    if (!rule.levels.empty() && std::find(rule.levels.begin(), rule.levels.end(), p.level) == rule.levels.end())
        return false;
    if (rule.minKmFromFacultyAndHome) {
        const double min = *rule.minKmFromFacultyAndHome;
        // Near either one: not due. Far from both: due. Far from the one given: to confirm.
        if ((p.kmFromFaculty && *p.kmFromFaculty <= min) || (p.kmFromHome && *p.kmFromHome <= min)) return false;
        a.toConfirm = a.toConfirm || !p.kmFromFaculty || !p.kmFromHome;
    }
    if (rule.ruralBelowPopulation) {
        if (p.sitePopulation && *p.sitePopulation >= *rule.ruralBelowPopulation) return false;
        a.toConfirm = a.toConfirm || !p.sitePopulation;
    }
    if (amount.rule == AidAmount::Rule::PerMonth) {
        auto it = rule.perMonthByLevel.find(p.level);
        AidAmount over = amount;
        over.eur = it != rule.perMonthByLevel.end() ? it->second : amount.eur;
        over.count = p.months;
        a.amountMax = over.maxTotal();
    }
    return true;
}

bool professionMatches(const AidRule& r, const Profession& p) {
    for (const auto& want : r.professions) {
        if (want == "*" || want == p.code) return true;
        if (want.rfind("group:", 0) == 0 && want.substr(6) == p.group) return true;
    }
    return false;
}

}  // namespace

AidEvaluation evaluateAids(const AidCatalogue& catalogue,
                           const ProfessionCatalogue& professions,
                           const AidProfile& profile,
                           const AidPlace& place,
                           bool includeStructures) {
    AidEvaluation out;
    const Profession* profession = professions.find(profile.profession);
    if (!profession) return out;
    const std::string status = profile.student ? "student" : "installed";
    for (const auto& r : catalogue.aids) {
        if (r.beneficiary == "structure" && !includeStructures) continue;
        if (!professionMatches(r, *profession)) continue;
        if (std::find(r.status.begin(), r.status.end(), status) == r.status.end()) continue;
        if (!profile.student && r.firstInstallation && *r.firstInstallation != profile.firstInstallation) continue;
        if (!r.departements.empty() &&
            std::find(r.departements.begin(), r.departements.end(), place.departement) == r.departements.end())
            continue;
        if (!profile.date.empty()) {
            if (!r.validFrom.empty() && profile.date < r.validFrom) continue;
            if (!r.validTo.empty() && profile.date > r.validTo) continue;
        }
        ApplicableAid a;
        a.rule = &r;
        if (!r.zones.empty()) {
            const std::string key = r.zoning == "medecins" ? "medecins" : profession->zoningKey();
            auto it = place.zones.find(key);
            const bool known = it != place.zones.end() && it->second.zone;
            if (known && std::find(r.zones.begin(), r.zones.end(), *it->second.zone) == r.zones.end()) continue;
            a.zoneUnknown = !known;
        }
        a.amountMax = r.amount.maxTotal();
        if (profile.placement && (!r.placement || !applyPlacement(*r.placement, r.amount, *profile.placement, a)))
            continue;
        if (a.counted()) out.totalMax += *a.amountMax;
        out.aids.push_back(a);
    }
    return out;
}

}  // namespace app
