// CRS identification (OSR) and plausibility checks of coordinates against the CRS (PROJ).
#include "crs.hpp"

#include <ogr_spatialref.h>

#include <cmath>
#include <cstdio>

#include "projection.hpp"

namespace geo {

std::string crsLabel(const OGRSpatialReference* srs) {
    if (!srs) return {};
    const char* auth = srs->GetAuthorityName(nullptr);
    const char* code = srs->GetAuthorityCode(nullptr);
    if (auth && code) return std::string(auth) + ":" + code;
    // ESRI .prj files and some GeoPackages carry no code: ask PROJ for a confident match.
    int count = 0;
    int* confidence = nullptr;
    OGRSpatialReferenceH* matches = srs->FindMatches(nullptr, &count, &confidence);
    std::string label;
    if (matches && count > 0 && confidence[0] >= 90) {
        auto* best = OGRSpatialReference::FromHandle(matches[0]);
        const char* a = best->GetAuthorityName(nullptr);
        const char* c = best->GetAuthorityCode(nullptr);
        if (a && c) label = std::string(a) + ":" + c;
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidence);
    if (label.empty()) {
        const char* name = srs->GetName();
        label = name ? name : "unknown";
    }
    return label;
}

std::string crsWkt(const OGRSpatialReference& srs) {
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    srs.exportToWkt(&wkt, options);
    std::string out = wkt ? wkt : "";
    CPLFree(wkt);
    return out;
}

namespace {

std::string formatBox(const Box& b) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "x %.6g to %.6g, y %.6g to %.6g", b.minX, b.maxX, b.minY, b.maxY);
    return buf;
}

bool plausibleLonLat(const Box& b) { return b.minX >= -180.5 && b.maxX <= 360.5 && b.minY >= -90.5 && b.maxY <= 90.5; }

// The CRS's area of use, projected into the CRS and doubled in size: data outside it is
// almost certainly in other units or another CRS (degrees declared as metres, swapped axes...).
Box projectedValidBox(const std::string& definition) {
    Box area = areaOfUse(definition);
    Box out;
    if (area.empty()) return out;
    auto tr = Transformer::create("EPSG:4326", definition);
    if (!tr) return out;
    for (int i = 0; i <= 10; ++i) {
        for (int j = 0; j <= 10; ++j) {
            Vec2 p{area.minX + (area.maxX - area.minX) * i / 10.0, area.minY + (area.maxY - area.minY) * j / 10.0};
            p = tr->transform(p);
            if (std::isfinite(p.x)) out.expand(p.x, p.y);
        }
    }
    if (out.empty()) return out;
    const double w = out.maxX - out.minX, h = out.maxY - out.minY;
    out.minX -= w / 2;
    out.maxX += w / 2;
    out.minY -= h / 2;
    out.maxY += h / 2;
    return out;
}

}  // namespace

Result<ResolvedCrs> resolveCrs(const OGRSpatialReference* declared, const Box& extent, const std::string& context) {
    if (!declared) {
        if (!extent.empty() && !plausibleLonLat(extent))
            return Error{ErrorCode::BadCrs,
                         "declares no CRS and its coordinates (" + formatBox(extent) +
                             ") are not longitude/latitude; declare the CRS in the file (a .prj for a shapefile) "
                             "or convert it with ogr2ogr -a_srs EPSG:n",
                         context};
        return ResolvedCrs{"EPSG:4326", ""};
    }
    ResolvedCrs out{crsWkt(*declared), crsLabel(declared)};
    if (extent.empty()) return out;
    if (declared->IsGeographic()) {
        if (!plausibleLonLat(extent))
            return Error{ErrorCode::BadCrs,
                         "coordinates (" + formatBox(extent) + ") are not plausible for its declared geographic CRS " +
                             out.label +
                             " (longitude -180 to 360, latitude -90 to 90): they look like projected metres",
                         context};
    } else if (declared->IsProjected()) {
        Box valid = projectedValidBox(out.definition);
        if (!valid.empty() && !valid.intersects(extent))
            return Error{ErrorCode::BadCrs,
                         "coordinates (" + formatBox(extent) + ") lie far outside the area where its declared CRS " +
                             out.label + " is used (" + formatBox(valid) + "): wrong CRS or wrong units",
                         context};
    }
    return out;
}

}  // namespace geo
