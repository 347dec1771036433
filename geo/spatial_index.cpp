// Packed Hilbert R-tree, the layout of flatbush: levels stored bottom-up in one array.
#include "spatial_index.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <queue>

namespace geo {

namespace {

// Position of (x, y) on a Hilbert curve over a 2^16 grid.
std::uint32_t hilbert(std::uint32_t x, std::uint32_t y) {
    std::uint32_t d = 0;
    for (std::uint32_t s = 1u << 15; s > 0; s >>= 1) {
        const std::uint32_t rx = (x & s) > 0;
        const std::uint32_t ry = (y & s) > 0;
        d += s * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = s - 1 - x;
                y = s - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

}  // namespace

double boxDistance(const Box& b, double x, double y) {
    const double dx = std::max({b.minX - x, 0.0, x - b.maxX});
    const double dy = std::max({b.minY - y, 0.0, y - b.maxY});
    return std::sqrt(dx * dx + dy * dy);
}

SpatialIndex::SpatialIndex(const std::vector<Box>& boxes) {
    std::vector<std::uint32_t> items;
    Box all;
    for (std::uint32_t i = 0; i < boxes.size(); ++i) {
        if (boxes[i].empty()) continue;
        items.push_back(i);
        all.expand(boxes[i]);
    }
    m_itemCount = items.size();
    if (items.empty()) return;

    const double w = all.maxX - all.minX, h = all.maxY - all.minY;
    std::vector<std::uint32_t> keys(boxes.size());
    for (std::uint32_t i : items) {
        const Box& b = boxes[i];
        const double cx = w > 0 ? ((b.minX + b.maxX) / 2 - all.minX) / w : 0;
        const double cy = h > 0 ? ((b.minY + b.maxY) / 2 - all.minY) / h : 0;
        keys[i] = hilbert(static_cast<std::uint32_t>(cx * 65535), static_cast<std::uint32_t>(cy * 65535));
    }
    std::sort(items.begin(), items.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });

    for (std::uint32_t i : items) {
        m_boxes.push_back(boxes[i]);
        m_ids.push_back(i);
    }
    std::size_t levelBegin = 0;
    m_levelEnd.push_back(m_boxes.size());
    while (m_levelEnd.back() - levelBegin > 1) {
        const std::size_t levelEnd = m_levelEnd.back();
        for (std::size_t k = levelBegin; k < levelEnd; k += kNodeSize) {
            Box node;
            for (std::size_t c = k; c < std::min(k + kNodeSize, levelEnd); ++c) node.expand(m_boxes[c]);
            m_boxes.push_back(node);
            m_ids.push_back(static_cast<std::uint32_t>(k));
        }
        levelBegin = levelEnd;
        m_levelEnd.push_back(m_boxes.size());
    }
}

void SpatialIndex::search(const Box& query, const std::function<void(std::uint32_t)>& visit) const {
    if (m_boxes.empty()) return;
    // Stack of (node position, level); level 0 = leaves.
    std::vector<std::pair<std::size_t, std::size_t>> stack{{m_boxes.size() - 1, m_levelEnd.size() - 1}};
    while (!stack.empty()) {
        auto [pos, level] = stack.back();
        stack.pop_back();
        if (!m_boxes[pos].intersects(query)) continue;
        if (level == 0) {
            visit(m_ids[pos]);
            continue;
        }
        const std::size_t first = m_ids[pos];
        const std::size_t end = std::min<std::size_t>(first + kNodeSize, m_levelEnd[level - 1]);
        for (std::size_t c = first; c < end; ++c) stack.emplace_back(c, level - 1);
    }
}

std::vector<std::uint32_t> SpatialIndex::search(const Box& query) const {
    std::vector<std::uint32_t> out;
    search(query, [&](std::uint32_t i) { out.push_back(i); });
    return out;
}

std::vector<std::pair<std::uint32_t, double>> SpatialIndex::nearest(
    double x, double y, std::size_t k, double maxDistance, const DistanceFn& distance) const {
    std::vector<std::pair<std::uint32_t, double>> out;
    if (m_boxes.empty() || k == 0) return out;
    struct Entry {
        double dist;
        std::size_t pos;
        std::size_t level;  // SIZE_MAX: an item with its exact distance
        bool operator>(const Entry& o) const { return dist > o.dist; }
    };
    constexpr std::size_t kExact = static_cast<std::size_t>(-1);
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    queue.push({0.0, m_boxes.size() - 1, m_levelEnd.size() - 1});
    while (!queue.empty() && out.size() < k) {
        Entry e = queue.top();
        queue.pop();
        if (e.dist > maxDistance) break;
        if (e.level == kExact) {
            out.emplace_back(m_ids[e.pos], e.dist);
            continue;
        }
        if (e.level == 0) {
            // A leaf box gives a lower bound; requeue the item with its exact distance.
            const double d = distance ? distance(m_ids[e.pos]) : boxDistance(m_boxes[e.pos], x, y);
            queue.push({d, e.pos, kExact});
            continue;
        }
        const std::size_t first = m_ids[e.pos];
        const std::size_t end = std::min<std::size_t>(first + kNodeSize, m_levelEnd[e.level - 1]);
        for (std::size_t c = first; c < end; ++c) queue.push({boxDistance(m_boxes[c], x, y), c, e.level - 1});
    }
    return out;
}

}  // namespace geo
