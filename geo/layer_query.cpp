// Queries in WGS 84: candidates from an R-tree over longitude/latitude boxes, then exact tests
// (point-in-polygon in the source CRS, geodesic distances for points).
#include "layer_query.hpp"

#include <geodesic.h>

#include <algorithm>
#include <cmath>

#include "point_in_polygon.hpp"
#include "projection.hpp"

namespace geo {

namespace {

constexpr double kEarthRadius = 6371008.8;  // mean radius, metres
constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180;

// Squared distance from the origin to segment ab, in local metres.
double segmentDistance2(Vec2 a, Vec2 b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? -(a.x * dx + a.y * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const double px = a.x + t * dx, py = a.y + t * dy;
    return px * px + py * py;
}

}  // namespace

double geodesicMetres(Vec2 a, Vec2 b) {
    static const geod_geodesic wgs84 = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1 / 298.257223563);
        return g;
    }();
    double s12 = 0;
    geod_inverse(&wgs84, a.y, a.x, b.y, b.x, &s12, nullptr, nullptr);
    return s12;
}

Result<LayerQuery> LayerQuery::build(const Layer& layer) {
    LayerQuery q(layer);
    q.m_lonlat = layer.geometry;
    q.m_sourceCrs = layer.sourceCrsWkt.empty() ? "EPSG:4326" : layer.sourceCrsWkt;
    q.m_sourceIsLonLat = isWgs84LonLat(layer);
    if (!q.m_sourceIsLonLat) {
        auto tr = Transformer::create(q.m_sourceCrs, "EPSG:4326");
        if (!tr) return tr.error();
        tr->transform(q.m_lonlat.vertices.data(), q.m_lonlat.vertices.size());
        auto back = Transformer::create("EPSG:4326", q.m_sourceCrs);
        if (!back) return back.error();
        q.m_toSource = std::make_shared<Transformer>(std::move(back.value()));
    }
    std::vector<Box> boxes(q.m_lonlat.featureCount());
    for (std::size_t f = 0; f < boxes.size(); ++f)
        if (q.m_lonlat.kind[f] != GeomKind::None) boxes[f] = q.m_lonlat.featureBox(f);
    q.m_index = SpatialIndex(boxes);
    return q;
}

std::vector<std::uint32_t> LayerQuery::containing(Vec2 lonlat) const {
    // Straight edges in the source CRS bend slightly in longitude/latitude: widen the candidate box.
    const double margin = m_sourceIsLonLat ? 0 : 1e-5;
    Box query;
    query.expand(lonlat.x - margin, lonlat.y - margin);
    query.expand(lonlat.x + margin, lonlat.y + margin);
    auto candidates = m_index.search(query);
    std::sort(candidates.begin(), candidates.end());
    const Vec2 p = toSource(lonlat);
    std::vector<std::uint32_t> out;
    for (std::uint32_t f : candidates)
        if (featureContains(m_layer->geometry, f, p.x, p.y)) out.push_back(f);
    return out;
}

Vec2 LayerQuery::toSource(Vec2 lonlat) const { return m_toSource ? m_toSource->transform(lonlat) : lonlat; }

double LayerQuery::distance(Vec2 lonlat, std::uint32_t feature) const {
    const LayerGeometry& g = m_lonlat;
    const std::uint32_t v0 = g.firstVertexIndex(feature);
    const std::uint32_t v1 = g.firstVertexIndex(feature + 1);
    if (g.kind[feature] == GeomKind::Point) {
        double best = INFINITY;
        for (std::uint32_t v = v0; v < v1; ++v) best = std::min(best, geodesicMetres(lonlat, g.vertices[v]));
        return best;
    }
    if (g.kind[feature] == GeomKind::Polygon) {
        const Vec2 p = toSource(lonlat);
        if (featureContains(m_layer->geometry, feature, p.x, p.y)) return 0;
    }
    // Lines and polygon edges: local equirectangular metres around the query point, accurate
    // to well under 1 % within a few tens of kilometres.
    const double kx = std::cos(lonlat.y * kDeg) * kEarthRadius * kDeg, ky = kEarthRadius * kDeg;
    auto local = [&](const Vec2& v) {
        double dlon = v.x - lonlat.x;
        if (dlon > 180) dlon -= 360;
        if (dlon < -180) dlon += 360;
        return Vec2{dlon * kx, (v.y - lonlat.y) * ky};
    };
    double best2 = INFINITY;
    const bool closed = g.kind[feature] == GeomKind::Polygon;
    for (std::uint32_t p = g.featureStart[feature]; p < g.featureStart[feature + 1]; ++p) {
        for (std::uint32_t r = g.partStart[p]; r < g.partStart[p + 1]; ++r) {
            const std::uint32_t b = g.ringStart[r], e = g.ringStart[r + 1];
            if (e - b == 1) best2 = std::min(best2, segmentDistance2(local(g.vertices[b]), local(g.vertices[b])));
            for (std::uint32_t i = b + 1; i < e; ++i)
                best2 = std::min(best2, segmentDistance2(local(g.vertices[i - 1]), local(g.vertices[i])));
            if (closed && e - b > 2)
                best2 = std::min(best2, segmentDistance2(local(g.vertices[e - 1]), local(g.vertices[b])));
        }
    }
    return std::sqrt(best2);
}

std::vector<QueryHit> LayerQuery::withinRadius(Vec2 lonlat, double metres) const {
    // A longitude/latitude box certain to hold the disc: the fewest metres per degree are used.
    const double dLat = metres / 110574.0 * 1.01 + 1e-9;
    const double latMax = std::min(90.0, std::abs(lonlat.y) + dLat);
    const double cosMin = std::cos(latMax * kDeg);
    double dLon = cosMin > 1e-9 ? metres / (111319.5 * cosMin) * 1.01 + 1e-9 : 360;
    if (lonlat.y + dLat >= 90 || lonlat.y - dLat <= -90) dLon = 360;
    Box query;
    query.expand(lonlat.x - std::min(dLon, 360.0), lonlat.y - dLat);
    query.expand(lonlat.x + std::min(dLon, 360.0), lonlat.y + dLat);
    std::vector<QueryHit> out;
    m_index.search(query, [&](std::uint32_t f) {
        const double d = distance(lonlat, f);
        if (d <= metres) out.push_back({f, d});
    });
    std::sort(out.begin(), out.end(), [](const QueryHit& a, const QueryHit& b) {
        return a.metres != b.metres ? a.metres < b.metres : a.feature < b.feature;
    });
    return out;
}

std::vector<QueryHit> LayerQuery::nearest(Vec2 lonlat, std::size_t k) const {
    if (k == 0 || m_index.size() == 0) return {};
    // Widening discs: the first disc holding k features holds the k nearest.
    for (double r = 1000;; r *= 4) {
        auto hits = withinRadius(lonlat, r);
        if (hits.size() >= k || r > 2.1e7) {
            if (hits.size() > k) hits.resize(k);
            return hits;
        }
    }
}

std::vector<std::uint32_t> LayerQuery::inBox(const Box& lonlat) const {
    auto out = m_index.search(lonlat);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace geo
