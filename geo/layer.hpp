// A layer in memory: attributes, feature ids and flat geometry, in the source CRS.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "feature_table.hpp"
#include "types.hpp"

namespace geo {

enum class GeomKind : std::uint8_t { None, Point, Line, Polygon };

// All geometries of a layer in flat arrays, so that projection and tessellation run over
// contiguous memory. A feature owns parts (a point, a line string, or a polygon); a part
// owns rings (for a polygon: the outer ring first, then its holes); a ring owns vertices.
// Rings are stored open: the closing vertex that repeats the first is dropped.
struct LayerGeometry {
    std::vector<Vec2> vertices;
    std::vector<std::uint32_t> ringStart{0};     // rings+1 entries: first vertex of each ring
    std::vector<std::uint32_t> partStart{0};     // parts+1 entries: first ring of each part
    std::vector<std::uint32_t> featureStart{0};  // features+1 entries: first part of each feature
    std::vector<GeomKind> kind;                  // per feature

    std::size_t featureCount() const { return kind.size(); }
    std::size_t partCount() const { return partStart.size() - 1; }
    std::size_t ringCount() const { return ringStart.size() - 1; }

    // Appending, used by readers: begin a feature, then parts, then rings, then vertices.
    void beginFeature(GeomKind k) { kind.push_back(k); }
    void endRing() { ringStart.push_back(static_cast<std::uint32_t>(vertices.size())); }
    void endPart() { partStart.push_back(static_cast<std::uint32_t>(ringStart.size() - 1)); }
    void endFeature() { featureStart.push_back(static_cast<std::uint32_t>(partStart.size() - 1)); }

    // Copies feature f of `src` to the end of this geometry.
    void appendFeature(const LayerGeometry& src, std::size_t f) {
        beginFeature(src.kind[f]);
        for (std::uint32_t p = src.featureStart[f]; p < src.featureStart[f + 1]; ++p) {
            for (std::uint32_t r = src.partStart[p]; r < src.partStart[p + 1]; ++r) {
                vertices.insert(vertices.end(),
                                src.vertices.begin() + src.ringStart[r],
                                src.vertices.begin() + src.ringStart[r + 1]);
                endRing();
            }
            endPart();
        }
        endFeature();
    }

    // Index of feature f's first vertex; firstVertexIndex(featureCount()) is the end of the vertices,
    // so feature f's vertices are [firstVertexIndex(f), firstVertexIndex(f + 1)).
    std::uint32_t firstVertexIndex(std::size_t f) const { return ringStart[partStart[featureStart[f]]]; }
    // The position of a point feature (its first vertex).
    Vec2 firstVertex(std::size_t f) const { return vertices[firstVertexIndex(f)]; }

    Box featureBox(std::size_t f) const {
        Box b;
        std::uint32_t v0 = firstVertexIndex(f);
        std::uint32_t v1 = firstVertexIndex(f + 1);
        for (std::uint32_t v = v0; v < v1; ++v) b.expand(vertices[v].x, vertices[v].y);
        return b;
    }
};

struct Layer {
    std::string name;
    std::string sourceCrsWkt;  // WKT of the CRS the coordinates are in
    std::string crsLabel;      // "EPSG:n", the CRS name, or empty when none was declared
    std::string geometryType;  // as GDAL names it: "Polygon", "Multi Polygon", "Point"...
    FeatureTable table;
    std::vector<std::int64_t> fids;  // GDAL feature id of each row
    LayerGeometry geometry;
};

// True when coordinates are WGS 84 longitude/latitude already (no reprojection needed for queries).
inline bool isWgs84LonLat(const Layer& layer) {
    return layer.crsLabel.empty() || layer.crsLabel == "EPSG:4326" || layer.crsLabel == "OGC:CRS84";
}

}  // namespace geo
