// The listings the agencies maintain, in one schema (docs/listings.md): installation opportunities,
// maisons and centres de santé, student and intern housing, internship sites.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/checked_number.hpp"
#include "geo/types.hpp"
#include "ui_text.hpp"

namespace app {

// What a listing is; stored as these exact words.
inline constexpr const char* kListingCategories[] = {"opportunite", "structure", "logement", "stage"};
// The kinds allowed in each category (kind is free text only for "stage").
inline constexpr const char* kOpportunityKinds[] = {
    "cabinet-vacant", "msp-recrute", "remplacement", "association", "cession"};
inline constexpr const char* kStructureKinds[] = {"msp", "centre-sante"};
inline constexpr const char* kHousingKinds[] = {"logement-etudiant", "logement-interne"};

struct Listing {
    std::int64_t fid = -1;     // store id; -1 before the first save
    std::int64_t version = 0;  // bumped by every save; a stale version is a conflict
    std::string category;      // opportunite | structure | logement | stage
    std::string kind;          // cabinet-vacant, msp, logement-etudiant...
    std::string title;
    std::vector<std::string> professions;  // codes of professions.json; empty = all
    std::string communeCode;               // code INSEE (COG 2026)
    std::string communeName;
    geo::Vec2 lonLat;              // WGS 84
    bool atCommuneCentre = false;  // placed at the commune's centre, not at the real address
    std::string startDate;         // YYYY-MM-DD or empty
    std::string description;
    std::string contactName, contactPhone, contactEmail;
    bool contactPublic = true;  // false: hidden from public displays and exports
    // Housing.
    std::optional<std::int64_t> capacity;
    std::optional<double> priceMinEur, priceMaxEur;  // per month
    std::optional<bool> furnished, vehicle;
    std::string semesters;  // "2026-S1|2026-S2" (semesters.hpp); free text only before normaliseSemesters
    // Internship site.
    std::string service, supervisor;  // service or practice; maître de stage
    bool demo = false;                // an example built from the seeds, never real data
    std::string source;               // provenance of the record
    std::string updatedAt;            // UTC, ISO 8601, set by the store

    bool hasProfession(const std::string& code) const;
};

// Problems that forbid saving, one per line (French by default: import reports are French
// documents); empty when the listing is valid.
std::vector<std::string> validateListing(const Listing& l, Language lang = Language::French);

// What a listing's numbers can be, for the import and the editor alike: a rent of 1e308 € or a
// capacity of 10^20 places is a typing error.
inline constexpr geo::NumberLimits kListingLongitude{-180, 180}, kListingLatitude{-90, 90},
    kListingCapacity{0, 100000, true}, kListingRent{0, 100000};

// Free text in `semesters` ("S1 2026", "novembre 2026") becomes codes; text that names no
// semester moves to the end of the description as a note, so that nothing typed is lost.
void normaliseSemesters(Listing& l);

// The category's name for people ("Opportunité d'installation"…).
Text categoryText(const std::string& category);

// "a|b|c" ↔ {a, b, c}
std::string joinCodes(const std::vector<std::string>& codes);
std::vector<std::string> splitCodes(const std::string& text);

}  // namespace app
