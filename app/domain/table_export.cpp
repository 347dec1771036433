#include "table_export.hpp"

#include "geo/layer_writer.hpp"
#include "listing_service.hpp"
#include "territory_layers.hpp"

namespace app {

geo::Result<std::size_t> exportFilteredListings(const TerritoryData& t,
                                                const FinderState& finder,
                                                const std::string& path) {
    ListingFilter filter;
    filter.professions = finder.professions;
    std::vector<Listing> kept;
    for (const auto& l : t.listings)
        if (filter.matches(l) && !finder.hiddenCategories.count(l.category)) kept.push_back(publicView(l));
    const geo::Layer layer = listingsLayer(kept);
    geo::WriteOptions options;
    options.format = geo::ExportFormat::Csv;
    options.excel = true;
    options.layerName = kListingsLayer;
    if (auto st = geo::writeLayer(layer, path, options); !st) return st.error();
    return kept.size();
}

geo::Result<std::size_t> exportCommuneTable(const TerritoryData& t,
                                            const FinderState& finder,
                                            const std::string& path) {
    if (!t.communes) return geo::Error{geo::ErrorCode::NotFound, "the communes are not loaded", path};
    const geo::Layer& c = *t.communes;
    geo::Layer table;
    table.name = kCommunesLayer;
    for (std::size_t i = 0; i < c.table.fields.size(); ++i) {
        const std::string& name = c.table.fields[i].name;
        if (name == kVisibleColumn || isOtherProfessionColumn(name, finder.professions)) continue;
        table.table.fields.push_back(c.table.fields[i]);
        table.table.columns.push_back(c.table.columns[i]);
    }
    // The aid total for the profile, as on the map.
    const AidProfile profile = finder.profile();
    std::vector<geo::Value> totals;
    for (double v : aidTotals(t, c.table, profile)) totals.emplace_back(v);
    geo::setColumn(table.table,
                   "aides_max_eur_" + profile.profession + (profile.student ? "_etudiant" : ""),
                   geo::ValueKind::Real,
                   std::move(totals));
    geo::WriteOptions options;
    options.format = geo::ExportFormat::Csv;
    options.excel = true;
    options.layerName = kCommunesLayer;
    options.geometry = false;  // a table for spreadsheets
    if (auto st = geo::writeLayer(table, path, options); !st) return st.error();
    return table.table.rowCount();
}

}  // namespace app
