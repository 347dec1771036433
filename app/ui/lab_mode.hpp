// "Simulation" (issue 13), the planner's tab of the finder: the accessibility lab of the domain
// (access_lab.hpp) in the window. A touch on a commune chooses it; + / −, "all leave" and "open a
// maison de santé with N" make a scenario, named, saved, loaded and undone step by step; the map
// shows the change (or the model before, after, "APL officiel + variation"), the tab the communes
// whose indicative zone changes with the aids that change for a GP, the model's parameters, its
// validation against the DREES and a scatter plot. Everything says "simulation, modèle SantéMap".
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "atlas_print.hpp"
#include "domain/access_lab.hpp"
#include "domain/access_map.hpp"
#include "domain/access_scenario.hpp"

namespace app {

struct UiState;
struct MapModel;

struct LabState {
    bool active = false;   // the finder shows "Simulation"
    bool openTab = false;  // bring its tab to the front (once)
    std::string dataDir;   // the window's data search path, for the specialists' table
    std::string profession = kGeneralPractice;
    AccessView view = AccessView::Change;
    // Parameters as edited; applied with "Appliquer".
    float detour = 1.3f, speed = 50;
    std::string bands = "10:1,15:0.66,20:0.33";
    int practiceSize = 3;  // practitioners of a maison de santé opened
    std::string name, file;
    std::shared_ptr<const AccessInputs> inputs;  // for `profession`, loaded on first use
    std::shared_ptr<AccessLab> lab;
    AccessParams params;  // what the lab was built with
    bool rebuild = true;  // the profession or the parameters changed: a new lab, the scenario replayed
    bool changed = true;  // the map's colours and the zone table are due
    std::vector<ZoneChange> zoneChanges;
    std::optional<double> rho41and45, rhoRegion;
    std::string message;
    bool messageIsError = false;
};

// The kiosk's reset: the scenario and its name cleared, the data loaded kept.
void resetLab(LabState& lab);
// Loads the inputs and builds the lab when due (the scenario kept); errors go to lab.message.
void updateLab(LabState& lab, const TerritoryData& t);
// The colouring of the communes for the lab's view (its column written into `communes`), or
// nullopt when the lab is not shown.
std::optional<CommuneColouring> labColouring(LabState& lab, const TerritoryData& t, geo::FeatureTable& communes);
// The lab's scenario as a file holds it, for the atlas: GPs only, with at least one change
// (unnamed: the tab's name).
std::optional<Scenario> labScenario(const LabState& lab, Language lang);
// "Imprimer l'atlas" of the scenario: the communes it changes, then those whose zone changes,
// in the territory's own départements (the map the atlas draws); nullopt without a scenario.
std::optional<AtlasRequest> labAtlasRequest(const LabState& lab, const TerritoryData& t, Language lang);
// The tab's content, inside the finder's window.
void drawLabSection(UiState& ui, const MapModel& model);

}  // namespace app
