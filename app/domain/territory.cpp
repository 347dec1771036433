#include "territory.hpp"

#include "listing_service.hpp"
#include "territory_layers.hpp"

namespace app {

namespace {

void addVisibleColumn(geo::Layer& layer) {
    geo::setColumn(layer.table,
                   kVisibleColumn,
                   geo::ValueKind::String,
                   std::vector<geo::Value>(layer.geometry.featureCount(), geo::Value{std::string("1")}));
}

}  // namespace

geo::Result<TerritoryBuilder> TerritoryBuilder::open(const std::string& dataDir,
                                                     const std::string& storeSource,
                                                     geo::Diagnostics& diag) {
    TerritoryBuilder b;
    b.m_dataDir = dataDir;
    b.m_data = std::make_shared<TerritoryData>();
    auto catalogue = findCatalogue(dataDir);
    if (!catalogue) return catalogue.error();
    b.m_data->catalogue = std::move(catalogue.value());
    auto aid = loadAidContext(b.m_data->catalogue, dataDir, "", diag);
    if (!aid) return aid.error();
    b.m_data->aid = std::move(aid.value());
    if (b.m_data->catalogue.tables.count("provenance")) {
        auto ref = findTable(b.m_data->catalogue.tables.at("provenance"), dataDir);
        auto provenance =
            ref ? readTableProvenance(ref.value()) : geo::Result<std::vector<TableProvenance>>(ref.error());
        if (provenance)
            b.m_data->dataPack = std::move(provenance.value());
        else
            diag.warn("data pack provenance not shown: " + geo::describe(provenance.error()));
    }
    b.m_data->storeSource = storeSource.empty() ? defaultStorePath() : storeSource;
    return b;
}

geo::Result<std::shared_ptr<const geo::Layer>> TerritoryBuilder::communes(geo::Diagnostics& diag) {
    if (m_data->communes) return m_data->communes;
    for (const auto& e : m_data->catalogue.layers)
        if (e.build == "territory-communes") {
            auto built = buildTerritoryCommunesLayer(e, m_data->aid, m_dataDir, diag);
            if (!built) return built.error();
            addVisibleColumn(built.value());
            m_data->communes = std::make_shared<const geo::Layer>(std::move(built.value()));
            return m_data->communes;
        }
    return geo::Error{geo::ErrorCode::BadFormat, "no territory-communes layer", m_data->catalogue.path};
}

std::shared_ptr<const geo::Layer> TerritoryBuilder::listings(geo::Diagnostics& diag) {
    std::vector<std::string> notes;
    auto store = openListingStore(m_data->storeSource, m_dataDir, notes, &m_data->aid);
    for (auto& n : notes) diag.warn(std::move(n));
    if (store) {
        auto all = store->readAll();
        if (all)
            m_data->listings = std::move(all.value());
        else
            m_data->storeError = geo::describe(all.error());
    } else {
        m_data->storeError = geo::describe(store.error());
    }
    if (!m_data->storeError.empty()) diag.warn("listings: " + m_data->storeError);
    std::vector<Listing> shown;
    for (const auto& l : m_data->listings) shown.push_back(publicView(l));
    geo::Layer layer = listingsLayer(shown);
    addVisibleColumn(layer);
    return std::make_shared<const geo::Layer>(std::move(layer));
}

geo::Result<std::shared_ptr<const geo::Layer>> TerritoryBuilder::layerData(const CatalogueLayer& entry,
                                                                           geo::Diagnostics& diag) {
    if (auto it = m_data->layers.find(entry.id); it != m_data->layers.end()) return it->second;
    std::shared_ptr<const geo::Layer> layer;
    if (entry.build == "territory-communes") {
        auto c = communes(diag);
        if (!c) return c.error();
        layer = c.value();
    } else if (entry.build == "zoning") {
        auto c = communes(diag);
        if (!c) return c.error();
        layer = std::make_shared<const geo::Layer>(zoningLayerFrom(*c.value()));
    } else if (entry.build == "file") {
        auto read = readFileLayer(entry, m_dataDir, diag);
        if (!read) return read.error();
        layer = std::make_shared<const geo::Layer>(std::move(read.value()));
    } else {  // listings
        layer = listings(diag);
    }
    m_data->layers[entry.id] = layer;
    return layer;
}

}  // namespace app
