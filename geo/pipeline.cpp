// Stages of the load pipeline, each timed; projection and tessellation split over workers.
#include "pipeline.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <new>
#include <optional>

#include "memory.hpp"
#include "memory_estimate.hpp"
#include "parallel.hpp"
#include "projection.hpp"
#include "reader.hpp"
#include "repair.hpp"
#include "simplify.hpp"
#include "tessellate.hpp"

namespace geo {

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// Twice the shoelace area of a polygon part (holes subtracted whatever their orientation).
double partArea2(const LayerGeometry& g, std::uint32_t part) {
    double total = 0;
    for (std::uint32_t r = g.partStart[part]; r < g.partStart[part + 1]; ++r) {
        double a = 0;
        const std::uint32_t b = g.ringStart[r], e = g.ringStart[r + 1];
        for (std::uint32_t i = b, j = e - 1; i < e; j = i++)
            a += (g.vertices[j].x - g.vertices[i].x) * (g.vertices[j].y + g.vertices[i].y);
        total += r == g.partStart[part] ? std::abs(a) : -std::abs(a);
    }
    return total;
}

double trianglesArea2(const std::vector<Vec2>& v, const std::uint32_t* idx, std::size_t count) {
    double total = 0;
    for (std::size_t t = 0; t + 2 < count; t += 3) {
        const Vec2 &a = v[idx[t]], &b = v[idx[t + 1]], &c = v[idx[t + 2]];
        total += std::abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
    }
    return total;
}

struct Worker {
    Tessellator tess;
    std::vector<Vec2> sorted;
};

// A ring that passes twice through the same point touches itself: invalid for GEOS, even though
// its triangles may still cover the right area (14174 Condé-en-Normandie is such a case).
bool ringTouchesItself(const LayerGeometry& g, std::uint32_t ring, std::vector<Vec2>& sorted) {
    sorted.assign(g.vertices.begin() + g.ringStart[ring], g.vertices.begin() + g.ringStart[ring + 1]);
    std::sort(
        sorted.begin(), sorted.end(), [](const Vec2& a, const Vec2& b) { return a.x != b.x ? a.x < b.x : a.y < b.y; });
    for (std::size_t i = 1; i < sorted.size(); ++i)
        if (sorted[i].x == sorted[i - 1].x && sorted[i].y == sorted[i - 1].y) return true;
    return false;
}

enum class FeatureTessellation { Exact, Invalid, Simplified };

// Tessellates all parts of a feature. Invalid: a ring touches itself, or the triangles do not cover
// exactly the polygon's area (self-intersections, overlapping parts). Simplified: a part was too
// costly to clip exactly and was filled from a simplified outline (no area to compare then).
FeatureTessellation tessellateFeature(Worker& worker,
                                      const LayerGeometry& g,
                                      std::size_t f,
                                      std::vector<std::uint32_t>& out) {
    Tessellator& tess = worker.tess;
    bool touching = false;
    for (std::uint32_t r = g.partStart[g.featureStart[f]]; r < g.partStart[g.featureStart[f + 1]] && !touching; ++r)
        touching = ringTouchesItself(g, r, worker.sorted);
    const std::size_t first = out.size();
    double polygonArea = 0;
    bool simplified = false;
    for (std::uint32_t p = g.featureStart[f]; p < g.featureStart[f + 1]; ++p) {
        simplified |=
            tess.polygon(g.vertices.data(), &g.ringStart[g.partStart[p]], g.partStart[p + 1] - g.partStart[p], out)
                .simplified;
        polygonArea += partArea2(g, p);
    }
    if (simplified) return FeatureTessellation::Simplified;
    const double meshArea = trianglesArea2(g.vertices, out.data() + first, out.size() - first);
    return !touching && std::abs(meshArea - polygonArea) <= 1e-9 * std::max(std::abs(polygonArea), 1e-300)
               ? FeatureTessellation::Exact
               : FeatureTessellation::Invalid;
}

// Replaces features of `g` by repaired versions, keeping every other feature as it was.
LayerGeometry spliceRepaired(const LayerGeometry& g, const std::vector<std::pair<std::size_t, LayerGeometry>>& fixes) {
    LayerGeometry out;
    out.vertices.reserve(g.vertices.size());
    std::size_t next = 0;
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
        if (next < fixes.size() && fixes[next].first == f) {
            const LayerGeometry& fix = fixes[next++].second;
            if (fix.featureCount()) {
                out.appendFeature(fix, 0);
            } else {  // nothing valid was left of it
                out.beginFeature(GeomKind::None);
                out.endFeature();
            }
        } else {
            out.appendFeature(g, f);
        }
    }
    return out;
}

