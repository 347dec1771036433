// A zoning drawn over a choropleth (issue 11): its fills become diagonal hatching, so the colours
// under it stay visible between its lines. Oracle: the pixels read back — the share of line and
// of underlying colour inside the polygon, and lines that run along one diagonal.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

#include "map/map_layers.hpp"
#include "map/scene.hpp"
#include "map/scene_image.hpp"
#include "render/offscreen.hpp"
#include "support/test_support.hpp"

namespace {

using namespace testing_support;

// A square coloured red by one layer, and by a zoning layer over it, hatched or not.
app::Image renderZoningOverRed(const std::string& dir, bool hatched) {
    writeFile(dir + "/square.geojson",
              R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"zone": "ZIP"},
                  "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 7], [0, 7], [0, 0]]]}}]})");
    writeFile(dir + "/scene.json",
              R"({"size": [200, 140], "crs": "EPSG:4326", "background": "#ffffff", "labels": false,
                  "legend": false, "scale_bar": false,
                  "layers": [{"source": "square.geojson", "fill": "#d01010", "outline": null},
                             {"source": "square.geojson", "outline": null,
                              "categories": {"field": "zone", "values": {"ZIP": "#f28e1c"}},
                              "hatching": {"period": 8, "values": {"ZIP": "#000000"}}}]})");
    auto scene = app::readScene(dir + "/scene.json");
    EXPECT_TRUE(scene.ok()) << geo::describe(scene.error());
    auto context = render::HeadlessContext::create();
    EXPECT_TRUE(context.ok());
    geo::Diagnostics diag;
    auto layers = app::loadLayers(scene.value(), diag);
    EXPECT_TRUE(layers.ok());
    layers.value()[1].spec.hatched = hatched;  // as the finder sets it when an indicator is shown
    auto programs = render::Programs::build();
    auto font = render::Font::load(app::defaultFontPath());
    auto target = render::OffscreenTarget::create(200, 140);
    EXPECT_TRUE(programs.ok() && font.ok() && target.ok());
    app::uploadLayers(layers.value());
    target->bind();
    render::Overlay overlay;
    app::DrawContext ctx{programs.value(), font.value(), overlay, {}, {}, nullptr};
    const auto view = render::View::fit(geo::Box{-0.5, -0.5, 10.5, 7.5}, 200, 140);
    app::drawMap(scene.value(), layers.value(), view, 1, ctx);
    app::Image image{200, 140, target->read()};
    layers->clear();  // GL objects go while the context is current
    return image;
}

struct Shares {
    double ink = 0, red = 0, orange = 0;
    double alongOne = 0, alongOther = 0;  // mean colour change one pixel along each diagonal
};

// Inside the square (its middle, clear of the edges).
Shares measure(const app::Image& img) {
    auto px = [&](int x, int y) { return &img.rgba[(static_cast<std::size_t>(y) * img.width + x) * 4]; };
    Shares s;
    int n = 0;
    for (int y = 30; y < 110; ++y)
        for (int x = 40; x < 160; ++x, ++n) {
            const auto* p = px(x, y);
            if (p[0] + p[1] + p[2] < 150) s.ink += 1;
            if (p[0] > 170 && p[1] < 60 && p[2] < 60) s.red += 1;
            if (p[0] > 200 && p[1] > 110 && p[1] < 170 && p[2] < 80) s.orange += 1;
            const auto* a = px(x + 1, y + 1);
            const auto* b = px(x + 1, y - 1);
            s.alongOne += std::abs(p[0] - a[0]) + std::abs(p[1] - a[1]) + std::abs(p[2] - a[2]);
            s.alongOther += std::abs(p[0] - b[0]) + std::abs(p[1] - b[1]) + std::abs(p[2] - b[2]);
        }
    s.ink /= n;
    s.red /= n;
    s.orange /= n;
    s.alongOne /= n;
    s.alongOther /= n;
    return s;
}

}  // namespace

TEST(Hatching, AZoningOverAChoroplethLeavesItsColoursVisible) {
    const std::string dir = scratchDir("hatching");
    // Solid, the zoning's orange hides the red under it.
    const Shares solid = measure(renderZoningOverRed(dir, false));
    EXPECT_GT(solid.orange, 0.99);
    EXPECT_EQ(solid.red, 0);
    // Hatched: lines a third of the period wide, the red between them, no orange.
    const Shares hatched = measure(renderZoningOverRed(dir, true));
    EXPECT_GT(hatched.ink, 0.15);
    EXPECT_LT(hatched.ink, 0.45);
    EXPECT_GT(hatched.red, 0.45);
    EXPECT_EQ(hatched.orange, 0);
    // Straight diagonal lines: nothing changes along one diagonal, a lot along the other.
    EXPECT_LT(std::min(hatched.alongOne, hatched.alongOther), 3);
    EXPECT_GT(std::max(hatched.alongOne, hatched.alongOther), 60);
}
