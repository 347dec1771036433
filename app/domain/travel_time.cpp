#include "travel_time.hpp"

#include <cmath>

#include "number_format.hpp"

namespace app {

double haversineKm(geo::Vec2 a, geo::Vec2 b) {
    constexpr double kRad = M_PI / 180;
    const double dLat = (b.y - a.y) * kRad, dLon = (b.x - a.x) * kRad;
    const double s = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(a.y * kRad) * std::cos(b.y * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    // min(1, s): rounding may push s a hair over 1 for antipodal points.
    return 2 * kEarthRadiusKm * std::asin(std::sqrt(std::min(1.0, s)));
}

double estimatedMinutes(double km, const TravelModel& model) { return km * model.detour / model.speedKmh * 60; }

TravelEstimate estimateTravel(geo::Vec2 a, geo::Vec2 b, const TravelModel& model) {
    TravelEstimate e;
    e.km = haversineKm(a, b);
    e.minutes = estimatedMinutes(e.km, model);
    return e;
}

std::string estimatedMinutesText(Language lang, double minutes) {
    return trf(lang, Text::EstimatedMinutes, {formatNumber(lang, std::round(minutes), 0)});
}

}  // namespace app
