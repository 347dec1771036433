// `santemap render` simplifies each layer at a quarter of the picture's pixel before tessellating:
// fewer vertices, the same areas (the triangles' total area is an invariant the simplification
// must keep, within what a quarter pixel along every border can change).
#include <gtest/gtest.h>

#include <cmath>

#include "map/map_layers.hpp"
#include "map/scene.hpp"
#include "support/test_support.hpp"

namespace {

double triangleArea(const geo::LoadedLayer& l) {
    double sum = 0;
    const auto& v = l.display.vertices;
    for (std::size_t t = 0; t + 2 < l.triangles.size(); t += 3) {
        const geo::Vec2 a = v[l.triangles[t]], b = v[l.triangles[t + 1]], c = v[l.triangles[t + 2]];
        sum += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
    }
    return sum;
}

TEST(PictureDetail, SimplifiedAtAQuarterPixelWithTheSameAreas) {
    auto scene = app::readScene(std::string(SANTEMAP_SOURCE_DIR) + "/tests/render/cases/fills/case.json");
    ASSERT_TRUE(scene.ok()) << geo::describe(scene.error());
    geo::Diagnostics diag;
    auto full = app::loadLayers(scene.value(), diag);
    auto picture = app::loadPictureLayers(scene.value(), 400, 300, diag);
    ASSERT_TRUE(full.ok() && picture.ok());
    const geo::LoadedLayer& f = full->front().data;
    const geo::LoadedLayer& p = picture->front().data;
    EXPECT_TRUE(p.levels.empty());  // one picture, one level
    EXPECT_EQ(p.display.featureCount(), f.display.featureCount());
    // Loir-et-Cher (about 130 km) in 400 × 300 pixels: a pixel is about 450 m, and a good part of
    // the boundaries' vertices lie within a quarter of that of the line through their neighbours.
    EXPECT_LT(p.display.vertices.size() * 4, f.display.vertices.size() * 3);
    const double fullArea = triangleArea(f), pictureArea = triangleArea(p);
    EXPECT_NEAR(pictureArea / fullArea, 1.0, 0.005);
}

}  // namespace
