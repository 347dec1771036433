// The student's journey (issue 12): "my internship is here — where do I live, how far is it, what
// do I get?". A site (a hospital or clinic of France, a maison de santé, an internship listing, a
// commune or a point), the housing listings ranked by estimated time, the allowances for the
// placement, and the places within 30 minutes. No UI here: the CLI and the window call it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "aids.hpp"
#include "geo/layer.hpp"
#include "render/color.hpp"
#include "territory.hpp"
#include "ui_text.hpp"

namespace app {

struct InternshipSite {
    std::string name;
    std::string communeCode, communeName, departement;  // COG 2026
    geo::Vec2 lonLat;
    std::optional<double> population;  // the commune's, for rurality
};

// A university with a health faculty: its head office (the higher-education file gives no
// faculty sites), labelled so.
struct Faculty {
    std::string id;  // tours | orleans
    std::string name, communeName;
    geo::Vec2 lonLat;
};

// Beside the territory: the hospitals and clinics of all France (a student may look anywhere),
// and the faculties. Read once from the catalogue's tables "hospitals" and "universities".
struct InternshipPlaces {
    geo::Layer hospitals;
    std::vector<std::string> hospitalSearchText;  // per hospital: its name and town, folded for search
    std::vector<Faculty> faculties;
};
geo::Result<InternshipPlaces> loadInternshipPlaces(const Catalogue& catalogue,
                                                   const std::string& dataDir,
                                                   geo::Diagnostics& diag);

// "NAME - SITE" of hospital `f`, or its name alone when the site says nothing more.
std::string hospitalName(const geo::Layer& hospitals, std::size_t f);

// Hospitals and clinics of France whose name or town holds every word of `query` (accents and
// case aside), at most `limit`: feature indices into places.hospitals.
std::vector<std::size_t> findHospitals(const InternshipPlaces& places, const std::string& query, std::size_t limit);

// Where the placement is. Errors say what was not found.
geo::Result<InternshipSite> siteOfCommune(const TerritoryData& t, const std::string& code);
geo::Result<InternshipSite> siteAtPoint(const TerritoryData& t, geo::Vec2 lonLat);
geo::Result<InternshipSite> siteOfListing(const TerritoryData& t, std::int64_t fid);
geo::Result<InternshipSite> siteOfHospital(const TerritoryData& t,
                                           const InternshipPlaces& places,
                                           const std::string& finess);

struct JourneyQuery {
    InternshipSite site;
    Placement placement;                 // level and months; distances filled by planJourney
    std::string profession;              // empty: medecin-generaliste, or infirmier for a paramedical student
    std::optional<std::string> faculty;  // a Faculty id
    std::optional<std::string> homeCommune;
    // Housing filters.
    std::optional<double> maxMinutes, maxRentEur;
    std::optional<std::string> semester;  // "2026-S1"
    bool furnishedOnly = false;
    std::string date;  // YYYY-MM-DD, for the aids' validity
};

struct HousingOption {
    const Listing* listing = nullptr;
    double km = 0, minutes = 0;
    std::vector<std::string> semesters;
};

struct NearbyOption {
    std::string kind;  // hopital | msp | stage
    std::string name, commune;
    double minutes = 0;
};

struct Journey {
    InternshipSite site;
    Placement placement;
    std::string profession;
    std::optional<Faculty> faculty;
    std::vector<HousingOption> housing;  // by time, then minimum rent; housing without a rent last
    AidEvaluation allowances;
    std::vector<NearbyOption> nearby;  // within kNearbyMinutes (inclusive), by time
};

inline constexpr double kNearbyMinutes = 30;

// How the journey looks on a map, the window's and the printed one alike: circles at 10, 20 and
// 30 minutes of estimated time, housing coloured by its time band (green near, red beyond the 30
// minutes: ColorBrewer RdYlGn), the site a magenta square, the line to the housing chosen.
inline constexpr double kJourneyCircleMinutes[] = {10, 20, 30};
inline constexpr render::Rgba kTimeBandColors[] = {
    {26, 152, 80, 255}, {145, 207, 96, 255}, {254, 224, 139, 255}, {215, 48, 39, 255}};
inline constexpr Text kTimeBandTexts[] = {Text::TimeBand10, Text::TimeBand20, Text::TimeBand30, Text::TimeBandMore};
inline constexpr render::Rgba kJourneyCircleColor{60, 60, 60, 255};  // opaque: no darker joints
inline constexpr render::Rgba kJourneySiteColor{231, 41, 138, 255};
inline constexpr render::Rgba kJourneyLineColor{8, 48, 107, 255};
// 0: ≤ 10 min, 1: ≤ 20, 2: ≤ 30, 3: beyond.
std::size_t timeBand(double minutes);

// Errors: an unknown faculty, home commune or profession, a semester that is not a code.
geo::Result<Journey> planJourney(const TerritoryData& t, const InternshipPlaces& places, const JourneyQuery& q);

}  // namespace app
