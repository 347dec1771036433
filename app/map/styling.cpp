// Style evaluation.
#include "styling.hpp"

#include <algorithm>
#include <cmath>

namespace app {

std::vector<bool> filterMask(const geo::FeatureTable& table, const LayerSpec& spec) {
    const std::size_t n = table.rowCount();
    std::vector<bool> keep(n, true);
    if (!spec.filter) return keep;
    const auto col = table.fieldIndex(spec.filter->field);
    for (std::size_t r = 0; r < n; ++r) {
        if (!col) {
            keep[r] = false;
            continue;
        }
        const geo::Value& v = table.at(r, *col);
        if (!spec.filter->in.empty()) {
            const std::string t = geo::toText(v);
            keep[r] = std::find(spec.filter->in.begin(), spec.filter->in.end(), t) != spec.filter->in.end();
        }
        if (spec.filter->min || spec.filter->max) {
            auto d = numericValue(v);
            if (!d || (spec.filter->min && *d < *spec.filter->min) || (spec.filter->max && *d > *spec.filter->max))
                keep[r] = false;
        }
    }
    return keep;
}

FeatureColors featureColors(const geo::FeatureTable& table, const LayerSpec& spec, std::size_t n) {
    FeatureColors c;
    const render::Rgba none{0, 0, 0, 0};
    const render::Rgba fill = spec.fillSet ? spec.fill.value_or(none) : kDefaultFill;
    const render::Rgba outline = spec.outlineSet ? spec.outline.value_or(none) : kDefaultOutline;
    c.fill.assign(n, fill);
    c.outline.assign(n, outline);
    if (spec.choropleth) {
        const auto col = table.fieldIndex(spec.choropleth->field);
        for (std::size_t r = 0; r < n && r < table.rowCount(); ++r) {
            auto v = col ? numericValue(table.at(r, *col)) : std::nullopt;
            c.fill[r] = v ? spec.choropleth->colors[classOf(*v, spec.choropleth->breaks)] : spec.choropleth->noData;
        }
    }
    if (spec.categories) {
        const auto col = table.fieldIndex(spec.categories->field);
        for (std::size_t r = 0; r < n && r < table.rowCount(); ++r) {
            const std::string v = col ? geo::toText(table.at(r, *col)) : std::string();
            auto it = std::find_if(spec.categories->values.begin(), spec.categories->values.end(), [&](const auto& kv) {
                return kv.first == v;
            });
            c.fill[r] = it != spec.categories->values.end() ? it->second : spec.categories->other.value_or(none);
        }
    }
    if (spec.categories && spec.hatched && spec.hatching) {
        const auto col = table.fieldIndex(spec.categories->field);
        const auto& values = spec.hatching->values;
        for (std::size_t r = 0; r < n && r < table.rowCount(); ++r) {
            const std::string v = col ? geo::toText(table.at(r, *col)) : std::string();
            auto it = std::find_if(values.begin(), values.end(), [&](const auto& kv) { return kv.first == v; });
            c.fill[r] = it != values.end() ? it->second : none;
            c.outline[r] = none;  // the lines show the zone; the communes' own outlines stay
        }
    }
    const auto keep = filterMask(table, spec);
    for (std::size_t r = 0; r < n && r < keep.size(); ++r) {
        if (keep[r]) continue;
        c.fill[r] = none;
        c.outline[r] = none;
    }
    return c;
}

std::vector<std::size_t> selectedFeatures(const geo::FeatureTable& table, const LayerSpec& spec) {
    std::vector<std::size_t> out;
    const auto col = table.fieldIndex(spec.selectionField);
    if (!col) return out;
    for (std::size_t r = 0; r < table.rowCount(); ++r)
        if (std::find(spec.selection.begin(), spec.selection.end(), geo::toText(table.at(r, *col))) !=
            spec.selection.end())
            out.push_back(r);
    return out;
}

}  // namespace app
