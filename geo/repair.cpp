// Flat arrays → OGRMultiPolygon → MakeValid → flat arrays.
#include "repair.hpp"

#include <ogr_geometry.h>

#include <memory>

#include "gdal_errors.hpp"
#include "ogr_geometry.hpp"

namespace geo {

Result<LayerGeometry> repairPolygonFeature(const LayerGeometry& g, std::size_t feature) {
    OGRMultiPolygon mp;
    for (std::uint32_t p = g.featureStart[feature]; p < g.featureStart[feature + 1]; ++p) {
        auto poly = std::make_unique<OGRPolygon>();
        for (std::uint32_t r = g.partStart[p]; r < g.partStart[p + 1]; ++r) {
            auto ring = std::make_unique<OGRLinearRing>();
            const std::uint32_t b = g.ringStart[r], e = g.ringStart[r + 1];
            ring->setNumPoints(static_cast<int>(e - b + 1), FALSE);
            for (std::uint32_t v = b; v < e; ++v) ring->setPoint(static_cast<int>(v - b), g.vertices[v].x, g.vertices[v].y);
            ring->setPoint(static_cast<int>(e - b), g.vertices[b].x, g.vertices[b].y);
            poly->addRingDirectly(ring.release());
        }
        mp.addGeometryDirectly(poly.release());
    }
    GdalErrorCapture capture;
    std::unique_ptr<OGRGeometry> valid(mp.MakeValid());
    if (!valid) return Error{ErrorCode::Internal, "MakeValid failed: " + capture.firstError(), ""};
    LayerGeometry out;
    GeometryIssues issues;
    // Collections from MakeValid may hold lines where a ring collapsed: keep polygons only.
    if (wkbFlatten(valid->getGeometryType()) == wkbGeometryCollection) {
        OGRMultiPolygon polygons;
        for (const OGRGeometry* part : *valid->toGeometryCollection()) {
            const auto t = wkbFlatten(part->getGeometryType());
            if (t == wkbPolygon) polygons.addGeometry(part);
            if (t == wkbMultiPolygon)
                for (const OGRPolygon* sub : *part->toMultiPolygon()) polygons.addGeometry(sub);
        }
        appendFeatureGeometry(&polygons, out, issues);
    } else {
        appendFeatureGeometry(valid.get(), out, issues);
    }
    return out;
}

}  // namespace geo
