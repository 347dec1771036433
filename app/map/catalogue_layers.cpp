#include "catalogue_layers.hpp"

namespace app {

geo::Result<LayerSpec> catalogueLayerSpec(TerritoryBuilder& builder,
                                          const CatalogueLayer& entry,
                                          geo::Diagnostics& diag) {
    LayerSpec spec(entry.style);
    spec.title = entry.title;
    spec.source = "catalogue:" + entry.id;
    spec.catalogueId = entry.id;
    spec.startHidden = !entry.visible;
    auto data = builder.layerData(entry, diag);
    if (!data) return data.error();
    spec.preloaded = data.value();
    if (entry.build == "zoning") {
        const bool official = !entry.officialSource.empty();
        const LocalText& title = official ? entry.officialTitle : entry.indicativeTitle;
        if (!title.empty()) spec.title = title;
    }
    // Listings are hidden by the finder through their visibility column.
    if (entry.build == "listings" && !spec.filter)
        spec.filter = FilterSpec{kVisibleColumn, {"1"}, std::nullopt, std::nullopt};
    return spec;
}

}  // namespace app
