// Which CRS a layer's coordinates are in, and whether its coordinates are plausible in it.
#pragma once

#include <string>

#include "result.hpp"
#include "types.hpp"

class OGRSpatialReference;

namespace geo {

// "EPSG:n" when an EPSG (or other authority) code is identified, else the CRS name; "" when none.
std::string crsLabel(const OGRSpatialReference* srs);

// WKT2 of a spatial reference, for PROJ.
std::string crsWkt(const OGRSpatialReference& srs);

struct ResolvedCrs {
    std::string definition;  // what PROJ is given: WKT, or "EPSG:4326" when the source declared none
    std::string label;       // what `info` shows; "" when the source declared none
};

// Decides the CRS of a layer from what it declares and the extent of its coordinates in that CRS.
// A layer without CRS is EPSG:4326 only when every coordinate is plausible longitude/latitude;
// a declared CRS must contain the data (geographic ranges, or the CRS's area of use for projected).
Result<ResolvedCrs> resolveCrs(const OGRSpatialReference* declared, const Box& extent, const std::string& context);

}  // namespace geo
