// Clusters, labels, legend, scale bar, attribution.
#include "map_furniture.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <optional>
#include <set>

#include "domain/number_format.hpp"
#include "geo/layer_query.hpp"
#include "geo/projection.hpp"
#include "styling.hpp"

namespace app {

namespace {

struct PixelBox {
    float x0, y0, x1, y1;
    bool overlaps(const PixelBox& o) const { return !(o.x0 > x1 || o.x1 < x0 || o.y0 > y1 || o.y1 < y0); }
};

const render::Rgba kInk{34, 34, 34, 255};
const render::Rgba kMutedInk{90, 90, 90, 255};
const render::Rgba kPanel{255, 255, 255, 250};  // nearly opaque: lines underneath must not cross the text
const render::Rgba kPanelBorder{0, 0, 0, 40};

// Ground metres per pixel at the view's centre (the display CRS may not be in metres, or may
// distort: measure on the ellipsoid).
double groundMetresPerPixel(const std::string& crs, const render::View& view) {
    // Creating a PROJ transformation takes milliseconds: keep one per CRS (and per thread, as
    // PROJ contexts are), not one per frame.
    thread_local std::map<std::string, std::optional<geo::Transformer>> cache;
    auto [it, fresh] = cache.try_emplace(crs);
    if (fresh)
        if (auto created = geo::Transformer::create(crs, "EPSG:4326")) it->second.emplace(std::move(created.value()));
    auto& tr = it->second;
    if (!tr) return view.metresPerPixel;
    const double half = 50;
    geo::Vec2 a = tr->transform({view.centerX - half * view.metresPerPixel, view.centerY});
    geo::Vec2 b = tr->transform({view.centerX + half * view.metresPerPixel, view.centerY});
    if (!std::isfinite(a.x) || !std::isfinite(b.x)) return view.metresPerPixel;
    return geo::geodesicMetres(a, b) / (2 * half);
}

}  // namespace

double niceScaleLength(double metresPerPixel, double maxPixels) {
    const double maxMetres = metresPerPixel * maxPixels;
    double step = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double m : {5.0, 2.0, 1.0})
        if (step * m <= maxMetres) return step * m;
    return step;
}

std::vector<render::Marker> clusterMarkers(
    const MapLayer& layer, const render::View& view, float scale, render::Rgba color, DrawContext& ctx, bool cluster) {
    const float size = layer.spec.marker.size * scale;
    if (size <= 0) return {};  // a layer of labels only
    struct Cluster {
        double sx = 0, sy = 0;  // pixel sums
        std::size_t count = 0;
        geo::Vec2 first;     // display position of the first member
        render::Rgba color;  // the members' colour, or the layer's when they differ
    };
    std::vector<Cluster> clusters;
    const double radius = cluster ? size * 1.2 : 0;
    for (std::size_t i = 0; i < layer.styled.points.size(); ++i) {
        const geo::Vec2& p = layer.styled.points[i];
        const render::Rgba own = i < layer.styled.pointColor.size() ? layer.styled.pointColor[i] : color;
        const geo::Vec2 px = view.toPixel(p);
        if (px.x < -size || px.y < -size || px.x > view.width + size || px.y > view.height + size) continue;
        Cluster* hit = nullptr;
        if (cluster) {
            for (auto& c : clusters) {
                const double cx = c.sx / c.count, cy = c.sy / c.count;
                if (std::hypot(cx - px.x, cy - px.y) < radius) {
                    hit = &c;
                    break;
                }
            }
        }
        if (!hit) {
            clusters.push_back({0, 0, 0, p, own});
            hit = &clusters.back();
        } else if (!(hit->color == own)) {
            hit->color = color;
        }
        hit->sx += px.x;
        hit->sy += px.y;
        ++hit->count;
    }
    std::vector<render::Marker> markers;
    for (const auto& c : clusters) {
        const geo::Vec2 px{c.sx / c.count, c.sy / c.count};
        render::Marker m;
        m.position = c.count == 1 ? c.first : view.toDisplay(px);
        m.color = c.color;
        m.shape = c.count == 1 ? layer.spec.marker.shape : render::MarkerShape::Circle;
        m.size = c.count == 1 ? size : size * (1.6f + 0.25f * std::log2(static_cast<float>(c.count)));
        markers.push_back(m);
        ctx.markerBoxes.push_back({static_cast<float>(px.x) - m.size / 2,
                                   static_cast<float>(px.y) - m.size / 2,
                                   static_cast<float>(px.x) + m.size / 2,
                                   static_cast<float>(px.y) + m.size / 2});
        if (c.count > 1) {
            const std::string n = std::to_string(c.count);
            const float px2 = 0.55f * m.size;
            const float w = ctx.font.measure(n, px2);
            ctx.overlay.text(ctx.font,
                             n,
                             static_cast<float>(px.x) - w / 2,
                             static_cast<float>(px.y) + px2 * 0.36f,
                             px2,
                             render::Rgba{255, 255, 255, 255});
        }
    }
    return markers;
}

