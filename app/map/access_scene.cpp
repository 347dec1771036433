#include "access_scene.hpp"

namespace app {

geo::Result<Scene> accessScene(const Scene& territory,
                               AccessView view,
                               const AccessInputs& in,
                               const AccessLab& lab,
                               const std::string& scenarioName,
                               Language lang) {
    if (!territory.territory)
        return geo::Error{geo::ErrorCode::BadArgument, "the lab's map needs the default territory", ""};
    const TerritoryData& t = *territory.territory;
    Scene s = territory;
    s.language = lang;
    std::vector<LayerSpec> kept;
    for (auto l : s.layers) {
        if (l.catalogueId == kCommunesLayer && l.preloaded) {
            auto communes = std::make_shared<geo::Layer>(*l.preloaded);
            const CommuneColouring c =
                accessColouring(view, in, lab, t.aid.communes, aplIndicatorScale(t.catalogue), communes->table);
            l.preloaded = communes;
            l.categories.reset();
            l.hatching.reset();
            l.hatched = false;
            l.choropleth = c.choropleth;
            l.title = c.title;
            // The scenario's name, or the view's: the legend's title names the view anyway.
            s.title =
                trf(lang, Text::LabMapTitle, {scenarioName.empty() ? tr(lang, accessViewText(view)) : scenarioName});
        } else if (l.catalogueId != kDepartementsLayer) {
            continue;
        }
        l.startHidden = false;
        kept.push_back(std::move(l));
    }
    s.layers = std::move(kept);
    return s;
}

}  // namespace app
