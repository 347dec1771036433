#include "access_model.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <sstream>
#include <unordered_map>

#include "geo/checked_number.hpp"

namespace app {

std::vector<WeightBand> defaultWeightBands() { return {{10, 1}, {15, 0.66}, {20, 0.33}}; }

geo::Result<std::vector<WeightBand>> parseWeightBands(const std::string& text) {
    auto bad = [&](const std::string& why) {
        return geo::Error{geo::ErrorCode::BadArgument,
                          "bands '" + text + "': " + why + " (expected UPPER:WEIGHT pairs, e.g. 10:1,15:0.66,20:0.33)",
                          ""};
    };
    std::vector<WeightBand> bands;
    std::stringstream in(text);
    std::string pair;
    while (std::getline(in, pair, ',')) {
        const auto colon = pair.find(':');
        if (colon == std::string::npos) return bad("'" + pair + "' has no ':'");
        WeightBand b;
        const std::string upper = pair.substr(0, colon), weight = pair.substr(colon + 1);
        if (auto issue = geo::readNumber(upper, {0, 120}, b.upperMinutes); issue != geo::NumberIssue::None)
            return bad("minutes " + geo::describeNumberIssue(issue, upper, {0, 120}));
        if (auto issue = geo::readNumber(weight, {0, 1}, b.weight); issue != geo::NumberIssue::None)
            return bad("weight " + geo::describeNumberIssue(issue, weight, {0, 1}));
        if (b.upperMinutes <= (bands.empty() ? 0 : bands.back().upperMinutes))
            return bad("'" + pair + "': each band's minutes must be above 0 and above the previous band's");
        bands.push_back(b);
    }
    if (bands.empty()) return bad("no band");
    return bands;
}

std::string weightBandsText(const std::vector<WeightBand>& bands) {
    std::string out;
    for (const auto& b : bands) {
        std::ostringstream pair;
        pair << b.upperMinutes << ':' << b.weight;
        out += (out.empty() ? "" : ",") + pair.str();
    }
    return out;
}

double bandWeight(const std::vector<WeightBand>& bands, double minutes) {
    for (const auto& b : bands)
        if (minutes < b.upperMinutes) return b.weight;
    return 0;
}

namespace {

// The longest time with a weight above 0.
double reachMinutes(const std::vector<WeightBand>& bands) {
    double reach = 0;
    for (const auto& b : bands)
        if (b.weight > 0) reach = b.upperMinutes;
    return reach;
}

}  // namespace

Catchments buildCatchments(const std::vector<geo::Vec2>& lonLat, const AccessParams& params) {
    Catchments c;
    const std::size_t n = lonLat.size();
    const double reachKm = kmForMinutes(reachMinutes(params.bands), params.travel);
    c.start.assign(n + 1, 0);
    if (n == 0) return c;
    // Cells one reach wide (2 % over, for the sphere), in degrees: narrowest in longitude at the
    // points' highest latitude, so that any pair within reach is in neighbouring cells.
    double maxAbsLat = 0;
    for (const auto& p : lonLat) maxAbsLat = std::max(maxAbsLat, std::abs(p.y));
    const double cellLat = std::max(1e-9, reachKm / (kEarthRadiusKm * M_PI / 180) * 1.02);
    const double cellLon = std::min(360.0, cellLat / std::max(0.01, std::cos(std::min(89.0, maxAbsLat) * M_PI / 180)));
    auto cellOf = [&](geo::Vec2 p) {
        return std::pair<std::int64_t, std::int64_t>{static_cast<std::int64_t>(std::floor(p.x / cellLon)),
                                                     static_cast<std::int64_t>(std::floor(p.y / cellLat))};
    };
    auto key = [](std::int64_t x, std::int64_t y) { return (x << 32) ^ (y & 0xffffffff); };
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> cells;
    for (std::size_t i = 0; i < n; ++i) {
        const auto [x, y] = cellOf(lonLat[i]);
        cells[key(x, y)].push_back(static_cast<std::uint32_t>(i));
    }
    // A cheap first test: the squared chord between unit vectors grows with the great-circle
    // distance, so pairs beyond reach (with a margin for rounding) are dropped before the
    // haversine, which then times the pairs kept.
    std::vector<std::array<double, 3>> unit(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double lat = lonLat[i].y * M_PI / 180, lon = lonLat[i].x * M_PI / 180;
        unit[i] = {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
    }
    const double chord = 2 * std::sin(std::min(M_PI, reachKm / kEarthRadiusKm) / 2) * (1 + 1e-9);
    const double chord2 = chord * chord;
    // Each unordered pair once (j > i), then both directions into the rows.
    struct Pair {
        std::uint32_t i, j;
        double w;
    };
    std::vector<Pair> pairs;
    pairs.reserve(n * 24);
    const double w0 = bandWeight(params.bands, 0);  // within a commune
    for (std::size_t i = 0; i < n; ++i) {
        const auto [x, y] = cellOf(lonLat[i]);
        if (w0 > 0) pairs.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i), w0});
        for (std::int64_t dy = -1; dy <= 1; ++dy)
            for (std::int64_t dx = -1; dx <= 1; ++dx) {
                auto it = cells.find(key(x + dx, y + dy));
                if (it == cells.end()) continue;
                for (std::uint32_t j : it->second) {
                    if (j <= i) continue;
                    const double ex = unit[i][0] - unit[j][0], ey = unit[i][1] - unit[j][1],
                                 ez = unit[i][2] - unit[j][2];
                    if (ex * ex + ey * ey + ez * ez > chord2) continue;
                    const double w =
                        bandWeight(params.bands, estimatedMinutes(haversineKm(lonLat[i], lonLat[j]), params.travel));
                    if (w > 0) pairs.push_back({static_cast<std::uint32_t>(i), j, w});
                }
            }
    }
    // Rows by counting: each pair lands in i's row and, but for self pairs, in j's.
    for (const auto& p : pairs) {
        ++c.start[p.i + 1];
        if (p.j != p.i) ++c.start[p.j + 1];
    }
    for (std::size_t i = 0; i < n; ++i) c.start[i + 1] += c.start[i];
    c.other.resize(c.start[n]);
    c.weight.resize(c.start[n]);
    std::vector<std::uint32_t> fill(c.start.begin(), c.start.end() - 1);
    for (const auto& p : pairs) {
        c.other[fill[p.i]] = p.j;
        c.weight[fill[p.i]++] = p.w;
        if (p.j == p.i) continue;
        c.other[fill[p.j]] = p.i;
        c.weight[fill[p.j]++] = p.w;
    }
    return c;
}

