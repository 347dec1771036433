// The renderer against gdal_rasterize: a layer filled in black on white, without outline, labels
// or legend, must cover the same pixels as GDAL's rasterisation of the same layer reprojected to
// the scene CRS, at the same extent and size (intersection over union at least 0.99).
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>

#include "geo/source.hpp"
#include "map/scene_image.hpp"
#include "support/test_support.hpp"

namespace {

using namespace testing_support;

struct Case {
    const char* name;
    const char* file;
    const char* crs;
};

class RasterizeOracle : public ::testing::TestWithParam<Case> {};

TEST_P(RasterizeOracle, SamePixelsAsGdalRasterize) {
    const Case c = GetParam();
    NEEDS_NATIONAL_DATA(c.file);
    const std::string dir = scratchDir(std::string("rasterize-") + c.name);
    const std::string src = dataFile(c.file);
    const std::string projected = dir + "/projected.gpkg";
    ASSERT_EQ(run("ogr2ogr -f GPKG -t_srs " + std::string(c.crs) + " " + projected + " " + shellQuote(src)).exitCode,
              0);

    // A square extent around the layer, so that neither side grows to fit the image.
    geo::initGdal();
    GDALDatasetUniquePtr ds(GDALDataset::Open(projected.c_str(), GDAL_OF_VECTOR));
    OGREnvelope env;
    ASSERT_EQ(ds->GetLayer(0)->GetExtent(&env), OGRERR_NONE);
    const double cx = (env.MinX + env.MaxX) / 2, cy = (env.MinY + env.MaxY) / 2;
    const double half = std::max(env.MaxX - env.MinX, env.MaxY - env.MinY) * 0.55;
    const int size = 700;
    char extent[256];
    std::snprintf(extent, sizeof extent, "%.6f %.6f %.6f %.6f", cx - half, cy - half, cx + half, cy + half);

    std::ofstream(dir + "/scene.json") << "{\"size\": [" << size << ", " << size << "], \"crs\": \"" << c.crs
                                       << "\", \"extent\": [" << cx - half << ", " << cy - half << ", " << cx + half
                                       << ", " << cy + half << "], \"background\": \"#ffffff\", \"labels\": false, "
                                       << "\"legend\": false, \"layers\": [{\"source\": \"" << src
                                       << "\", \"fill\": \"#000000\", \"outline\": null}]}";
    auto scene = app::readScene(dir + "/scene.json");
    ASSERT_TRUE(scene.ok()) << geo::describe(scene.error());
    geo::Diagnostics diag;
    auto image = app::renderScene(scene.value(), 1, diag);
    ASSERT_TRUE(image.ok()) << geo::describe(image.error());

    auto r = run("gdal_rasterize -q -burn 1 -init 0 -ot Byte -ts " + std::to_string(size) + " " + std::to_string(size) +
                 " -te " + extent + " " + projected + " " + dir + "/oracle.tif");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    GDALDatasetUniquePtr raster(GDALDataset::Open((dir + "/oracle.tif").c_str(), GDAL_OF_RASTER));
    std::vector<std::uint8_t> burned(static_cast<std::size_t>(size) * size);
    ASSERT_EQ(raster->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, size, size, burned.data(), size, size, GDT_Byte, 0, 0),
              CE_None);

    std::size_t both = 0, either = 0;
    for (std::size_t p = 0; p < burned.size(); ++p) {
        const bool ours = image->rgba[4 * p] < 128;  // black fill, antialiased edges cut at half coverage
        const bool gdal = burned[p] != 0;
        both += ours && gdal;
        either += ours || gdal;
    }
    ASSERT_GT(either, 1000u);
    const double iou = static_cast<double>(both) / static_cast<double>(either);
    EXPECT_GE(iou, 0.99) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Departements,
    RasterizeOracle,
    ::testing::Values(
        Case{"LoirEtCher", "france_geojson_admin_express_2018/departement-41-loir-et-cher.geojson", "EPSG:2154"},
        Case{"LoiretCommunes",
             "france_geojson_admin_express_2018/communes_par_departement/communes-45-loiret.geojson",
             "EPSG:2154"},
        Case{"CorseDuSud",
             "france_geojson_admin_express_2018/communes_par_departement/communes-2A-corse-du-sud.geojson",
             "EPSG:2154"},
        Case{"ReunionInItsOwnCrs",
             "france_geojson_admin_express_2018/communes_par_departement/communes-974-la-reunion.geojson",
             "EPSG:2975"}),
    [](const auto& param) { return std::string(param.param.name); });

}  // namespace
