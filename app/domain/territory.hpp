// The territory's data, built once from the catalogue without any GL: the communes and their
// indicators, the zoning, the file layers, the listings of the store, and what the finder and the
// sheets need beside them (aid rules, provenance).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "aid_context.hpp"
#include "catalogue.hpp"
#include "listing.hpp"

namespace app {

// What the window needs beyond the drawn layers: the catalogue, the aid rules and commune
// indicators, the communes table, and the listings with the store they come from.
struct TerritoryData {
    Catalogue catalogue;
    AidContext aid;
    std::shared_ptr<const geo::Layer> communes;  // with indicators, in WGS 84
    std::string storeSource;                     // GeoPackage path or PG: connection
    std::vector<Listing> listings;               // as read from the store
    std::string storeError;                      // why listings are missing, if they are
    // Every layer built, by catalogue id, in WGS 84 (the sheets measure distances on them).
    std::map<std::string, std::shared_ptr<const geo::Layer>> layers;
    // Where each table of the data pack comes from (the Sources panel), when the catalogue names it.
    std::vector<TableProvenance> dataPack;
};

class TerritoryBuilder {
public:
    // Reads the catalogue, the aid rules and the provenance of the data pack. `storeSource` empty:
    // $SANTEMAP_STORE or the default GeoPackage.
    static geo::Result<TerritoryBuilder> open(const std::string& dataDir,
                                              const std::string& storeSource,
                                              geo::Diagnostics& diag);

    // The features of a catalogue entry, built on first use and kept in data()->layers.
    geo::Result<std::shared_ptr<const geo::Layer>> layerData(const CatalogueLayer& entry, geo::Diagnostics& diag);
    const Catalogue& catalogue() const { return m_data->catalogue; }
    std::shared_ptr<TerritoryData> data() const { return m_data; }

private:
    geo::Result<std::shared_ptr<const geo::Layer>> communes(geo::Diagnostics& diag);
    std::shared_ptr<const geo::Layer> listings(geo::Diagnostics& diag);
    std::string m_dataDir;
    std::shared_ptr<TerritoryData> m_data;
};

// The column added to listings and communes so that filters (profession chips, legend classes)
// change colours only: features whose value is "0" are hidden.
inline constexpr const char* kVisibleColumn = "_visible";

}  // namespace app
