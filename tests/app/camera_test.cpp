// Camera arithmetic: zooming keeps the point under the cursor in place; fitting shows the box.
#include <gtest/gtest.h>

#include "map/camera.hpp"

namespace {

TEST(Camera, ZoomAtKeepsTheAnchorUnderTheCursor) {
    app::Camera cam;
    cam.setViewport(1000, 800);
    cam.set(render::View{600000, 6700000, 100, 1000, 800});
    const geo::Vec2 cursor{250, 600};
    const geo::Vec2 before = cam.view().toDisplay(cursor);
    cam.zoomAt(cursor, 2.0, 0.0);
    EXPECT_TRUE(cam.animating());
    cam.update(10.0);  // long after the animation
    EXPECT_FALSE(cam.animating());
    EXPECT_NEAR(cam.view().metresPerPixel, 50, 1e-9);
    const geo::Vec2 after = cam.view().toDisplay(cursor);
    EXPECT_NEAR(after.x, before.x, 1e-6);
    EXPECT_NEAR(after.y, before.y, 1e-6);
}

TEST(Camera, FitShowsTheWholeBoxAndPanMovesByPixels) {
    app::Camera cam;
    cam.setViewport(800, 600);
    geo::Box box{500000, 6600000, 700000, 6800000};
    cam.fit(box, 0.0, false);
    const geo::Box seen = cam.view().extent();
    EXPECT_LE(seen.minX, box.minX);
    EXPECT_GE(seen.maxX, box.maxX);
    EXPECT_LE(seen.minY, box.minY);
    EXPECT_GE(seen.maxY, box.maxY);
    const double cx = cam.view().centerX, mpp = cam.view().metresPerPixel;
    cam.panPixels(10, 0);  // dragging right moves the map right: the centre goes west
    EXPECT_NEAR(cam.view().centerX, cx - 10 * mpp, 1e-9);
}

TEST(Camera, ZoomIsClamped) {
    app::Camera cam;
    cam.setViewport(100, 100);
    cam.set(render::View{0, 0, 1, 100, 100});
    for (int i = 0; i < 20; ++i) cam.zoomAt({50, 50}, 4, 0);
    cam.update(100);
    EXPECT_GE(cam.view().metresPerPixel, app::Camera::kMinMpp);
}

}  // namespace