struct Tessellation {
    std::vector<std::uint32_t> triangles;
    std::vector<std::uint32_t> triangleStart;
    std::vector<std::size_t> invalid;     // features whose triangles do not match their area
    std::vector<std::size_t> simplified;  // features filled from a simplified outline
};

Tessellation tessellateAll(const LayerGeometry& g) {
    const std::size_t n = g.featureCount();
    constexpr std::size_t kChunk = 512;
    const std::size_t chunks = (n + kChunk - 1) / kChunk;
    struct ChunkOut {
        std::vector<std::uint32_t> triangles;
        std::vector<std::uint32_t> counts;  // triangles per feature
        std::vector<std::size_t> invalid, simplified;
    };
    std::vector<ChunkOut> parts(chunks);
    std::vector<std::unique_ptr<Worker>> workers;
    for (unsigned w = 0; w < workerCount(); ++w) workers.push_back(std::make_unique<Worker>());
    parallelChunks(n, kChunk, [&](unsigned worker, std::size_t begin, std::size_t end) {
        ChunkOut& out = parts[begin / kChunk];
        for (std::size_t f = begin; f < end; ++f) {
            const std::size_t before = out.triangles.size();
            if (g.kind[f] == GeomKind::Polygon) {
                const auto result = tessellateFeature(*workers[worker], g, f, out.triangles);
                if (result == FeatureTessellation::Invalid) out.invalid.push_back(f);
                if (result == FeatureTessellation::Simplified) out.simplified.push_back(f);
            }
            out.counts.push_back(static_cast<std::uint32_t>((out.triangles.size() - before) / 3));
        }
    });
    Tessellation t;
    std::size_t total = 0;
    for (auto& p : parts) total += p.triangles.size();
    t.triangles.reserve(total);
    t.triangleStart.reserve(n + 1);
    t.triangleStart.push_back(0);
    for (auto& p : parts) {
        t.triangles.insert(t.triangles.end(), p.triangles.begin(), p.triangles.end());
        for (std::uint32_t c : p.counts) t.triangleStart.push_back(t.triangleStart.back() + c);
        t.invalid.insert(t.invalid.end(), p.invalid.begin(), p.invalid.end());
        t.simplified.insert(t.simplified.end(), p.simplified.begin(), p.simplified.end());
    }
    return t;
}

// After repaired features were spliced into a new geometry: tessellates those features again and
// shifts the other features' triangles to their new vertex positions.
Tessellation redoRepaired(const Tessellation& old,
                          const LayerGeometry& before,
                          const LayerGeometry& after,
                          const std::vector<std::size_t>& repaired) {
    Tessellation t;
    t.triangles.reserve(old.triangles.size());
    t.triangleStart.reserve(old.triangleStart.size());
    t.triangleStart.push_back(0);
    Worker worker;
    std::size_t next = 0;
    for (std::size_t f = 0; f < after.featureCount(); ++f) {
        if (next < repaired.size() && repaired[next] == f) {
            ++next;
            if (after.kind[f] == GeomKind::Polygon &&
                tessellateFeature(worker, after, f, t.triangles) == FeatureTessellation::Invalid)
                t.invalid.push_back(f);
        } else {
            const std::int64_t shift =
                static_cast<std::int64_t>(after.firstVertexIndex(f)) - before.firstVertexIndex(f);
            for (std::uint32_t k = 3 * old.triangleStart[f]; k < 3 * old.triangleStart[f + 1]; ++k)
                t.triangles.push_back(static_cast<std::uint32_t>(old.triangles[k] + shift));
        }
        t.triangleStart.push_back(static_cast<std::uint32_t>(t.triangles.size() / 3));
    }
    return t;
}

