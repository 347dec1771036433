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

struct AidProfile {
    std::string profession;  // a code of professions.json
    bool student = false;    // otherwise installed (or installing)
    bool firstInstallation = true;
    std::string date;  // YYYY-MM-DD: aids closed on that day are left out
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
