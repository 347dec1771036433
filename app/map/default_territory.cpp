// The default territory: every layer of the catalogue (data/catalogue.json), in its order.
#include "default_territory.hpp"

#include "catalogue_layers.hpp"

namespace app {

geo::Result<Scene> defaultTerritoryScene(const std::string& dataDir, geo::Diagnostics& diag) {
    auto builder = TerritoryBuilder::open(dataDir, "", diag);
    if (!builder) return builder.error();
    Scene scene;
    scene.title = builder->catalogue().title;
    scene.background = render::Rgba{232, 238, 241, 255};
    for (const auto& entry : builder->catalogue().layers) {
        auto spec = catalogueLayerSpec(builder.value(), entry, diag);
        // One layer that cannot be read does not take the map down: it is named and skipped.
        if (!spec) {
            diag.warn("layer '" + entry.id + "' left out: " + geo::describe(spec.error()));
            continue;
        }
        scene.layers.push_back(std::move(spec.value()));
    }
    if (scene.layers.empty())
        return geo::Error{
            geo::ErrorCode::NotFound, "no layer of the catalogue could be read", builder->catalogue().path};
    scene.territory = builder->data();
    return scene;
}

}  // namespace app
