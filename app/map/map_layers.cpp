// Loading, styling and drawing the layers of a scene.
#include "map_layers.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "geo/hash.hpp"
#include "geo/point_in_polygon.hpp"
#include "geo/reader.hpp"
#include "geo/table_ref.hpp"
#include "map_furniture.hpp"
#include "styling.hpp"

namespace app {

namespace {

// A label point inside the polygon: its centroid when inside, else the centre of its largest triangle.
geo::Vec2 labelPoint(const geo::LoadedLayer& l, std::size_t f) {
    const auto& g = l.display;
    const auto& v = g.vertices;
    double area = 0, cx = 0, cy = 0, best = -1;
    geo::Vec2 bestCentre{NAN, NAN};
    for (std::uint32_t t = l.triangleStart[f]; t < l.triangleStart[f + 1]; ++t) {
        const geo::Vec2 &a = v[l.triangles[3 * t]], &b = v[l.triangles[3 * t + 1]], &c = v[l.triangles[3 * t + 2]];
        const double ar = std::abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
        const geo::Vec2 m{(a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3};
        area += ar;
        cx += m.x * ar;
        cy += m.y * ar;
        if (ar > best) {
            best = ar;
            bestCentre = m;
        }
    }
    if (area <= 0) return {NAN, NAN};
    geo::Vec2 c{cx / area, cy / area};
    return geo::featureContains(g, f, c.x, c.y) ? c : bestCentre;
}

// Styles, label points and point positions of a loaded layer.
MapLayer prepareLayer(const LayerSpec& spec, geo::LoadedLayer data, geo::Diagnostics& diag) {
    MapLayer m;
    m.spec = spec;
    m.data = std::move(data);
    const auto& g = m.data.display;
    const auto& table = m.data.layer.table;
    std::size_t polygons = 0, points = 0;
    for (auto k : g.kind) {
        polygons += k == geo::GeomKind::Polygon;
        points += k == geo::GeomKind::Point;
    }
    m.isPoints = points > polygons;
    m.view.shown = !spec.startHidden;
    m.view.selection = selectedFeatures(table, spec);
    refreshVisibility(m);
    if (!m.isPoints) {
        m.meshes.full = render::buildPolygonMesh(g, m.data.triangles);
        for (const auto& level : m.data.levels)
            m.meshes.levels.emplace_back(level.tolerance, render::buildPolygonMesh(level.display, level.triangles));
    }
    if (spec.label) {
        const auto textCol = table.fieldIndex(spec.label->field);
        const auto prioCol = table.fieldIndex(spec.label->priority);
        m.labels.anchor.assign(g.featureCount(), geo::Vec2{NAN, NAN});
        m.labels.priority.assign(g.featureCount(), 0);
        for (std::size_t f = 0; f < g.featureCount() && textCol; ++f) {
            if (g.kind[f] == geo::GeomKind::Polygon) m.labels.anchor[f] = labelPoint(m.data, f);
            if (g.kind[f] == geo::GeomKind::Point) m.labels.anchor[f] = g.firstVertex(f);
            auto p = prioCol ? numericValue(table.at(f, *prioCol)) : std::nullopt;
            if (p) {
                m.labels.priority[f] = *p;
            } else {
                const geo::Box b = g.featureBox(f);  // bigger features first when no priority is given
                m.labels.priority[f] = b.empty() ? 0 : (b.maxX - b.minX) * (b.maxY - b.minY) * 1e-12;
            }
        }
        if (!textCol) diag.warn(spec.source + ": no field '" + spec.label->field + "' to label with (labels left out)");
    }
    return m;
}

}  // namespace

void refreshVisibility(MapLayer& m) {
    const auto& g = m.data.display;
    const auto& table = m.data.layer.table;
    m.styled.visible = filterMask(table, m.spec);
    if (m.styled.visible.size() < g.featureCount()) m.styled.visible.resize(g.featureCount(), true);
    if (!m.isPoints) return;
    m.styled.points.clear();
    m.styled.pointFeature.clear();
    m.styled.pointColor.clear();
    const bool styled = m.spec.categories || m.spec.choropleth;
    const FeatureColors colors = styled ? featureColors(table, m.spec, g.featureCount()) : FeatureColors{};
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
        if (g.kind[f] != geo::GeomKind::Point || !m.styled.visible[f]) continue;
        for (std::uint32_t p = g.featureStart[f]; p < g.featureStart[f + 1]; ++p) {
            m.styled.points.push_back(g.vertices[g.ringStart[g.partStart[p]]]);
            m.styled.pointFeature.push_back(f);
            if (styled && f < colors.fill.size()) m.styled.pointColor.push_back(colors.fill[f]);
        }
    }
}

namespace {

geo::Result<std::vector<MapLayer>> loadWith(const LayerSpec& spec,
                                            const geo::LoadOptions& options,
                                            geo::Diagnostics& diag,
                                            const geo::BuildCache& cache) {
    std::vector<MapLayer> out;
    if (spec.preloaded) {
        auto built = cache.build(*spec.preloaded, options, diag);
        if (!built) return built.error();
        out.push_back(prepareLayer(spec, std::move(built.value()), diag));
        return out;
    }
    auto src = geo::openSource(spec.resolvedSource);
    if (!src) return src.error();
    auto indices = geo::selectLayers(src.value(), spec.layer);
    if (!indices) return indices.error();
    for (int index : indices.value()) {
        if (auto st = geo::setAttributeFilter(src.value(), index, spec.where); !st) return st.error();
        auto read = geo::readLayer(src.value(), index, diag);
        if (!read) return read.error();
        auto loaded = cache.build(std::move(read.value()), options, diag);
        if (!loaded) return loaded.error();
        out.push_back(prepareLayer(spec, std::move(loaded.value()), diag));
    }
    return out;
}

geo::Result<std::vector<MapLayer>> loadAll(const Scene& scene,
                                           const geo::LoadOptions& options,
                                           geo::Diagnostics& diag) {
    std::vector<MapLayer> out;
    for (const LayerSpec& spec : scene.layers) {
        auto layers = loadWith(spec, options, diag, geo::BuildCache::disabled());
        if (!layers) return layers.error();
        for (auto& l : layers.value()) out.push_back(std::move(l));
    }
    return out;
}

}  // namespace

geo::Result<std::vector<MapLayer>> loadLayer(const LayerSpec& spec,
                                             const std::string& displayCrs,
                                             geo::Diagnostics& diag,
                                             const geo::BuildCache& cache) {
    geo::LoadOptions options;
    options.displayCrs = displayCrs;
    options.detailLevels = 3;
    return loadWith(spec, options, diag, cache);
}

geo::Result<std::vector<MapLayer>> loadLayers(const Scene& scene, geo::Diagnostics& diag) {
    geo::LoadOptions options;
    options.displayCrs = scene.crs;
    options.detailLevels = 3;
    return loadAll(scene, options, diag);
}

geo::Result<std::vector<MapLayer>> loadPictureLayers(const Scene& scene,
                                                     int width,
                                                     int height,
                                                     geo::Diagnostics& diag) {
    geo::LoadOptions options;
    options.displayCrs = scene.crs;
    if (scene.extent && !scene.extent->empty())
        options.pictureTolerance = 0.25 * render::View::fit(*scene.extent, width, height).metresPerPixel;
    options.pictureWidth = width;
    options.pictureHeight = height;
    return loadAll(scene, options, diag);
}

geo::Box layersExtent(const std::vector<MapLayer>& layers) {
    geo::Box b;
    for (const auto& l : layers)
        for (std::size_t f = 0; f < l.data.display.featureCount(); ++f)
            if (l.data.display.kind[f] != geo::GeomKind::None) b.expand(l.data.display.featureBox(f));
    return b;
}

void uploadLayers(std::vector<MapLayer>& layers) {
    for (auto& l : layers) {
        if (l.isPoints) {
            l.gpu.points = std::make_unique<render::PointLayer>();
            continue;
        }
        l.gpu.polygons = std::make_unique<render::PolygonLayer>(l.meshes.full);
        for (const auto& [tolerance, mesh] : l.meshes.levels) l.gpu.polygons->addLevel(tolerance, mesh);
        l.meshes = {};  // on the GPU now: the CPU copies go
        restyleLayer(l);
    }
}

void restyleLayer(MapLayer& l) {
    if (!l.gpu.polygons) return;
    const FeatureColors colors = featureColors(l.data.layer.table, l.spec, l.data.display.featureCount());
    render::PolygonStyle style;
    style.fill = colors.fill;
    style.outline = colors.outline;
    style.outlineWidth = l.spec.outlineWidth;
    style.opacity = l.spec.opacity;
    if (l.spec.hatched && l.spec.hatching) style.hatch = l.spec.hatching->period;
    l.gpu.polygons->setStyle(style);
}

namespace {

// What the fills' picture depends on: the view, the background, and each polygon layer's GPU
// object, visibility and style.
std::uint64_t fillsSignature(const Scene& scene,
                             const std::vector<MapLayer>& layers,
                             const render::View& view,
                             float scale) {
    geo::Hasher h;
    const double v[4] = {view.centerX, view.centerY, view.metresPerPixel, scale};  // scale: hatching
    h.add(v, sizeof v);
    const int size[2] = {view.width, view.height};
    h.add(size, sizeof size);
    h.add(&scene.background, sizeof scene.background);
    for (const auto& l : layers) {
        if (!l.gpu.polygons || !l.view.shown) continue;
        const render::PolygonLayer* p = l.gpu.polygons.get();
        const std::uint64_t generation = p->styleGeneration();
        h.add(&p, sizeof p);
        h.add(&generation, sizeof generation);
    }
    return h.value();
}

}  // namespace

void drawMap(
    const Scene& scene, std::vector<MapLayer>& layers, const render::View& view, float scale, DrawContext& ctx) {
    auto lap = [&](const char* pass) {
        if (ctx.profile) ctx.profile->lap(pass);
    };
    // On software GL the smoothed fills are kept: a frame whose fills have not changed (a hover,
    // a click, a panel) copies them instead of drawing and smoothing them again.
    const bool smoothFillsOnly = ctx.polygonTarget && ctx.polygonTarget->samples() == 1;
    const std::uint64_t signature = smoothFillsOnly ? fillsSignature(scene, layers, view, scale) : 0;
    const bool fillsKept = smoothFillsOnly && ctx.polygonTarget->presentKept(signature);
    if (ctx.polygonTarget && !fillsKept) ctx.polygonTarget->begin();
    const auto& bg = scene.background;
    glClearColor(bg.r / 255.f, bg.g / 255.f, bg.b / 255.f, bg.a / 255.f);
    if (!fillsKept) glClear(GL_COLOR_BUFFER_BIT);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_DEPTH_TEST);
    ctx.overlay.clear();
    ctx.markerBoxes.clear();