void placeLabels(const std::vector<MapLayer>& layers, const render::View& view, float scale, DrawContext& ctx) {
    // Markers come first: a town name never hides a hospital or a listing.
    std::vector<PixelBox> placed;
    for (const auto& m : ctx.markerBoxes) placed.push_back({m[0], m[1], m[2], m[3]});
    for (const auto& l : layers) {
        if (!l.spec.label || l.labels.anchor.empty() || !l.view.shown) continue;
        const auto col = l.data.layer.table.fieldIndex(l.spec.label->field);
        if (!col) continue;
        const float px = l.spec.label->size * scale;
        const geo::Box viewBox = view.extent();
        std::vector<std::size_t> order;
        for (std::size_t f = 0; f < l.labels.anchor.size(); ++f) {
            const geo::Vec2 a = l.labels.anchor[f];
            if (std::isfinite(a.x) && l.styled.visible[f] && viewBox.contains(a.x, a.y)) order.push_back(f);
        }
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return l.labels.priority[a] > l.labels.priority[b];
        });
        for (std::size_t f : order) {
            const std::string text = geo::toText(l.data.layer.table.at(f, *col));
            if (text.empty()) continue;
            const float w = ctx.font.measure(text, px);
            // A label much wider than its commune on screen would float over its neighbours.
            const geo::Box fb = l.data.display.featureBox(f);
            if (!l.isPoints && w > 1.6 * (fb.maxX - fb.minX) / view.metresPerPixel) continue;
            const geo::Vec2 c = view.toPixel(l.labels.anchor[f]);
            const float x = static_cast<float>(c.x) - w / 2;
            const float base = static_cast<float>(c.y) + px * 0.35f;
            const float pad = 3 * scale;
            PixelBox box{x - pad, base - ctx.font.ascent(px) - pad, x + w + pad, base + ctx.font.descent(px) + pad};
            if (box.x0 < 0 || box.y0 < 0 || box.x1 > view.width || box.y1 > view.height) continue;
            if (std::any_of(placed.begin(), placed.end(), [&](const PixelBox& o) { return o.overlaps(box); })) continue;
            placed.push_back(box);
            ctx.overlay.text(ctx.font, text, x, base, px, kInk, 2.0f * scale);
        }
    }
}

