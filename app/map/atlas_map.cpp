#include "atlas_map.hpp"

#include <algorithm>
#include <cmath>

#include "domain/access_map.hpp"
#include "domain/number_format.hpp"
#include "geo/projection.hpp"

namespace app {

namespace {

void setColour(cairo_t* cr, render::Rgba c) { cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0); }

// The layer's polygons in Lambert-93 with their boxes; points PROJ cannot take are dropped with
// their ring's position kept (a NaN would poison the path).
geo::Result<std::pair<geo::LayerGeometry, std::vector<geo::Box>>> projected(const geo::Layer& layer,
                                                                            const geo::Transformer& toL93) {
    std::pair<geo::LayerGeometry, std::vector<geo::Box>> out{layer.geometry, {}};
    geo::LayerGeometry& g = out.first;
    toL93.transform(g.vertices.data(), g.vertices.size());
    for (auto& v : g.vertices)
        if (!std::isfinite(v.x) || !std::isfinite(v.y))
            return geo::Error{
                geo::ErrorCode::BadArgument, "a commune boundary could not be projected to Lambert-93", layer.name};
    out.second.reserve(g.featureCount());
    for (std::size_t f = 0; f < g.featureCount(); ++f) out.second.push_back(g.featureBox(f));
    return out;
}

}  // namespace

void appendFeaturePath(
    cairo_t* cr, const geo::LayerGeometry& g, std::size_t f, const geo::Box& frame, double x0, double y0, double k) {
    for (std::uint32_t p = g.featureStart[f]; p < g.featureStart[f + 1]; ++p)
        for (std::uint32_t r = g.partStart[p]; r < g.partStart[p + 1]; ++r) {
            const std::uint32_t v0 = g.ringStart[r], v1 = g.ringStart[r + 1];
            if (v1 - v0 < 3) continue;
            double lx = 0, ly = 0;
            for (std::uint32_t v = v0; v < v1; ++v) {
                const double px = x0 + k * (g.vertices[v].x - frame.minX), py = y0 + k * (frame.maxY - g.vertices[v].y);
                if (v == v0) {
                    cairo_move_to(cr, px, py);
                } else if (std::abs(px - lx) + std::abs(py - ly) < 0.25 && v + 1 < v1) {
                    continue;
                } else {
                    cairo_line_to(cr, px, py);
                }
                lx = px;
                ly = py;
            }
            cairo_close_path(cr);
        }
}

double scaleBarMetres(double maxMetres) {
    if (!(maxMetres > 0)) return 0;
    double best = 0;
    for (double decade = 1; decade <= maxMetres; decade *= 10)
        for (double m : {1.0, 2.0, 5.0})
            if (m * decade <= maxMetres) best = m * decade;
    return best;
}

geo::Result<AtlasMap> AtlasMap::build(const TerritoryData& t) {
    if (!t.communes) return geo::Error{geo::ErrorCode::NotFound, "the territory has no communes layer", ""};
    auto toL93 = geo::Transformer::create("EPSG:4326", "EPSG:2154");
    if (!toL93) return toL93.error();
    AtlasMap m;
    auto communes = projected(*t.communes, toL93.value());
    if (!communes) return communes.error();
    m.m_communes = {std::move(communes->first), std::move(communes->second)};
    if (auto it = t.layers.find(kDepartementsLayer); it != t.layers.end() && it->second) {
        auto deps = projected(*it->second, toL93.value());
        if (!deps) return deps.error();
        m.m_departements = {std::move(deps->first), std::move(deps->second)};
    }
    m.m_scale = aplIndicatorScale(t.catalogue);
    const geo::FeatureTable& table = t.communes->table;
    const auto apl = table.fieldIndex(m.m_scale.field), code = table.fieldIndex("code_insee"),
               name = table.fieldIndex("nom"), pop = table.fieldIndex("population");
    for (std::size_t f = 0; f < table.rowCount(); ++f) {
        m.m_apl.push_back(apl ? numericValue(table.at(f, *apl)) : std::nullopt);
        Label l;
        l.code = code ? geo::toText(table.at(f, *code)) : "";
        l.name = name ? geo::toText(table.at(f, *name)) : "";
        l.population = pop ? numericValue(table.at(f, *pop)).value_or(0) : 0;
        // The chef-lieu of the indicators table, else the centre of the boundary's box.
        const geo::Box& b = m.m_communes.boxes[f];
        l.at = {(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2};
        if (auto row = t.aid.communes.row(l.code)) {
            const geo::Box c = t.aid.communes.layer().geometry.featureBox(*row);
            if (!c.empty()) l.at = toL93->transform(geo::Vec2{(c.minX + c.maxX) / 2, (c.minY + c.maxY) / 2});
        }
        m.m_labels.push_back(std::move(l));
    }
    return m;
}

void AtlasMap::fillCommunes(cairo_t* cr, const geo::Box& frame, double x, double y, double k) const {
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (std::size_t f = 0; f < m_communes.boxes.size(); ++f) {
        if (!m_communes.boxes[f].intersects(frame)) continue;
        appendFeaturePath(cr, m_communes.geometry, f, frame, x, y, k);
        setColour(cr, m_apl[f] ? m_scale.colors[classOf(*m_apl[f], m_scale.breaks)] : m_scale.noData);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_set_line_width(cr, 0.35);
        cairo_stroke(cr);
    }
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    cairo_set_line_width(cr, 1.1);
    for (std::size_t f = 0; f < m_departements.boxes.size(); ++f) {
        if (!m_departements.boxes[f].intersects(frame)) continue;
        appendFeaturePath(cr, m_departements.geometry, f, frame, x, y, k);
        cairo_stroke(cr);
    }
}

void AtlasMap::drawLabels(PageWriter& w,
                          const std::string& code,
                          const geo::Box& frame,
                          double x,
                          double y,
                          double side,
                          const geo::Box& reserved) const {
    cairo_t* cr = w.context();
    const double k = side / (frame.maxX - frame.minX);
    std::vector<std::size_t> order;
    for (std::size_t f = 0; f < m_labels.size(); ++f)
        if (frame.contains(m_labels[f].at.x, m_labels[f].at.y)) order.push_back(f);
    // The commune first, then the most populous: those a reader looks for.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if ((m_labels[a].code == code) != (m_labels[b].code == code)) return m_labels[a].code == code;
        return m_labels[a].population > m_labels[b].population;
    });
    std::vector<geo::Box> taken{reserved};
    for (std::size_t f : order) {
        const Label& l = m_labels[f];
        const bool self = l.code == code;
        const double size = self ? 9 : 6.5;
        w.use(size, self, kInk);
        const double tw = w.advance(l.name);
        const double cx = x + k * (l.at.x - frame.minX), cy = y + k * (frame.maxY - l.at.y);
        geo::Box box{cx - tw / 2 - 1.5, cy - size * 0.8, cx + tw / 2 + 1.5, cy + size * 0.35};
        if (box.minX < x || box.maxX > x + side || box.minY < y || box.maxY > y + side) continue;
        if (std::any_of(taken.begin(), taken.end(), [&](const geo::Box& t) { return t.intersects(box); })) continue;
        taken.push_back(box);
        cairo_set_source_rgba(cr, 1, 1, 1, self ? 0.85 : 0.65);
        cairo_rectangle(cr, box.minX, box.minY, box.maxX - box.minX, box.maxY - box.minY);
        cairo_fill(cr);
        w.line(l.name, cx - tw / 2, cy, size, self, kInk);
    }
}

