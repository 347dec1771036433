// Static packed R-tree over item boxes (Hilbert-sorted leaves, 16 children per node):
// box queries and best-first nearest-neighbour search. Built once, read by any thread.
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "types.hpp"

namespace geo {

class SpatialIndex {
public:
    SpatialIndex() = default;
    // Item i has boxes[i]; items with an empty box are not indexed.
    explicit SpatialIndex(const std::vector<Box>& boxes);

    std::size_t size() const { return m_itemCount; }

    // Calls visit(item) for every item whose box intersects `query`.
    void search(const Box& query, const std::function<void(std::uint32_t)>& visit) const;
    std::vector<std::uint32_t> search(const Box& query) const;

    // Up to k items nearest to (x, y), nearest first, with their distance. `distance(item)` gives an
    // item's exact distance and must never be less than the distance to its box (the default is the
    // box distance). Items farther than maxDistance are left out.
    using DistanceFn = std::function<double(std::uint32_t)>;
    std::vector<std::pair<std::uint32_t, double>> nearest(
        double x, double y, std::size_t k, double maxDistance, const DistanceFn& distance = {}) const;

private:
    static constexpr std::uint32_t kNodeSize = 16;
    std::vector<Box> m_boxes;             // leaves first, then each level up to the root
    std::vector<std::uint32_t> m_ids;     // leaves: item id; nodes: position of first child in m_boxes
    std::vector<std::size_t> m_levelEnd;  // end of each level in m_boxes
    std::size_t m_itemCount = 0;
};

// Distance from a point to a box (0 inside).
double boxDistance(const Box& b, double x, double y);

}  // namespace geo