AccessState computeAccess(const Catchments& c, const std::vector<double>& population, std::vector<double> supply) {
    const std::size_t n = c.pointCount();
    AccessState s;
    s.supply = std::move(supply);
    s.demand.assign(n, 0);
    s.ratio.assign(n, 0);
    s.access.assign(n, 0);
    for (std::size_t j = 0; j < n; ++j) {
        double d = 0;
        for (std::uint32_t k = c.start[j]; k < c.start[j + 1]; ++k) d += c.weight[k] * population[c.other[k]];
        s.demand[j] = d;
        s.ratio[j] = d > 0 ? s.supply[j] / d : 0;
    }
    for (std::size_t i = 0; i < n; ++i) {
        double a = 0;
        for (std::uint32_t k = c.start[i]; k < c.start[i + 1]; ++k) a += c.weight[k] * s.ratio[c.other[k]];
        s.access[i] = a;
    }
    return s;
}

void changeSupply(
    const Catchments& c, AccessState& s, std::size_t j, double delta, std::vector<std::uint32_t>* touched) {
    s.supply[j] += delta;
    if (s.demand[j] <= 0) return;  // no one reaches j: its supply serves no one, R_j stays 0
    const double newRatio = s.supply[j] / s.demand[j];
    const double dRatio = newRatio - s.ratio[j];
    s.ratio[j] = newRatio;
    // t is symmetric: the points that reach j are j's own catchment.
    for (std::uint32_t k = c.start[j]; k < c.start[j + 1]; ++k) {
        s.access[c.other[k]] += c.weight[k] * dRatio;
        if (touched) touched->push_back(c.other[k]);
    }
}

double calibrationConstant(const std::vector<double>& access,
                           const std::vector<double>& population,
                           const std::vector<std::optional<double>>& apl) {
    double target = 0, model = 0;
    for (std::size_t i = 0; i < access.size(); ++i) {
        if (!apl[i]) continue;
        target += population[i] * *apl[i];
        model += population[i] * access[i];
    }
    return model > 0 ? target / model : 0;
}

namespace {

std::vector<double> ranks(const std::vector<double>& v) {
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (std::size_t k = 0; k < order.size();) {
        std::size_t e = k;
        while (e + 1 < order.size() && v[order[e + 1]] == v[order[k]]) ++e;
        const double mean = (static_cast<double>(k) + static_cast<double>(e)) / 2 + 1;
        for (std::size_t m = k; m <= e; ++m) r[order[m]] = mean;
        k = e + 1;
    }
    return r;
}

}  // namespace

std::optional<double> spearmanRho(const std::vector<double>& x, const std::vector<double>& y) {
    std::vector<double> a, b;
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            a.push_back(x[i]);
            b.push_back(y[i]);
        }
    if (a.size() < 3) return std::nullopt;
    const auto ra = ranks(a), rb = ranks(b);
    const double n = static_cast<double>(ra.size()), mean = (n + 1) / 2;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < ra.size(); ++i) {
        sab += (ra[i] - mean) * (rb[i] - mean);
        saa += (ra[i] - mean) * (ra[i] - mean);
        sbb += (rb[i] - mean) * (rb[i] - mean);
    }
    if (saa <= 0 || sbb <= 0) return std::nullopt;
    return sab / std::sqrt(saa * sbb);
}

}  // namespace app