namespace {

// Diagonal lines of `c` on the panel's white: a hatched zone in the legend, in the direction the
// map's hatching runs (the overlay draws rectangles only, so the lines are rows of small squares).
void hatchSwatch(render::Overlay& o, float x0, float y0, float x1, float y1, render::Rgba c, float scale) {
    o.rect(x0 - 1, y0 - 1, x1 + 1, y1 + 1, kPanelBorder);
    o.rect(x0, y0, x1, y1, kPanel);
    const float dot = std::max(1.0f, 1.5f * scale), period = 5 * scale;
    for (float d = -(y1 - y0); d < x1 - x0; d += period)
        for (float t = 0; t + dot <= y1 - y0; t += dot * 0.75f) {
            const float x = x0 + d + t;
            if (x >= x0 && x + dot <= x1) o.rect(x, y0 + t, x + dot, y0 + t + dot, c);
        }
}

void drawLegend(
    const Scene& scene, const std::vector<MapLayer>& layers, const render::View& view, float scale, DrawContext& ctx) {
    auto& o = ctx.overlay;
    const auto& font = ctx.font;
    const auto rows = legendRows(scene, layers);
    const std::string folded = tr(scene.language, Text::LegendCollapsed);
    const LegendLayout box = layoutLegend(
        rows, folded, [&font](const std::string& t, float px) { return font.measure(t, px); }, view, scale, ctx.panels);
    ctx.legendBox = {box.x0, box.y0, box.x1, box.y1};
    ctx.legendCollapsed = box.collapsed;
    o.rect(box.x0 - 1, box.y0 - 1, box.x1 + 1, box.y1 + 1, kPanelBorder);
    o.rect(box.x0, box.y0, box.x1, box.y1, kPanel);
    if (box.collapsed) {
        o.text(font, folded, box.x0 + 10 * scale, box.y0 + box.rowH * 0.7f + 7 * scale, box.px, kInk);
        return;
    }
    float y = box.y0 + 7 * scale;
    for (const auto& r : rows) {
        float x = box.x0 + 10 * scale;
        if (!r.heading) {
            const float cy = y + box.rowH / 2;
            if (r.hatch) {
                const float h = box.swatch * 0.35f;
                hatchSwatch(o, x, cy - h, x + box.swatch, cy + h, *r.swatch, scale);
            } else if (r.marker) {
                o.rect(x + box.swatch * 0.2f,
                       cy - box.swatch * 0.3f,
                       x + box.swatch * 0.8f,
                       cy + box.swatch * 0.3f,
                       *r.swatch);
            } else {
                const float h = box.swatch * 0.35f;
                if (r.border) o.rect(x - 1, cy - h - 1, x + box.swatch + 1, cy + h + 1, *r.border);
                o.rect(x, cy - h, x + box.swatch, cy + h, r.swatch.value_or(scene.background));
            }
            x += box.swatch + 8 * scale;
        }
        o.text(font, r.text, x, y + box.rowH * 0.7f, box.px, r.heading ? kInk : kMutedInk);
        y += box.rowH;
    }
}

// `boxBottom`: the screen y of the bottom of the bar's box.
void drawScaleBar(const Scene& scene, const render::View& view, float scale, float boxBottom, DrawContext& ctx) {
    auto& o = ctx.overlay;
    const auto& font = ctx.font;
    const float margin = 14 * scale;
    const double mpp = groundMetresPerPixel(scene.crs, view);
    const double metres = niceScaleLength(mpp, 140 * scale);
    const float len = static_cast<float>(metres / mpp);
    const std::string label =
        metres >= 1000 ? trf(scene.language, Text::Kilometres, {formatNumber(scene.language, metres / 1000, 0)})
                       : trf(scene.language, Text::Metres, {formatNumber(scene.language, metres, 0)});
    const float x0 = margin + ctx.panels.left, y1 = boxBottom - 8 * scale;
    const float px = 12 * scale;
    o.rect(x0 - 6 * scale,
           y1 - px - 12 * scale,
           x0 + len + 6 * scale + font.measure(label, px) + 8 * scale,
           y1 + 8 * scale,
           kPanel);
    o.rect(x0, y1 - 3 * scale, x0 + len, y1 + 1 * scale, kInk);
    o.rect(x0, y1 - 9 * scale, x0 + 2 * scale, y1 + 1 * scale, kInk);
    o.rect(x0 + len - 2 * scale, y1 - 9 * scale, x0 + len, y1 + 1 * scale, kInk);
    o.text(font, label, x0 + len + 6 * scale, y1 + 1 * scale, px, kInk);
}

}  // namespace

