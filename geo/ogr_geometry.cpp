// OGR geometry → flat arrays. Hot path of reading: coordinates are copied with getPoints().
#include "ogr_geometry.hpp"

#include <ogr_geometry.h>

#include <cmath>
#include <memory>

namespace geo {

namespace {

GeomKind kindOf(OGRwkbGeometryType flat) {
    switch (flat) {
        case wkbPoint:
        case wkbMultiPoint:
            return GeomKind::Point;
        case wkbLineString:
        case wkbMultiLineString:
        case wkbCircularString:
        case wkbCompoundCurve:
        case wkbMultiCurve:
            return GeomKind::Line;
        case wkbPolygon:
        case wkbMultiPolygon:
        case wkbCurvePolygon:
        case wkbMultiSurface:
        case wkbTriangle:
        case wkbPolyhedralSurface:
        case wkbTIN:
            return GeomKind::Polygon;
        default:
            return GeomKind::None;
    }
}

struct Appender {
    LayerGeometry& out;
    GeometryIssues& issues;
    GeomKind kind = GeomKind::None;
    bool bad = false;  // a non-finite coordinate was seen: the feature is dropped

    // Appends a ring or line; for rings drops the closing vertex and closes unclosed rings.
    bool addCurve(const OGRSimpleCurve& curve, bool ring) {
        int n = curve.getNumPoints();
        std::size_t base = out.vertices.size();
        out.vertices.resize(base + static_cast<std::size_t>(n));
        if (n > 0) curve.getPoints(&out.vertices[base].x, sizeof(Vec2), &out.vertices[base].y, sizeof(Vec2));
        for (std::size_t i = base; i < out.vertices.size(); ++i)
            if (!std::isfinite(out.vertices[i].x) || !std::isfinite(out.vertices[i].y)) bad = true;
        if (ring && n > 0) {
            const Vec2 a = out.vertices[base];
            const Vec2 b = out.vertices.back();
            if (n > 1 && a.x == b.x && a.y == b.y)
                out.vertices.pop_back();
            else
                ++issues.unclosedRings;
            // Consecutive duplicates make zero-length edges: drop them.
            std::size_t w = base;
            for (std::size_t r = base; r < out.vertices.size(); ++r) {
                if (w > base && out.vertices[r].x == out.vertices[w - 1].x &&
                    out.vertices[r].y == out.vertices[w - 1].y)
                    continue;
                out.vertices[w++] = out.vertices[r];
            }
            out.vertices.resize(w);
            if (out.vertices.size() - base < 3) {
                out.vertices.resize(base);
                ++issues.degenerateRings;
                return false;
            }
        }
        if (!ring && n == 0) return false;
        out.endRing();
        return true;
    }

    void addPolygon(const OGRPolygon& poly) {
        const OGRLinearRing* ext = poly.getExteriorRing();
        if (!ext || !addCurve(*ext, true)) return;  // no usable outer ring: nothing to draw
        for (int i = 0; i < poly.getNumInteriorRings(); ++i) addCurve(*poly.getInteriorRing(i), true);
        out.endPart();
    }

    void add(const OGRGeometry& g) {
        const OGRwkbGeometryType flat = wkbFlatten(g.getGeometryType());
        GeomKind k = kindOf(flat);
        if (flat == wkbGeometryCollection) {
            for (const OGRGeometry* sub : *g.toGeometryCollection()) add(*sub);
            return;
        }
        if (k == GeomKind::None || g.IsEmpty()) return;
        if (kind == GeomKind::None) kind = k;
        if (k != kind) {
            ++issues.droppedMixedParts;
            return;
        }
        switch (flat) {
            case wkbPoint: {
                const OGRPoint* p = g.toPoint();
                out.vertices.push_back({p->getX(), p->getY()});
                if (!std::isfinite(p->getX()) || !std::isfinite(p->getY())) bad = true;
                out.endRing();
                out.endPart();
                return;
            }
            case wkbLineString:
                if (addCurve(*g.toLineString(), false)) out.endPart();
                return;
            case wkbPolygon:
            case wkbTriangle:
                addPolygon(*g.toPolygon());
                return;
            case wkbMultiPoint:
            case wkbMultiLineString:
            case wkbMultiPolygon:
            case wkbPolyhedralSurface:
            case wkbTIN: {
                const auto* coll = flat == wkbPolyhedralSurface || flat == wkbTIN ? nullptr : g.toGeometryCollection();
                if (coll) {
                    for (const OGRGeometry* sub : *coll) add(*sub);
                } else {
                    const auto* ps = g.toPolyhedralSurface();
                    for (const OGRPolygon* sub : *ps) add(*sub);
                }
                return;
            }
            default: {
                // Curves and curved surfaces: linearise with GDAL's default step.
                std::unique_ptr<OGRGeometry> lin(g.getLinearGeometry());
                if (lin && wkbFlatten(lin->getGeometryType()) != flat) add(*lin);
                return;
            }
        }
    }
};

}  // namespace

void appendFeatureGeometry(const OGRGeometry* geometry, LayerGeometry& out, GeometryIssues& issues) {
    const std::size_t vertexMark = out.vertices.size();
    const std::size_t ringMark = out.ringStart.size();
    const std::size_t partMark = out.partStart.size();
    Appender a{out, issues};
    if (!geometry)
        ++issues.nullGeometries;
    else if (geometry->IsEmpty())
        ++issues.emptyGeometries;
    else
        a.add(*geometry);
    if (a.bad) {
        ++issues.nonFiniteVertices;
        out.vertices.resize(vertexMark);
        out.ringStart.resize(ringMark);
        out.partStart.resize(partMark);
        a.kind = GeomKind::None;
    }
    if (out.partStart.size() == partMark) a.kind = GeomKind::None;  // nothing usable was appended
    out.beginFeature(a.kind);
    out.endFeature();
}

std::unique_ptr<OGRMultiPolygon> toOgrMultiPolygon(const LayerGeometry& g, std::size_t f) {
    auto mp = std::make_unique<OGRMultiPolygon>();
    for (std::uint32_t p = g.featureStart[f]; p < g.featureStart[f + 1]; ++p) {
        auto poly = std::make_unique<OGRPolygon>();
        for (std::uint32_t r = g.partStart[p]; r < g.partStart[p + 1]; ++r) {
            auto ring = std::make_unique<OGRLinearRing>();
            const std::uint32_t b = g.ringStart[r], e = g.ringStart[r + 1];
            ring->setNumPoints(static_cast<int>(e - b + 1), FALSE);
            for (std::uint32_t v = b; v < e; ++v)
                ring->setPoint(static_cast<int>(v - b), g.vertices[v].x, g.vertices[v].y);
            ring->setPoint(static_cast<int>(e - b), g.vertices[b].x, g.vertices[b].y);
            poly->addRingDirectly(ring.release());
        }
        mp->addGeometryDirectly(poly.release());
    }
    return mp;
}

}  // namespace geo
