// Anti-aliasing whatever the GL: a diagonal polygon edge (no outline) must show intermediate
// colours between the fill and the background, with the GL's default (on llvmpipe: single-sampled
// and an edge-smoothing pass) and with 4× multisampling asked for; flat areas stay exact.
#include <gtest/gtest.h>

#include <optional>

#include "map/map_layers.hpp"
#include "map/scene.hpp"
#include "map/scene_image.hpp"
#include "render/offscreen.hpp"
#include "support/test_support.hpp"

namespace {

using namespace testing_support;

enum class Smoothing { None, Default, Multisample4 };

// A right triangle whose hypotenuse crosses the picture diagonally, dark on white, drawn by
// drawMap with the given anti-aliasing (None: no PolygonTarget, the aliased reference).
app::Image renderTriangle(const std::string& dir, Smoothing smoothing) {
    writeFile(dir + "/triangle.geojson",
              R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                  "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [0, 7], [0, 0]]]}}]})");
    writeFile(dir + "/scene.json",
              R"({"size": [200, 140], "crs": "EPSG:4326", "background": "#ffffff", "labels": false,
                  "legend": false, "scale_bar": false,
                  "layers": [{"source": "triangle.geojson", "fill": "#203040", "outline": null}]})");
    auto scene = app::readScene(dir + "/scene.json");
    EXPECT_TRUE(scene.ok()) << geo::describe(scene.error());
    auto context = render::HeadlessContext::create();
    EXPECT_TRUE(context.ok());
    geo::Diagnostics diag;
    auto layers = app::loadLayers(scene.value(), diag);
    EXPECT_TRUE(layers.ok());
    auto programs = render::Programs::build();
    auto font = render::Font::load(app::defaultFontPath());
    auto target = render::OffscreenTarget::create(200, 140);
    EXPECT_TRUE(programs.ok() && font.ok() && target.ok());
    app::uploadLayers(layers.value());
    target->bind();
    render::Overlay overlay;
    std::optional<render::PolygonTarget> polygons;
    if (smoothing != Smoothing::None) polygons.emplace(smoothing == Smoothing::Multisample4 ? 4 : 0);
    app::DrawContext ctx{programs.value(), font.value(), overlay, {}, {}, polygons ? &*polygons : nullptr};
    const auto view = render::View::fit(geo::Box{-0.5, -0.5, 10.5, 7.5}, 200, 140);
    app::drawMap(scene.value(), layers.value(), view, 1, ctx);
    app::Image image{200, 140, target->read()};
    layers->clear();  // GL objects go while the context is current
    polygons.reset();
    return image;
}

struct EdgeCounts {
    int intermediate = 0;  // pixels neither fill nor background, along the hypotenuse
    int exactInside = 0, inside = 0;
};

EdgeCounts countEdge(const app::Image& img) {
    EdgeCounts c;
    auto red = [&](int x, int y) { return int(img.rgba[4 * (static_cast<std::size_t>(y) * img.width + x)]); };
    for (int y = 10; y < img.height - 10; ++y)
        for (int x = 10; x < img.width - 10; ++x) {
            const int r = red(x, y);
            if (r > 0x20 + 8 && r < 0xff - 8) ++c.intermediate;
            // Well inside the triangle (lower left, legs along the left and bottom): the fill exactly.
            const double u = double(x) / img.width, v = 1 - double(y) / img.height;
            if (u > 0.15 && v > 0.15 && u + v < 0.75) {
                ++c.inside;
                c.exactInside += r == 0x20;
            }
        }
    return c;
}

TEST(Antialiasing, WithoutSmoothingTheEdgeIsAliased) {
    // The oracle for the tests below: the same picture drawn single-sampled without smoothing
    // has no pixel between the fill and the background.
    const EdgeCounts c = countEdge(renderTriangle(scratchDir("aa-none"), Smoothing::None));
    EXPECT_EQ(c.intermediate, 0);
    EXPECT_GT(c.inside, 1000);
}

TEST(Antialiasing, DiagonalPolygonEdgeHasIntermediateColoursByDefault) {
    // On llvmpipe: single-sampled, then the edge-smoothing pass; on a GPU: 4× multisampling.
    const EdgeCounts c = countEdge(renderTriangle(scratchDir("aa-default"), Smoothing::Default));
    // The hypotenuse crosses about 120 rows: most of them must show a blended pixel.
    EXPECT_GT(c.intermediate, 100);
    EXPECT_GT(c.inside, 1000);
    EXPECT_EQ(c.exactInside, c.inside);  // flat areas are not blurred
}

TEST(Antialiasing, DiagonalPolygonEdgeHasIntermediateColoursWithMultisampling) {
    const EdgeCounts c = countEdge(renderTriangle(scratchDir("aa-msaa"), Smoothing::Multisample4));
    EXPECT_GT(c.intermediate, 100);
    EXPECT_EQ(c.exactInside, c.inside);
}

TEST(Antialiasing, KeptSmoothedFillsAreTheSamePictureAndFollowTheStyle) {
    // A still frame reuses the smoothed fills of the frame before when nothing they depend on has
    // changed: the picture must be the one a full redraw gives, and a new style must show.
    const std::string dir = scratchDir("aa-kept");
    renderTriangle(dir, Smoothing::Default);  // writes the scene files
    auto context = render::HeadlessContext::create();
    ASSERT_TRUE(context.ok());
    auto scene = app::readScene(dir + "/scene.json");
    ASSERT_TRUE(scene.ok());
    geo::Diagnostics diag;
    auto layers = app::loadLayers(scene.value(), diag);
    auto programs = render::Programs::build();
    auto font = render::Font::load(app::defaultFontPath());
    auto target = render::OffscreenTarget::create(200, 140);
    ASSERT_TRUE(layers.ok() && programs.ok() && font.ok() && target.ok());
    app::uploadLayers(layers.value());
    {
        render::Overlay overlay;
        render::PolygonTarget polygons(1);
        app::FrameProfile profile;
        profile.enabled = true;
        app::DrawContext ctx{programs.value(), font.value(), overlay, {}, {}, &polygons, &profile};
        const auto view = render::View::fit(geo::Box{-0.5, -0.5, 10.5, 7.5}, 200, 140);
        auto frame = [&] {
            target->bind();
            profile.start();
            app::drawMap(scene.value(), layers.value(), view, 1, ctx);
            return target->read();
        };
        const auto first = frame();
        EXPECT_TRUE(profile.passesMs().count("fills"));
        const auto second = frame();
        EXPECT_FALSE(profile.passesMs().count("fills"));  // kept, not drawn again
        EXPECT_EQ(first, second);
        auto& layer = layers.value()[0];
        layer.spec.fill = render::Rgba{200, 40, 40, 255};
        app::restyleLayer(layer);
        const auto restyled = frame();
        EXPECT_TRUE(profile.passesMs().count("fills"));
        EXPECT_NE(restyled, first);
        // The view moved: drawn again.
        auto moved = view;
        moved.centerX += 1;
        target->bind();
        profile.start();
        app::drawMap(scene.value(), layers.value(), moved, 1, ctx);
        EXPECT_TRUE(profile.passesMs().count("fills"));
    }
    layers->clear();
}

}  // namespace