    // Every layer's fills first, then every outline over them. On software GL the fills are
    // smoothed by an FXAA-style pass before the outlines are drawn (the pass would fray thin
    // lines; wide lines smooth their own edges); on a GPU, fills and outlines are multisampled.
    if (!fillsKept) {
        for (auto& l : layers)
            if (l.gpu.polygons && l.view.shown) l.gpu.polygons->drawFills(ctx.programs, view, scale);
        lap("fills");
        if (smoothFillsOnly) ctx.polygonTarget->finish(ctx.programs, signature);
    }
    lap("smoothing");
    for (auto& l : layers) {
        if (!l.gpu.polygons || !l.view.shown) continue;
        l.gpu.polygons->drawOutlines(ctx.programs, view, scale);
        if (l.view.hover) l.gpu.polygons->drawHighlight(ctx.programs, view, *l.view.hover, kHover, 2.0f * scale);
        for (std::size_t f : l.view.selection)
            l.gpu.polygons->drawHighlight(
                ctx.programs, view, f, kSelection, std::max(2.5f, l.spec.outlineWidth * 2.5f) * scale);
    }
    // Markers and text smooth their own edges: they go straight into the picture.
    if (ctx.polygonTarget && !smoothFillsOnly) ctx.polygonTarget->finish(ctx.programs);
    lap("outlines");
    for (auto& l : layers) {
        if (!l.gpu.points || !l.view.shown) continue;
        const render::Rgba color = l.spec.fillSet && l.spec.fill ? *l.spec.fill : kDefaultMarker;
        auto markers = clusterMarkers(l, view, scale, color, ctx, l.spec.marker.cluster);
        l.gpu.points->setMarkers(markers);
        l.gpu.points->draw(ctx.programs, view);
    }
    lap("markers");
    if (scene.labels) placeLabels(layers, view, scale, ctx);
    drawFurniture(scene, layers, view, scale, ctx);
    ctx.overlay.draw(ctx.programs, ctx.font, view.width, view.height);
    lap("labels");
}

}  // namespace app
