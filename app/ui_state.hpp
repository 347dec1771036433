// The UI's plain state, read and written by the panels each frame; the window loop carries out
// the requests the panels leave in it (fly to a result, export, toggle full screen...).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "i18n.hpp"
#include "map_model.hpp"

namespace app {

struct ExportSettings {
    int width = 1600, height = 1000;
    int density = 1;  // 1, 2 or 3
    std::string title = "Loir-et-Cher et Loiret";
    std::string path = "santemap-export.png";
};

struct LoadState {
    bool loading = true;
    float progress = 0;   // 0..1
    std::string stage;    // what is being read
    std::string error;    // non-empty when loading failed
};

struct UiState {
    Language language = Language::French;
    float uiScale = 1;
    bool fullscreen = false;
    bool showLayers = true, showExport = false, showHelp = true;

    std::string query;
    std::vector<std::size_t> results;  // indices into MapModel::targets
    std::optional<FeatureRef> hovered, selected;
    std::optional<geo::Vec2> cursorLonLat;
    double scaleDenominator = 0;       // 1:N at the centre of the view
    ExportSettings exportSettings;
    std::string status;
    LoadState load;

    // Requests for the window loop, cleared when carried out.
    std::optional<FeatureRef> flyTo;
    bool fitHome = false;
    bool exportNow = false;
    bool toggleFullscreen = false;
    bool uiScaleChanged = false;
    std::vector<std::size_t> restyle;  // layers whose opacity changed
};

// Panels: each reads the model and writes the state (and only the layers panel touches layers).
void drawMenuBar(UiState& ui);
void drawSearchPanel(UiState& ui, const MapModel& model);
void drawLayersPanel(UiState& ui, MapModel& model);
void drawDetailsPanel(UiState& ui, const MapModel& model);
void drawExportPanel(UiState& ui);
void drawStatusBar(UiState& ui, const MapModel& model);
void drawHoverTooltip(const UiState& ui, const MapModel& model);

// Runs a search and keeps the best results.
void runSearch(UiState& ui, const MapModel& model);

}  // namespace app