double AtlasMap::drawLegend(PageWriter& w, double x, double y, double width, Language lang) const {
    cairo_t* cr = w.context();
    y = w.paragraph(tr(lang, Text::AtlasMapLegend), x, y, width, 7.5, true, kInk);
    const auto labels = classLabels(m_scale, lang);
    std::vector<std::pair<render::Rgba, std::string>> entries;
    for (std::size_t i = 0; i < m_scale.colors.size() && i < labels.size(); ++i)
        entries.emplace_back(m_scale.colors[i], labels[i]);
    entries.emplace_back(m_scale.noData, tr(lang, Text::AtlasMapNoData));
    double cx = x;
    y += 3;
    for (const auto& [colour, label] : entries) {
        w.use(7, false, kInk);
        const double wide = 12 + w.advance(label) + 8;
        if (cx + wide > x + width) {
            cx = x;
            y += 11;
        }
        setColour(cr, colour);
        cairo_rectangle(cr, cx, y, 9, 7);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
        cairo_set_line_width(cr, 0.4);
        cairo_stroke(cr);
        w.line(label, cx + 12, y + 6.5, 7, false, kInk);
        cx += wide;
    }
    return y + 11;
}

double AtlasMap::draw(PageWriter& w, const std::string& code, double x, double y, double side, Language lang) const {
    cairo_t* cr = w.context();
    // The commune's box, widened so that a ring of neighbours shows around it (at least 12 km).
    geo::Box own;
    for (std::size_t f = 0; f < m_labels.size(); ++f)
        if (m_labels[f].code == code) own.expand(m_communes.boxes[f]);
    if (own.empty()) return y;
    const double half = std::max({(own.maxX - own.minX), (own.maxY - own.minY), 12000.0}) * 0.5 * 1.8;
    const double cx = (own.minX + own.maxX) / 2, cy = (own.minY + own.maxY) / 2;
    const geo::Box frame{cx - half, cy - half, cx + half, cy + half};
    const double k = side / (2 * half);

    cairo_save(cr);
    cairo_rectangle(cr, x, y, side, side);
    cairo_clip(cr);
    cairo_set_source_rgb(cr, 0.96, 0.96, 0.95);  // beyond the territory's communes
    cairo_paint(cr);
    fillCommunes(cr, frame, x, y, k);
    for (std::size_t f = 0; f < m_labels.size(); ++f)
        if (m_labels[f].code == code) appendFeaturePath(cr, m_communes.geometry, f, frame, x, y, k);
    cairo_set_source_rgb(cr, 0.05, 0.05, 0.05);
    cairo_set_line_width(cr, 1.8);
    cairo_stroke(cr);
    // The scale bar, bottom left on a white ground; names keep clear of it.
    const double metres = scaleBarMetres(side * 0.3 / k), bar = metres * k;
    const std::string text =
        metres >= 1000 ? formatNumber(lang, metres / 1000) + " km" : formatNumber(lang, metres) + " m";
    const geo::Box scaleBox{x + 6, y + side - 22, x + 18 + bar, y + side - 5};
    drawLabels(w, code, frame, x, y, side, scaleBox);
    cairo_set_source_rgba(cr, 1, 1, 1, 0.85);
    cairo_rectangle(cr, scaleBox.minX, scaleBox.minY, scaleBox.maxX - scaleBox.minX, scaleBox.maxY - scaleBox.minY);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_rectangle(cr, x + 12, y + side - 10, bar, 2);
    cairo_fill(cr);
    w.line(text, x + 12, y + side - 13, 6.5, false, kInk);
    cairo_restore(cr);
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
    cairo_set_line_width(cr, 0.5);
    cairo_rectangle(cr, x, y, side, side);
    cairo_stroke(cr);
    return drawLegend(w, x, y + side + 3, side, lang);
}

}  // namespace app
