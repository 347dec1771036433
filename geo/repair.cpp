// Flat arrays → OGRMultiPolygon → MakeValid → flat arrays.
#include "repair.hpp"

#include <ogr_geometry.h>

#include <memory>

#include "gdal_errors.hpp"
#include "ogr_geometry.hpp"

namespace geo {

Result<LayerGeometry> repairPolygonFeature(const LayerGeometry& g, std::size_t feature) {
    const auto mp = toOgrMultiPolygon(g, feature);
    GdalErrorCapture capture;
    std::unique_ptr<OGRGeometry> valid(mp->MakeValid());
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
