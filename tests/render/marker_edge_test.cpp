// Markers are point sprites, and GL clips a point by its centre: a marker whose centre has just
// left the picture must still show the part of it that is inside.
#include <gtest/gtest.h>

#include "render/offscreen.hpp"
#include "render/point_layer.hpp"

namespace {

int redPixelsInColumns(const std::vector<std::uint8_t>& rgba, int width, int height, int x0, int x1) {
    int n = 0;
    for (int y = 0; y < height; ++y)
        for (int x = x0; x < x1; ++x) {
            const std::uint8_t* p = &rgba[4 * (static_cast<std::size_t>(y) * width + x)];
            n += p[0] > 150 && p[1] < 100 && p[2] < 100;
        }
    return n;
}

TEST(MarkerEdge, AMarkerWhoseCentreLeftTheViewStillShowsItsVisiblePart) {
    auto context = render::HeadlessContext::create();
    ASSERT_TRUE(context.ok());
    auto programs = render::Programs::build();
    auto target = render::OffscreenTarget::create(100, 60);
    ASSERT_TRUE(programs.ok() && target.ok());
    {
        render::View view;  // 1 metre a pixel, centred on (50, 30): pixel x = display x
        view.centerX = 50;
        view.centerY = 30;
        view.width = 100;
        view.height = 60;
        render::PointLayer points;
        // 24 px markers centred 6 px outside the left edge, and one inside for reference.
        points.setMarkers({render::Marker{{-6, 30}, {200, 30, 30, 255}, render::MarkerShape::Circle, 24},
                           render::Marker{{70, 30}, {200, 30, 30, 255}, render::MarkerShape::Square, 24}});
        target->bind();
        glClearColor(1, 1, 1, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        points.draw(programs.value(), view);
        const auto rgba = target->read();
        // The outside marker's disc reaches 12 px from its centre: 6 px into the picture.
        EXPECT_GT(redPixelsInColumns(rgba, 100, 60, 0, 4), 20);
        EXPECT_GT(redPixelsInColumns(rgba, 100, 60, 60, 80), 150);
        // The viewport is back to the picture's after drawing.
        GLint viewport[4];
        glGetIntegerv(GL_VIEWPORT, viewport);
        EXPECT_EQ(viewport[2], 100);
        EXPECT_EQ(viewport[3], 60);
    }
}

}  // namespace