// Tessellates a geometry; invalid polygons are repaired with MakeValid (the geometry is updated)
// and tessellated again. `diag` (optional) gets one warning naming the repaired features.
Tessellation tessellateRepairing(LayerGeometry& display,
                                 std::size_t& repaired,
                                 const std::vector<std::int64_t>& fids,
                                 const std::string& context,
                                 Diagnostics* diag) {
    Tessellation tess = tessellateAll(display);
    repaired = 0;
    if (diag && !tess.simplified.empty()) {
        std::string list;
        for (std::size_t k = 0; k < tess.simplified.size() && k < 5; ++k)
            list += (k ? ", " : "") + std::to_string(fids.empty() ? tess.simplified[k] : fids[tess.simplified[k]]);
        diag->warn(context + ": " + std::to_string(tess.simplified.size()) +
                   (tess.simplified.size() == 1 ? " polygon is" : " polygons are") +
                   " too complex to fill exactly in bounded time (ear clipping past its budget): filled from a "
                   "simplified outline, outlines drawn exactly: fid " +
                   list);
    }
    if (tess.invalid.empty()) return tess;
    std::vector<std::pair<std::size_t, LayerGeometry>> fixes;
    for (std::size_t f : tess.invalid) {
        auto fixed = repairPolygonFeature(display, f);
        if (fixed) fixes.emplace_back(f, std::move(fixed.value()));
    }
    LayerGeometry spliced = spliceRepaired(display, fixes);
    std::vector<std::size_t> repairedFeatures;
    repairedFeatures.reserve(fixes.size());
    for (const auto& fix : fixes) repairedFeatures.push_back(fix.first);
    tess = redoRepaired(tess, display, spliced, repairedFeatures);
    display = std::move(spliced);
    repaired = fixes.size();
    if (diag && !fixes.empty()) {
        std::string list;
        for (std::size_t k = 0; k < fixes.size() && k < 5; ++k) {
            if (k) list += ", ";
            list += std::to_string(fids.empty() ? fixes[k].first : fids[fixes[k].first]);
        }
        diag->warn(context + ": " + std::to_string(fixes.size()) +
                   (fixes.size() == 1 ? " polygon has" : " polygons have") +
                   " self-intersecting or overlapping rings (repaired with MakeValid): fid " + list);
    }
    return tess;
}

}  // namespace

Status checkFitsInMemory(const std::string& path) {
    // From the uncompressed size: a 2 MB zip can hold a 1 GB CSV.
    const std::uint64_t needed = estimatedLoadBytes(path);
    const std::uint64_t available = processMemoryLimitBytes();
    if (needed && needed > available) {
        char msg[256];
        std::snprintf(msg,
                      sizeof msg,
                      "too large to load: needs about %.0f MB of memory, %.0f MB available (use `santemap info` "
                      "without --load, which streams, or a smaller extract)",
                      static_cast<double>(needed) / 1048576.0,
                      static_cast<double>(available) / 1048576.0);
        return Error{ErrorCode::TooLarge, msg, path};
    }
    return Ok{};
}

namespace {

double pictureTolerance(const LayerGeometry& display, const LoadOptions& options) {
    if (options.pictureTolerance > 0) return options.pictureTolerance;
    if (options.pictureWidth <= 0 || options.pictureHeight <= 0) return 0;
    Box all;
    for (std::size_t f = 0; f < display.featureCount(); ++f)
        if (display.kind[f] == GeomKind::Polygon) all.expand(display.featureBox(f));
    if (all.empty()) return 0;
    const double metresPerPixel =
        std::max((all.maxX - all.minX) / options.pictureWidth, (all.maxY - all.minY) / options.pictureHeight);
    return 0.25 * metresPerPixel;
}

}  // namespace

