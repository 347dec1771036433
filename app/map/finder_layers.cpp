#include "finder_layers.hpp"

namespace app {

std::vector<std::size_t> applyFinder(FinderState& state,
                                     MapModel& model,
                                     const LayerSpec& communesBase,
                                     const CommuneColouring* given) {
    std::vector<std::size_t> changed;
    if (!model.scene.territory) return changed;
    const TerritoryData& t = *model.scene.territory;
    if (auto k = model.layerOf(kCommunesLayer)) {
        MapLayer& layer = model.layers[*k];
        geo::FeatureTable& table = layer.data.layer.table;
        const CommuneColouring colouring = given ? *given : communeColouring(state, t, table);
        LayerSpec spec = communesBase;
        if (colouring.choropleth) {
            spec.categories.reset();
            spec.choropleth = colouring.choropleth;
            spec.title = colouring.title;
            spec.filter = FilterSpec{kVisibleColumn, {"1"}, std::nullopt, std::nullopt};
        }
        geo::setColumn(table, kVisibleColumn, geo::ValueKind::String, communeVisibility(state, colouring, table));
        spec.opacity = layer.spec.opacity;
        layer.spec = spec;
        refreshVisibility(layer);
        changed.push_back(*k);
    }
    // A zoning shown over an indicator's colours is drawn as hatching, so that both read.
    if (auto z = model.layerOf(kZoningLayer), c = model.layerOf(kCommunesLayer); z && c) {
        MapLayer& zoning = model.layers[*z];
        const bool hatched = model.layers[*c].spec.choropleth.has_value() && zoning.spec.hatching.has_value();
        if (zoning.spec.hatched != hatched) {
            zoning.spec.hatched = hatched;
            changed.push_back(*z);
        }
    }
    if (auto k = model.layerOf(kListingsLayer)) {
        MapLayer& layer = model.layers[*k];
        geo::FeatureTable& table = layer.data.layer.table;
        geo::setColumn(table, kVisibleColumn, geo::ValueKind::String, listingVisibility(state, t, table.rowCount()));
        refreshVisibility(layer);
        changed.push_back(*k);
    }
    return changed;
}

}  // namespace app
