// The R-tree against brute force on random boxes.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "geo/spatial_index.hpp"

namespace {

std::vector<geo::Box> randomBoxes(std::size_t n, std::mt19937& rng) {
    std::uniform_real_distribution<double> pos(0, 1000), size(0, 20);
    std::vector<geo::Box> boxes(n);
    for (auto& b : boxes) {
        const double x = pos(rng), y = pos(rng);
        b.expand(x, y);
        b.expand(x + size(rng), y + size(rng));
    }
    return boxes;
}

TEST(SpatialIndex, BoxSearchMatchesBruteForce) {
    std::mt19937 rng(42);
    auto boxes = randomBoxes(5000, rng);
    boxes[17] = geo::Box{};  // an item without geometry is never returned
    geo::SpatialIndex index(boxes);
    EXPECT_EQ(index.size(), 4999u);
    std::uniform_real_distribution<double> pos(0, 1000);
    for (int q = 0; q < 200; ++q) {
        geo::Box query;
        query.expand(pos(rng), pos(rng));
        query.expand(query.minX + 50, query.minY + 30);
        auto got = index.search(query);
        std::sort(got.begin(), got.end());
        std::vector<std::uint32_t> want;
        for (std::uint32_t i = 0; i < boxes.size(); ++i)
            if (!boxes[i].empty() && boxes[i].intersects(query)) want.push_back(i);
        ASSERT_EQ(got, want);
    }
}

TEST(SpatialIndex, NearestMatchesBruteForce) {
    std::mt19937 rng(7);
    auto boxes = randomBoxes(3000, rng);
    geo::SpatialIndex index(boxes);
    std::uniform_real_distribution<double> pos(-100, 1100);
    for (int q = 0; q < 100; ++q) {
        const double x = pos(rng), y = pos(rng);
        auto got = index.nearest(x, y, 5, INFINITY);
        std::vector<double> all;
        for (const auto& b : boxes) all.push_back(geo::boxDistance(b, x, y));
        std::sort(all.begin(), all.end());
        ASSERT_EQ(got.size(), 5u);
        for (std::size_t k = 0; k < 5; ++k) EXPECT_DOUBLE_EQ(got[k].second, all[k]);
    }
}

TEST(SpatialIndex, EmptyAndSingle) {
    geo::SpatialIndex empty(std::vector<geo::Box>{});
    EXPECT_TRUE(empty.search(geo::Box{0, 0, 1, 1}).empty());
    EXPECT_TRUE(empty.nearest(0, 0, 3, INFINITY).empty());
    geo::SpatialIndex one(std::vector<geo::Box>{geo::Box{0, 0, 1, 1}});
    EXPECT_EQ(one.search(geo::Box{0.5, 0.5, 2, 2}).size(), 1u);
    EXPECT_EQ(one.nearest(5, 5, 3, INFINITY).size(), 1u);
}

}  // namespace