// The sources of the layers shown, then the scene's own line. Each layer's line may name several
// sources ("A · B"): each source is cited once.
std::vector<LegendRow> legendRows(const Scene& scene, const std::vector<MapLayer>& layers) {
    const Language lang = scene.language;
    std::vector<LegendRow> rows;
    for (const auto& l : layers) {
        if (!l.view.shown || !l.spec.inLegend) continue;
        if (l.spec.choropleth) {
            rows.push_back({std::nullopt, std::nullopt, false, l.name(lang), true});
            const auto labels = classLabels(*l.spec.choropleth, lang);
            for (std::size_t k = 0; k < labels.size(); ++k)
                rows.push_back({l.spec.choropleth->colors[k], l.spec.outline, false, labels[k], false});
            rows.push_back({l.spec.choropleth->noData, l.spec.outline, false, tr(lang, Text::NoData), false});
        } else if (l.spec.categories && l.spec.hatched && l.spec.hatching) {
            rows.push_back({std::nullopt, std::nullopt, false, trf(lang, Text::HatchedOver, {l.name(lang)}), true});
            const auto& cat = *l.spec.categories;
            for (const auto& [value, colour] : l.spec.hatching->values) {
                std::string text = value;
                for (std::size_t k = 0; k < cat.values.size() && k < cat.labels.size(); ++k)
                    if (cat.values[k].first == value) text = cat.labels[k].in(lang);
                rows.push_back({colour, std::nullopt, false, text, false, true});
            }
        } else if (l.spec.categories) {
            rows.push_back({std::nullopt, std::nullopt, false, l.name(lang), true});
            const auto& cat = *l.spec.categories;
            for (std::size_t k = 0; k < cat.values.size(); ++k)
                rows.push_back({cat.values[k].second,
                                l.spec.outline,
                                l.isPoints,
                                cat.labels.empty() ? cat.values[k].first : cat.labels[k].in(lang),
                                false});
            if (cat.other) rows.push_back({*cat.other, l.spec.outline, false, cat.otherLabel.in(lang), false});
        } else if (l.isPoints) {
            rows.push_back({l.spec.fillSet && l.spec.fill ? *l.spec.fill : kDefaultMarker,
                            std::nullopt,
                            true,
                            l.name(lang),
                            false});
        } else {
            const auto fill = l.spec.fillSet ? l.spec.fill : std::optional<render::Rgba>(kDefaultFill);
            const auto outline = l.spec.outlineSet ? l.spec.outline : std::optional<render::Rgba>(kDefaultOutline);
            rows.push_back({fill, outline, false, l.name(lang), false});
        }
    }
    return rows;
}

LegendLayout layoutLegend(const std::vector<LegendRow>& rows,
                          const std::string& foldedLabel,
                          const std::function<float(const std::string&, float)>& measure,
                          const render::View& view,
                          float scale,
                          const ScreenPanels& panels) {
    LegendLayout box;
    box.px = 13 * scale;
    box.rowH = 20 * scale;
    box.swatch = 16 * scale;
    const float margin = 14 * scale;
    float width = 0;
    for (const auto& r : rows)
        width = std::max(width, measure(r.text, box.px) + (r.heading ? 0 : box.swatch + 8 * scale));
    float w = width + 20 * scale, h = static_cast<float>(rows.size()) * box.rowH + 14 * scale;
    // The map left free by the panels: an open legend may take a fifth of it, no more than 40 % of
    // its width, and must fit its height; otherwise it folds to one line until someone opens it.
    const float freeW = std::max(1.0f, static_cast<float>(view.width) - panels.left - panels.right);
    const float freeH = std::max(1.0f, static_cast<float>(view.height) - panels.top - panels.bottom);
    const bool tooBig = w * h > 0.2f * freeW * freeH || w > 0.4f * freeW || h > freeH - 2 * margin;
    box.collapsed = panels.legend == LegendMode::Collapsed || (panels.legend == LegendMode::Auto && tooBig);
    if (box.collapsed) {
        w = measure(foldedLabel, box.px) + 20 * scale;
        h = box.rowH + 14 * scale;
    }
    box.x1 = static_cast<float>(view.width) - panels.right - margin;
    box.x0 = box.x1 - w;
    box.y0 = panels.top + margin;
    box.y1 = box.y0 + h;
    return box;
}

