// What the commune and opportunity sheets say, computed without any UI: key figures compared
// with the département and the region, the APL trend, and what is nearby (straight-line
// distances on the ellipsoid, since the data has no roads).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "geo/types.hpp"
#include "territory.hpp"

namespace app {

struct KeyFigure {
    Text label;
    std::optional<double> commune, departement, region;  // nullopt: pas de données
    int decimals = 0;
    bool percent = false;      // ratios shown ×100
    std::optional<Text> unit;  // after the number ("12 min")
    // Published for a few communes only (statistical secrecy): no département or region figure
    // is made up from them; the sheet says how many communes of the département have one.
    std::optional<std::pair<std::size_t, std::size_t>> publishedFor;  // (with a value, communes)
};

// A figure's value as the sheets write it: its decimals, "12 %" for ratios, its unit; "pas de
// données" when missing.
std::string keyFigureText(Language lang, std::optional<double> value, const KeyFigure& f);

// Population, APL, GPs per 10,000, access to emergency care, share aged 75+, poverty rate.
// Département and region values are population-weighted over their communes (sums for counts);
// none for the poverty rate, known for too few communes to stand for a département.
std::vector<KeyFigure> communeKeyFigures(const TerritoryData& t, const std::string& code);

struct YearValue {
    int year;
    double value;
};
// APL of the commune 2015-2023 (no 2020 edition exists); empty years are left out.
std::vector<YearValue> aplTrend(const TerritoryData& t, const std::string& code);

struct NearbyPlace {
    std::string name, detail;  // detail: where (a hospital's site and town, a listing's commune)
    double metres = 0;         // straight line (haversine)
    double minutes = 0;        // estimated by car (travel_time.hpp)
    bool demo = false;
};
// The k nearest hospitals and clinics to a point.
std::vector<NearbyPlace> nearbyHospitals(const TerritoryData& t, geo::Vec2 lonLat, std::size_t k);
// Listings of a category within maxMetres, nearest first (not the listing `exceptFid`).
std::vector<NearbyPlace> nearbyListings(const TerritoryData& t,
                                        geo::Vec2 lonLat,
                                        const std::string& category,
                                        double maxMetres,
                                        std::size_t k,
                                        std::int64_t exceptFid = -1);

// The commune (current code) containing a point, through the communes layer, if any.
std::optional<std::string> communeAt(const TerritoryData& t, geo::Vec2 lonLat);

}  // namespace app
