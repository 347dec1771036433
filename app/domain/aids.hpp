// Aid rules as data (data/aids.json) and the calculator that lists the aids open to a profile in a
// commune. Rules are matched, never coded: a new aid is a new JSON entry.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/result.hpp"
#include "professions.hpp"
#include "zoning.hpp"

namespace app {

struct AidAmount {
    enum class Rule { None, Once, PerMonth, PerYear };
    Rule rule = Rule::None;
    double eur = 0;                // the one-off, monthly or yearly amount
    std::optional<int> count;      // months or years; nullopt when the sources do not give them
    std::optional<double> capEur;  // overall cap
    // The most the aid can pay in total; nullopt when the duration is unknown and there is no cap.
    std::optional<double> maxTotal() const;
};

// What an allowance tied to an internship placement asks (issue 12), from its "placement" object.
struct PlacementRule {
    std::vector<std::string> levels;                // externe, interne, paramedical; empty: any
    std::map<std::string, double> perMonthByLevel;  // a level's monthly amount, over amount's
    std::optional<double> minKmFromFacultyAndHome;  // straight line, from both
    std::optional<double> ruralBelowPopulation;     // the site's commune has fewer inhabitants
};

// The student levels a placement rule and `santemap stage` know.
inline constexpr const char* kStudentLevels[] = {"externe", "interne", "paramedical"};

struct AidRule {
    std::string id;
    LocalText name;  // the scheme's own French name, and an English one
    std::string funder, funderType, kind, beneficiary;
    std::vector<std::string> professions;   // codes, "group:NAME", or "*"
    std::vector<std::string> status;        // "student", "installed"
    std::optional<bool> firstInstallation;  // required value, when the aid depends on it
    std::vector<std::string> departements;  // empty: all of France
    std::vector<Zone> zones;                // empty: no zone condition
    std::string zoning = "medecins";        // which zoning the zone condition reads: medecins | profession
    AidAmount amount;
    std::optional<PlacementRule> placement;  // an allowance for a placement; its amount runs per month
    std::optional<int> commitmentYears;
    std::string validFrom, validTo;  // YYYY-MM-DD, empty: open
    std::string conditions, note, sourceUrl, confidence;

    bool isLoanOrInKind() const { return kind == "loan" || kind == "in_kind"; }
};

struct AidCatalogue {
    std::vector<AidRule> aids;
    std::string retrieved;
};

// Reads and checks the file: unique ids, known kinds, funder types, confidences, zone codes, dates
// and professions. Errors name the file and the aid.
geo::Result<AidCatalogue> readAids(const std::string& path, const ProfessionCatalogue& professions);

// A student's placement, for the allowances that depend on it.
struct Placement {
    std::string level = "interne";  // one of kStudentLevels
    int months = 6;
    std::optional<double> kmFromFaculty, kmFromHome;  // straight line; nullopt: not given
    std::optional<double> sitePopulation;             // the site's commune; nullopt: unknown
};

struct AidProfile {
    std::string profession;  // a code of professions.json
    bool student = false;    // otherwise installed (or installing)
    bool firstInstallation = true;
    std::string date;  // YYYY-MM-DD: aids closed on that day are left out
    // With a placement, only the placement's allowances, their amounts over its months.
    std::optional<Placement> placement;
};

// The zone of a commune for one zoning, and where it comes from.
struct ZoneInfo {
    std::optional<Zone> zone;
    std::string source;  // "official", "indicative", or empty when not available
};

struct AidPlace {
    std::string code, departement;
    std::map<std::string, ZoneInfo> zones;  // by zoning key ("medecins", a profession code)
};

struct ApplicableAid {
    const AidRule* rule = nullptr;
    std::optional<double> amountMax;
    // The aid asks for a zone that is not known for this commune: listed, not counted.
    bool zoneUnknown = false;
    // A condition of the placement cannot be checked (no faculty or home given, the site's
    // population unknown): listed "à confirmer", not counted.
    bool toConfirm = false;
    bool counted() const { return amountMax && !zoneUnknown && !toConfirm && !rule->isLoanOrInKind(); }
};

struct AidEvaluation {
    std::vector<ApplicableAid> aids;
    double totalMax = 0;  // grants, bursaries and allowances with a known maximum and a met zone
};

AidEvaluation evaluateAids(const AidCatalogue& catalogue,
                           const ProfessionCatalogue& professions,
                           const AidProfile& profile,
                           const AidPlace& place,
                           bool includeStructures = false);

// Today in the local time zone, YYYY-MM-DD.
std::string todayIso();

}  // namespace app
