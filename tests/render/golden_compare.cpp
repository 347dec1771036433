#include "golden_compare.hpp"

#include <stb/stb_image.h>

#include <cstdlib>
#include <string>

#include "render/offscreen.hpp"

namespace golden {

void expectMatches(const std::filesystem::path& expectedPath,
                   int width,
                   int height,
                   const std::vector<std::uint8_t>& rgba,
                   Tolerance tolerance) {
    const std::filesystem::path dir = expectedPath.parent_path();
    if (const char* update = std::getenv("UPDATE"); update && std::string(update) == "1") {
        ASSERT_TRUE(render::writePng(expectedPath.string(), width, height, rgba).ok());
        GTEST_SKIP() << expectedPath << " rewritten: look at it before committing";
    }
    int w = 0, h = 0, n = 0;
    unsigned char* expected = stbi_load(expectedPath.string().c_str(), &w, &h, &n, 4);
    ASSERT_NE(expected, nullptr) << "missing " << expectedPath << " (run with UPDATE=1)";
    ASSERT_EQ(w, width);
    ASSERT_EQ(h, height);
    std::vector<std::uint8_t> diff(rgba.size());
    std::size_t mismatched = 0;
    for (std::size_t p = 0; p < static_cast<std::size_t>(w) * h; ++p) {
        int worst = 0;
        for (int c = 0; c < 4; ++c) worst = std::max(worst, std::abs(int(expected[4 * p + c]) - int(rgba[4 * p + c])));
        const bool bad = worst > tolerance.threshold;
        mismatched += bad;
        diff[4 * p] = bad ? 255 : expected[4 * p] / 4;
        diff[4 * p + 1] = bad ? 0 : expected[4 * p + 1] / 4;
        diff[4 * p + 2] = bad ? 0 : expected[4 * p + 2] / 4;
        diff[4 * p + 3] = 255;
    }
    stbi_image_free(expected);
    const double fraction = static_cast<double>(mismatched) / (static_cast<double>(w) * h);
    if (fraction > tolerance.allowed) {
        EXPECT_TRUE(render::writePng((dir / "actual.png").string(), w, h, rgba).ok());
        EXPECT_TRUE(render::writePng((dir / "diff.png").string(), w, h, diff).ok());
    }
    EXPECT_LE(fraction, tolerance.allowed) << mismatched << " pixels differ; see " << (dir / "diff.png");
}

}  // namespace golden
