#include "table_export.hpp"

#include <algorithm>

#include "geo/layer_writer.hpp"
#include "listing_service.hpp"
#include "territory_layers.hpp"

namespace app {

geo::Result<std::size_t> exportFilteredListings(const TerritoryData& t, const FinderState& finder,
                                                const std::string& path) {
    ListingFilter filter;
    filter.professions = finder.professions;
    std::vector<geo::Listing> kept;
    for (const auto& l : t.listings)
        if (filter.matches(l) && !finder.hiddenCategories.count(l.category)) kept.push_back(publicView(l));
    const geo::Layer layer = listingsLayer(kept);
    std::vector<std::size_t> rows(kept.size());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
    geo::WriteOptions options;
    options.format = geo::ExportFormat::Csv;
    options.excel = true;
    options.layerName = "annonces";
    if (auto st = geo::writeLayer(layer, rows, path, options); !st) return st.error();
    return kept.size();
}

geo::Result<std::size_t> exportCommuneTable(const TerritoryData& t, const FinderState& finder,
                                            const std::string& path) {
    if (!t.communes) return geo::Error{geo::ErrorCode::NotFound, "the communes are not loaded", path};
    const geo::Layer& c = *t.communes;
    geo::Layer table;
    table.name = "communes";
    auto keep = [&](const std::string& name) {
        if (name == kVisibleColumn) return false;
        for (const char* prefix : {"rpps_", "sirene_"})
            if (name.rfind(prefix, 0) == 0)
                return std::find(finder.professions.begin(), finder.professions.end(),
                                 name.substr(std::string(prefix).size())) != finder.professions.end();
        return true;
    };
    for (std::size_t i = 0; i < c.table.fields.size(); ++i)
        if (keep(c.table.fields[i].name)) {
            table.table.fields.push_back(c.table.fields[i]);
            table.table.columns.push_back(c.table.columns[i]);
        }
    // The aid total for the profile, as on the map.
    const AidProfile profile = finder.profile();
    std::vector<geo::Value> totals;
    for (double v : aidTotals(t, c.table, profile)) totals.emplace_back(v);
    geo::setColumn(table.table, "aides_max_eur_" + profile.profession + (profile.student ? "_etudiant" : ""),
                   geo::ValueKind::Real, std::move(totals));
    // A table: no geometry.
    const std::size_t n = c.table.rowCount();
    for (std::size_t r = 0; r < n; ++r) {
        table.geometry.beginFeature(geo::GeomKind::None);
        table.geometry.endFeature();
    }
    std::vector<std::size_t> rows(n);
    for (std::size_t i = 0; i < n; ++i) rows[i] = i;
    geo::WriteOptions options;
    options.format = geo::ExportFormat::Csv;
    options.excel = true;
    options.layerName = "communes";
    if (auto st = geo::writeLayer(table, rows, path, options); !st) return st.error();
    return n;
}

}  // namespace app