Result<LoadedLayer> buildLayer(Layer layer, const LoadOptions& options, Diagnostics& diag) {
    const std::string context = layer.name;
    try {
        LoadedLayer out;
        out.layer = std::move(layer);
        const LayerGeometry& src = out.layer.geometry;
        const std::string sourceCrs = out.layer.sourceCrsWkt.empty() ? "EPSG:4326" : out.layer.sourceCrsWkt;

        // Project: each worker owns its PROJ context.
        auto t0 = Clock::now();
        out.display = src;
        const std::size_t n = src.featureCount();
        const Box area = areaOfUse(options.displayCrs);
        const bool lonlatSource = isWgs84LonLat(out.layer);
        std::vector<std::optional<Transformer>> toDisplay(workerCount()), toLonLat(workerCount());
        for (unsigned w = 0; w < workerCount(); ++w) {
            auto tr = Transformer::create(sourceCrs, options.displayCrs);
            if (!tr) return Error{ErrorCode::BadCrs, tr.error().message, context};
            toDisplay[w].emplace(std::move(tr.value()));
            if (!lonlatSource) {
                auto ll = Transformer::create(sourceCrs, "EPSG:4326");
                if (!ll) return Error{ErrorCode::BadCrs, ll.error().message, context};
                toLonLat[w].emplace(std::move(ll.value()));
            }
        }
        std::vector<std::uint8_t> outside(n, 0);
        parallelChunks(n, 1024, [&](unsigned w, std::size_t begin, std::size_t end) {
            LayerGeometry& d = out.display;
            for (std::size_t f = begin; f < end; ++f) {
                if (d.kind[f] == GeomKind::None) continue;
                // Features outside the display CRS's area of use (overseas communes in Lambert-93)
                // would be distorted beyond use: they stay out of the map view.
                Box box = src.featureBox(f);
                if (!lonlatSource) {
                    Vec2 corners[4] = {
                        {box.minX, box.minY}, {box.maxX, box.minY}, {box.minX, box.maxY}, {box.maxX, box.maxY}};
                    toLonLat[w]->transform(corners, 4);
                    box = Box{};
                    for (const Vec2& c : corners)
                        if (std::isfinite(c.x)) box.expand(c.x, c.y);
                }
                if (!area.empty() && !area.intersects(box)) {
                    outside[f] = 1;
                    continue;
                }
                const std::uint32_t v0 = d.firstVertexIndex(f);
                const std::uint32_t v1 = d.firstVertexIndex(f + 1);
                toDisplay[w]->transform(d.vertices.data() + v0, v1 - v0);
                for (std::uint32_t v = v0; v < v1; ++v)
                    if (!std::isfinite(d.vertices[v].x)) outside[f] = 1;
            }
        });
        std::size_t firstOutside = n;
        for (std::size_t f = 0; f < n; ++f) {
            if (!outside[f]) continue;
            out.display.kind[f] = GeomKind::None;
            ++out.outOfView;
            if (firstOutside == n) firstOutside = f;
        }
        if (out.outOfView) {
            char buf[160];
            std::snprintf(
                buf, sizeof buf, "lon %.2f to %.2f, lat %.2f to %.2f", area.minX, area.maxX, area.minY, area.maxY);
            diag.warn(context + ": " + std::to_string(out.outOfView) +
                      (out.outOfView == 1 ? " feature lies" : " features lie") +
                      " outside the area of the display CRS " + options.displayCrs + " (" + buf + "), first fid " +
                      std::to_string(out.layer.fids.empty() ? firstOutside : out.layer.fids[firstOutside]) +
                      ": left out of the map view (info and pick still cover them)");
        }
        out.seconds.project = since(t0);

        // A picture's geometry: simplified at a fraction of its pixel before anything is built on it.
        t0 = Clock::now();
        const double tolerance = pictureTolerance(out.display, options);
        if (tolerance > 0) out.display = simplifyShared(out.display, tolerance);
        // Tessellate; polygons whose triangles miss part of their area are invalid: repair and redo.
        // (A border simplified can fold on itself: not the data's fault, so not worth a warning.)
        Tessellation tess =
            tessellateRepairing(out.display, out.repaired, out.layer.fids, context, tolerance > 0 ? nullptr : &diag);
        out.triangles = std::move(tess.triangles);
        out.triangleStart = std::move(tess.triangleStart);
        // Simplified levels for zoomed-out views; their repairs are not worth a warning (simplifying
        // can fold a border on itself, MakeValid unfolds it).
        if (options.detailLevels > 0) {
            geo::Box all;
            for (std::size_t f = 0; f < n; ++f)
                if (out.display.kind[f] != GeomKind::None) all.expand(out.display.featureBox(f));
            const double size = all.empty() ? 0 : std::max(all.maxX - all.minX, all.maxY - all.minY);
            for (int k = options.detailLevels; k-- > 0 && size > 0;) {
                DetailLevel level;
                level.tolerance = size / (4000.0 / std::pow(4.0, k));
                level.display = simplifyShared(out.display, level.tolerance);
                std::size_t ignored = 0;
                Tessellation lt = tessellateRepairing(level.display, ignored, out.layer.fids, context, nullptr);
                level.triangles = std::move(lt.triangles);
                level.triangleStart = std::move(lt.triangleStart);
                out.levels.push_back(std::move(level));
            }
        }
        out.seconds.tessellate = since(t0);

        t0 = Clock::now();
        std::vector<Box> boxes(n);
        for (std::size_t f = 0; f < n; ++f)
            if (out.display.kind[f] != GeomKind::None) boxes[f] = out.display.featureBox(f);
        out.index = SpatialIndex(boxes);
        out.seconds.index = since(t0);
        return out;
    } catch (const std::bad_alloc&) {
        return Error{ErrorCode::TooLarge, "ran out of memory while loading", context};
    }
}

Result<LoadedLayer> loadLayer(const OpenedSource& source,
                              int layerIndex,
                              const LoadOptions& options,
                              Diagnostics& diag) {
    try {
        auto t0 = Clock::now();
        auto layer = readLayer(source, layerIndex, diag);
        if (!layer) return layer.error();
        const double read = since(t0);
        auto built = buildLayer(std::move(layer.value()), options, diag);
        if (!built) return built.error();
        built->seconds.read = read;
        built->seconds.total = since(t0);
        return built;
    } catch (const std::bad_alloc&) {
        return Error{ErrorCode::TooLarge, "ran out of memory while reading", source.displayName};
    }
}

}  // namespace geo