std::vector<std::string> attributions(const Scene& scene, const std::vector<MapLayer>& layers) {
    std::vector<std::string> sources;
    const std::string separator = " · ";
    for (const auto& l : layers) {
        if (!l.view.shown) continue;
        std::string rest = l.spec.attribution.in(scene.language);
        while (!rest.empty()) {
            const std::size_t sep = rest.find(separator);
            std::string one = rest.substr(0, sep);
            rest = sep == std::string::npos ? std::string() : rest.substr(sep + separator.size());
            if (!one.empty() && std::find(sources.begin(), sources.end(), one) == sources.end()) sources.push_back(one);
        }
    }
    if (!scene.attribution.empty()) sources.push_back(scene.attribution);
    return sources;
}

namespace {

// The sources, broken between sources into as few lines as fit: beside the scale bar when that
// takes at most two lines, else across the free width with the scale bar above. Returns the top
// bottom of the scale bar's box: above the sources when they take the whole width.
float drawAttribution(
    const Scene& scene, const std::vector<MapLayer>& layers, const render::View& view, float scale, DrawContext& ctx) {
    const float mapBottom = view.height - ctx.panels.bottom;
    const auto sources = attributions(scene, layers);
    const float besideBottom = mapBottom - 14 * scale - 8 * scale;
    if (sources.empty()) return besideBottom;
    auto& o = ctx.overlay;
    const auto& font = ctx.font;
    const float margin = 14 * scale;
    // Small print: it grows with the interface up to 150 %, not further.
    const float px = 10.5f * std::min(scale, 1.5f);
    const float right = view.width - ctx.panels.right - margin, left = ctx.panels.left + margin;
    auto breakLines = [&](float maxWidth) {
        std::vector<std::string> lines{tr(scene.language, Text::SourcesLine)};
        for (std::size_t i = 0; i < sources.size(); ++i) {
            const std::string piece = (i ? " · " : "") + sources[i];
            if (i && font.measure(lines.back() + piece, px) > maxWidth)
                lines.push_back(sources[i]);
            else
                lines.back() += piece;
        }
        return lines;
    };
    auto lines = breakLines(right - left - 190 * scale);
    const bool fullWidth = lines.size() > 2;
    if (fullWidth) lines = breakLines(right - left);
    float width = 0;
    for (const auto& l : lines) width = std::max(width, font.measure(l, px));
    const float lineH = px * 1.35f;
    const float bottom = mapBottom - 8 * scale;
    const float top = bottom - lineH * static_cast<float>(lines.size()) + lineH;
    const float boxTop = top - px - 4 * scale;
    o.rect(right - width - 6 * scale, boxTop, right + 6 * scale, bottom + 5 * scale, kPanel);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const float w = font.measure(lines[i], px);
        o.text(font, lines[i], right - w, top + lineH * static_cast<float>(i), px, kMutedInk);
    }
    return fullWidth ? boxTop - 6 * scale : besideBottom;
}

}  // namespace

void drawFurniture(
    const Scene& scene, const std::vector<MapLayer>& layers, const render::View& view, float scale, DrawContext& ctx) {
    if (!scene.title.empty()) {
        const float margin = 14 * scale;
        const float px = 22 * scale;
        const float w = ctx.font.measure(scene.title, px);
        const float top = margin + ctx.panels.top;
        ctx.overlay.rect(
            margin - 8 * scale, top - 6 * scale, margin + w + 8 * scale, top + px * 1.25f + 4 * scale, kPanel);
        ctx.overlay.text(ctx.font, scene.title, margin, top + px, px, kInk);
    }
    if (scene.legend) drawLegend(scene, layers, view, scale, ctx);
    const float above = drawAttribution(scene, layers, view, scale, ctx);
    if (scene.scaleBar) drawScaleBar(scene, view, scale, above, ctx);
}

}  // namespace app
