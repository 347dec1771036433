// Spatial questions about one layer, asked in WGS 84 longitude/latitude and ground metres,
// whatever the layer's CRS: which features contain a point, which lie within a radius or a box,
// which are nearest.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "layer.hpp"
#include "projection.hpp"
#include "result.hpp"
#include "spatial_index.hpp"

namespace geo {

struct QueryHit {
    std::uint32_t feature;
    double metres;  // ground distance from the query point (0 inside a polygon)
};

// Not thread-safe (it owns a PROJ transformer): one per thread.
class LayerQuery {
public:
    // Keeps a reference to `layer`, which must outlive the query object.
    static Result<LayerQuery> build(const Layer& layer);

    // Polygons containing the point (boundary included), in feature order.
    std::vector<std::uint32_t> containing(Vec2 lonlat) const;
    // Features within `metres` of the point, nearest first.
    std::vector<QueryHit> withinRadius(Vec2 lonlat, double metres) const;
    // The k features nearest to the point, nearest first.
    std::vector<QueryHit> nearest(Vec2 lonlat, std::size_t k) const;
    // Features whose extent meets a longitude/latitude box.
    std::vector<std::uint32_t> inBox(const Box& lonlat) const;

    // Ground distance in metres from a point to a feature (0 inside a polygon).
    double distance(Vec2 lonlat, std::uint32_t feature) const;

private:
    LayerQuery(const Layer& layer) : m_layer(&layer) {}
    const Layer* m_layer;
    LayerGeometry m_lonlat;  // the layer's geometry in WGS 84, for distances
    SpatialIndex m_index;    // over m_lonlat feature boxes
    std::string m_sourceCrs;
    bool m_sourceIsLonLat = true;
    std::shared_ptr<const Transformer> m_toSource;  // WGS 84 → source CRS; null when they are the same
    Vec2 toSource(Vec2 lonlat) const;
};

// Geodesic distance on the WGS 84 ellipsoid, in metres.
double geodesicMetres(Vec2 a, Vec2 b);

}  // namespace geo
