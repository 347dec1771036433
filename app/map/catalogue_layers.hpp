// Catalogue entries as scene layers: the territory's data preloaded, with the catalogue's style and
// title. The default territory is every catalogue layer; a scene file can name one as
// "source": "catalogue:ID".
#pragma once

#include "domain/territory.hpp"
#include "scene.hpp"

namespace app {

geo::Result<LayerSpec> catalogueLayerSpec(TerritoryBuilder& builder,
                                          const CatalogueLayer& entry,
                                          geo::Diagnostics& diag);

}  // namespace app
