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

double kmForMinutes(double minutes, const TravelModel& model) { return minutes * model.speedKmh / 60 / model.detour; }

std::vector<geo::Vec2> circleAround(geo::Vec2 centre, double km, int vertices) {
    constexpr double kRad = M_PI / 180;
    const double angle = km / kEarthRadiusKm;  // angular radius
    const double lat0 = centre.y * kRad, lon0 = centre.x * kRad;
    std::vector<geo::Vec2> ring;
    ring.reserve(static_cast<std::size_t>(std::max(vertices, 0)));
    for (int k = 0; k < vertices; ++k) {
        // The destination point at bearing b (the spherical law of cosines).
        const double b = 2 * M_PI * k / vertices;
        const double lat = std::asin(std::sin(lat0) * std::cos(angle) + std::cos(lat0) * std::sin(angle) * std::cos(b));
        const double lon = lon0 + std::atan2(std::sin(b) * std::sin(angle) * std::cos(lat0),
                                             std::cos(angle) - std::sin(lat0) * std::sin(lat));
        ring.push_back({lon / kRad, lat / kRad});
    }
    return ring;
}

std::string estimatedMinutesText(Language lang, double minutes) {
    return trf(lang, Text::EstimatedMinutes, {formatNumber(lang, std::round(minutes), 0)});
}

}  // namespace app
