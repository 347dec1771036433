// Topology-aware simplification against GEOS: neighbouring communes stay joined (no gaps: the
// union has no new holes), never overlap (the union's area is the sum of the parts), and far fewer
// vertices remain.
#include <gtest/gtest.h>
#include <ogr_api.h>
#include <ogr_geometry.h>

#include <memory>

#include "geo/pipeline.hpp"
#include "geo/reader.hpp"
#include "geo/simplify.hpp"
#include "support/test_support.hpp"

namespace {

std::unique_ptr<OGRMultiPolygon> toOgr(const geo::LayerGeometry& g, double& sumArea) {
    auto all = std::make_unique<OGRMultiPolygon>();
    sumArea = 0;
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
        if (g.kind[f] != geo::GeomKind::Polygon) continue;
        for (std::uint32_t p = g.featureStart[f]; p < g.featureStart[f + 1]; ++p) {
            OGRPolygon poly;
            for (std::uint32_t r = g.partStart[p]; r < g.partStart[p + 1]; ++r) {
                OGRLinearRing ring;
                for (std::uint32_t v = g.ringStart[r]; v < g.ringStart[r + 1]; ++v)
                    ring.addPoint(g.vertices[v].x, g.vertices[v].y);
                ring.closeRings();
                poly.addRing(&ring);
            }
            std::unique_ptr<OGRGeometry> valid(poly.MakeValid());
            sumArea += OGR_G_Area(OGRGeometry::ToHandle(valid.get()));
            all->addGeometry(&poly);
        }
    }
    return all;
}

int interiorRings(const OGRGeometry* g) {
    int n = 0;
    auto count = [&](const OGRPolygon* p) { n += p->getNumInteriorRings(); };
    if (wkbFlatten(g->getGeometryType()) == wkbPolygon) count(g->toPolygon());
    if (wkbFlatten(g->getGeometryType()) == wkbMultiPolygon)
        for (const OGRPolygon* p : *g->toMultiPolygon()) count(p);
    return n;
}

TEST(Simplify, LoirEtCherCommunesStayJoinedWithoutOverlaps) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    auto src = geo::openSource(testing_support::dataFile(
        "france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson"));
    ASSERT_TRUE(src.ok());
    geo::Diagnostics diag;
    auto loaded = geo::loadLayer(src.value(), 0, {}, diag);
    ASSERT_TRUE(loaded.ok());
    const geo::LayerGeometry& full = loaded->display;

    double fullSum = 0;
    auto fullAll = toOgr(full, fullSum);
    std::unique_ptr<OGRGeometry> fullUnion(fullAll->UnionCascaded());

    for (double tolerance : {50.0, 250.0, 1000.0}) {
        const geo::LayerGeometry simple = geo::simplifyShared(full, tolerance);
        ASSERT_EQ(simple.featureCount(), full.featureCount());
        EXPECT_LT(simple.vertices.size(), full.vertices.size() * 0.8) << tolerance;
        double sum = 0;
        auto all = toOgr(simple, sum);
        std::unique_ptr<OGRGeometry> u(all->UnionCascaded());
        const double unionArea = OGR_G_Area(OGRGeometry::ToHandle(u.get()));
        // No overlaps between neighbours: the parts' areas add up to the union's.
        EXPECT_NEAR(sum, unionArea, unionArea * 1e-3) << tolerance;
        // No gaps: no hole opens in the département that was not there.
        EXPECT_EQ(interiorRings(u.get()), interiorRings(fullUnion.get())) << tolerance;
        // The département keeps its area within the tolerance's reach.
        EXPECT_NEAR(unionArea, fullSum, fullSum * 0.01) << tolerance;
    }
}

}  // namespace
