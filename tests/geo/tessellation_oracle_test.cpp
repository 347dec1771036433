// The tessellation oracle over every commune of France: per commune, the triangles' total area
// equals the area GEOS (through GDAL) gives for the repaired polygon, and every triangle's
// centroid lies in its polygon. Overseas communes are tessellated in their own CRS.
#include <gtest/gtest.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>

#include "geo/pipeline.hpp"
#include "geo/reader.hpp"
#include "support/test_support.hpp"

namespace {

// The usual projected CRS of each part of France.
std::string displayCrsFor(const std::string& file) {
    auto has = [&](const char* d) { return file.find(std::string("communes-") + d + "-") != std::string::npos; };
    if (has("971") || has("972")) return "EPSG:5490";  // RGAF09 / UTM 20N
    if (has("973")) return "EPSG:2972";                // RGFG95 / UTM 22N
    if (has("974")) return "EPSG:2975";                // RGR92 / UTM 40S
    if (has("976")) return "EPSG:4471";                // RGM04 / UTM 38S
    return "EPSG:2154";
}

TEST(TessellationOracle, EveryCommuneOfFrance) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement");
    const auto files = testing_support::allCommuneFiles();
    ASSERT_EQ(files.size(), 101u);
    std::size_t communes = 0, triangles = 0, repairedByGeos = 0;
    for (const std::string& file : files) {
        const std::string crs = displayCrsFor(file);
        auto src = geo::openSource(file);
        ASSERT_TRUE(src.ok()) << file;
        geo::Diagnostics diag;
        geo::LoadOptions options;
        options.displayCrs = crs;
        auto loaded = geo::loadLayer(src.value(), 0, options, diag);
        ASSERT_TRUE(loaded.ok()) << geo::describe(loaded.error());
        ASSERT_EQ(loaded->outOfView, 0u) << file;

        // The oracle reads the file again through GDAL alone and asks GEOS for areas.
        OGRLayer* ogr = src->dataset->GetLayer(0);
        OGRSpatialReference target;
        target.SetFromUserInput(crs.c_str());
        target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> ct(
            OGRCreateCoordinateTransformation(ogr->GetSpatialRef(), &target));
        ASSERT_TRUE(ct);
        ogr->ResetReading();
        std::size_t f = 0;
        for (auto& feature : *ogr) {
            std::unique_ptr<OGRGeometry> g(feature->GetGeometryRef()->clone());
            if (!g->IsValid()) {
                g.reset(g->MakeValid());
                ++repairedByGeos;
            }
            ASSERT_EQ(g->transform(ct.get()), OGRERR_NONE);
            const double want = OGR_G_Area(OGRGeometry::ToHandle(g.get()));
            OGRPreparedGeometryUniquePtr prepared(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(g.get())));

            const auto& v = loaded->display.vertices;
            double got = 0;
            for (std::uint32_t t = loaded->triangleStart[f]; t < loaded->triangleStart[f + 1]; ++t) {
                const geo::Vec2 &a = v[loaded->triangles[3 * t]], &b = v[loaded->triangles[3 * t + 1]],
                                &c = v[loaded->triangles[3 * t + 2]];
                const double area2 = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
                got += area2 / 2;
                if (area2 <= 1e-6) continue;  // zero-area slivers have no interior to test
                OGRPoint centroid((a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3);
                ASSERT_TRUE(OGRPreparedGeometryIntersects(prepared.get(), OGRGeometry::ToHandle(&centroid)))
                    << file << " commune " << feature->GetFieldAsString("code") << " triangle " << t;
            }
            ASSERT_NEAR(got, want, 1e-6 * want) << file << " commune " << feature->GetFieldAsString("code");
            ++f;
            ++triangles;
        }
        communes += f;
    }
    EXPECT_EQ(communes, 35357u);
    EXPECT_GE(repairedByGeos, 1u);  // 14174 Condé-en-Normandie
    (void)triangles;
}

}  // namespace
