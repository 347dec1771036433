// The accessibility lab's map (issue 13) as a picture: the territory's communes coloured by one
// of the lab's views (the change, the model before or after, "APL officiel + variation"), the
// départements over them, the legend titled "simulation, modèle SantéMap". What `santemap access
// --map` draws; the window shows the same colouring on its communes layer (ui/lab_mode).
#pragma once

#include "domain/access_map.hpp"
#include "scene.hpp"

namespace app {

geo::Result<Scene> accessScene(const Scene& territory,
                               AccessView view,
                               const AccessInputs& in,
                               const AccessLab& lab,
                               const std::string& scenarioName,
                               Language lang);

}  // namespace app
