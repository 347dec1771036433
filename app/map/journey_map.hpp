// The student's journey as a map (issue 12): around the internship site, the territory's communes,
// départements, hospitals and maisons de santé, with the journey's own layers — the 10, 20 and 30
// minute circles, the housing coloured by estimated time, the site and the line to the housing
// chosen. What `santemap stage --map` draws; the window draws the same circles, colours and line
// over its map (ui/stage_mode), from the same definitions (domain/internship.hpp).
#pragma once

#include <cstdint>
#include <optional>

#include "domain/internship.hpp"
#include "scene.hpp"

namespace app {

// The journey's layers alone, in WGS 84, drawn in this order: circles, line, housing, site, the
// circles' labels (kept out of the legend).
std::vector<LayerSpec> journeyLayers(const Journey& journey, std::optional<std::int64_t> chosenHousing);

// The territory scene's base layers (communes without indicator, départements, hospitals, maisons
// de santé) under the journey's layers, framed on the 30-minute circle and the housing chosen,
// titled with the site.
geo::Result<Scene> journeyScene(const Scene& territory,
                                const Journey& journey,
                                std::optional<std::int64_t> chosenHousing,
                                Language lang);

}  // namespace app
