// Compares an image with a golden PNG, pixel by pixel: a pixel differs when any channel is off by
// more than `threshold`; the image fails when more than `allowed` of its pixels differ. On failure
// actual.png and diff.png (differing pixels in red) are written beside the golden. UPDATE=1
// rewrites the golden instead (look at every regenerated image before committing it).
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <vector>

namespace golden {

struct Tolerance {
    int threshold = 24;
    double allowed = 0.0005;
};

// Adds a test failure when the image does not match `expected`; skips the test after UPDATE=1.
void expectMatches(const std::filesystem::path& expected,
                   int width,
                   int height,
                   const std::vector<std::uint8_t>& rgba,
                   Tolerance tolerance);

}  // namespace golden
