// The application's one travel-time estimate (issue 12). No road network is available offline:
// the great-circle distance (haversine, mean Earth radius) lengthened by a detour factor and driven
// at a mean speed. Every feature that says how far something is uses it: the student's journey,
// the sheets' "nearby" lists, the accessibility model.
#pragma once

#include <string>
#include <vector>

#include "geo/types.hpp"
#include "ui_text.hpp"

namespace app {

// IUGG mean Earth radius, km.
inline constexpr double kEarthRadiusKm = 6371.0088;

struct TravelModel {
    double detour = 1.3;   // road length over straight-line length
    double speedKmh = 50;  // mean speed by car
    bool operator==(const TravelModel&) const = default;
};

// Great-circle distance between two WGS 84 points (lon, lat in degrees), km.
double haversineKm(geo::Vec2 lonLatA, geo::Vec2 lonLatB);

// Estimated car time for a straight-line distance: km × detour / speed, in minutes.
double estimatedMinutes(double km, const TravelModel& model = {});

struct TravelEstimate {
    double km = 0;       // straight line
    double minutes = 0;  // estimated, by car
};
TravelEstimate estimateTravel(geo::Vec2 lonLatA, geo::Vec2 lonLatB, const TravelModel& model = {});

// The straight-line distance whose estimated time is `minutes` (estimatedMinutes inverted): the
// radius of the journey's 10, 20 and 30 minute circles (6.4, 12.8 and 19.2 km by default).
double kmForMinutes(double minutes, const TravelModel& model = {});

// The circle of `km` around `centre` on the sphere: `vertices` points (lon, lat degrees), each at
// great-circle distance `km` from the centre, clockwise from due north. Drawn in any projection it
// is the true circle, not a projected one.
std::vector<geo::Vec2> circleAround(geo::Vec2 centre, double km, int vertices = 96);

// "≈ 12 min (estimé)": whole minutes, never a bare number that could pass for a measured one.
std::string estimatedMinutesText(Language lang, double minutes);

}  // namespace app
