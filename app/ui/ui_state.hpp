// The UI's plain state, read and written by the panels each frame; the window loop carries out
// the requests the panels leave in it (fly to a result, export, toggle full screen...).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "atlas_print.hpp"
#include "domain/finder.hpp"
#include "domain/sheets.hpp"
#include "domain/ui_text.hpp"
#include "kiosk_mode.hpp"
#include "lab_mode.hpp"
#include "map/map_model.hpp"
#include "panel_compare.hpp"
#include "stage_mode.hpp"

namespace app {

struct ExportSettings {
    int width = 1600, height = 1000;
    int density = 1;    // 1, 2 or 3
    std::string title;  // the territory's name once loaded
    std::string path = "santemap-export.png";
};

struct LoadState {
    bool loading = true;
    float progress = 0;  // 0..1
    LocalText stage;     // what is being read
    std::string error;   // non-empty when loading failed
};

// The listing form of the édition mode.
struct EditState {
    bool active = false;           // édition mode on
    bool placing = false;          // the next click on the map places a new listing
    std::optional<Listing> draft;  // the listing in the form
    bool confirmDelete = false;
    std::string message;  // last result (saved, conflict...)
    bool messageIsError = false;
    std::string communeQuery;  // "choose a commune" box
};

// The commune sheet's key figures, kept while the sheet shows the same commune: the département and
// region values each go over every commune of France.
struct SheetCache {
    std::string code;
    std::vector<KeyFigure> figures;
};

// The interface sizes offered in Réglages.
inline constexpr float kUiScales[] = {1.0f, 1.25f, 1.5f, 2.0f};

// The pages of the help window.
enum class HelpTopic { Gestures, Colours, Sources, About };

// Where the menu bar put its entries this frame (screen x of each), and which went to "Plus".
struct MenuBarLayout {
    struct Item {
        std::string label;
        float left = 0, right = 0;
    };
    std::vector<Item> bar;
    std::vector<std::string> overflow;
};

struct UiState {
    Language language = Language::French;
    float uiScale = 1;
    bool fullscreen = false;
    bool showLayers = false, showExport = false, showHelp = false, showSources = false, showFinder = true;
    HelpTopic helpTopic = HelpTopic::Gestures;
    bool helpTopicChosen = false;  // the help window opens on helpTopic at its next frame
    void openHelp(HelpTopic topic) {
        showHelp = true;
        helpTopic = topic;
        helpTopicChosen = true;
    }
    MenuBarLayout menuBar;
    float searchPanelBottom = 0;  // screen y; the finder goes under it
    // What the panels drawn this frame cover at the map's sides (window units): the right edge of
    // the left column, the left edge of an open sheet (0: none). The legend and scale bar avoid them.
    struct Covered {
        float left = 0, right = 0;
    } covered;  // For the help window's "À propos": filled by the window once GL and the libraries are up.
    struct About {
        std::string libraries, renderer;
    } about;
    // Keys pressed since the last frame, from GLFW's key callback: a press and its release can both
    // arrive before the frame (a quick tap, xdotool), and ImGui's key state would miss it.
    std::vector<int> keysPressed;
    bool focusSearch = false;  // the search box takes the keyboard on its next frame
    FinderState finder;
    bool finderChanged = true;  // applyFinder() is due
    EditState edit;
    std::string addLayerPath;  // "add a layer" box
    bool showAddLayer = false;

    std::string query;
    std::vector<std::size_t> results;  // indices into MapModel::targets
    std::optional<FeatureRef> hovered, selected;
    // Listings at one place, tapped as one cluster: the list to choose from, where it was tapped.
    std::vector<FeatureRef> choices;
    geo::Vec2 choicesAt;
    std::optional<geo::Vec2> cursorLonLat;
    double scaleDenominator = 0;  // 1:N at the centre of the view
    ExportSettings exportSettings;
    SheetCache sheetCache;
    std::string status;
    LoadState load;

    // Requests for the window loop, cleared when carried out.
    std::optional<FeatureRef> flyTo;
    std::optional<geo::Box> flyToLonLat;  // a tour step's framing, in WGS 84
    KioskState kiosk;
    StageState stage;         // "Mon stage"
    LabState lab;             // "Simulation", the planner's accessibility lab
    CompareState compare;     // communes side by side
    bool setKiosk = false;    // start kiosk mode (--kiosk, Réglages) once the territory is drawn
    std::string newKioskPin;  // a staff code typed in Réglages, to keep as a salted hash
    std::string pinDraft;     // the Réglages box it is typed in
    bool fitHome = false;
    bool exportNow = false;
    // "Emporter cette fiche": the listing (store id) or the commune whose sheet goes to paper.
    struct TakeAwayRequest {
        std::int64_t listing = -1;
        std::string commune;
    };
    std::optional<TakeAwayRequest> takeAway;
    std::optional<AtlasRequest> atlas;  // "Imprimer l'atlas" of a selection
    bool toggleFullscreen = false;
    bool quit = false;
    bool uiScaleChanged = false;
    std::vector<std::size_t> restyle;  // layers whose opacity changed
    // Édition requests, carried out by the window (they touch the store and the GPU).
    bool saveDraft = false, deleteDraft = false, undoEdit = false, reloadListings = false;
    std::optional<std::string> addLayer;                  // a GDAL source to add to the map
    bool exportListings = false, exportCommunes = false;  // CSV tables, beside the image export
};

// Panels: each reads the model and writes the state (and only the layers panel touches layers).
void drawMenuBar(UiState& ui);
// How many of the entries, of these widths in order, fit in `available` pixels.
std::size_t entriesThatFit(const std::vector<float>& widths, float available);
void drawHelpPanel(UiState& ui, const MapModel& model);
void drawSearchPanel(UiState& ui, const MapModel& model);
void drawLayersPanel(UiState& ui, MapModel& model);
void drawDetailsPanel(UiState& ui, const MapModel& model);
void drawExportPanel(UiState& ui);
void drawStatusBar(UiState& ui, const MapModel& model);
void drawHoverTooltip(const UiState& ui, const MapModel& model);
// The list of a cluster's members at one place; a touch on one opens its sheet.
void drawChoicesPanel(UiState& ui, const MapModel& model);
void drawFinderPanel(UiState& ui, MapModel& model);
void drawSourcesPanel(UiState& ui, const MapModel& model);
void drawEditPanel(UiState& ui, const MapModel& model);
void drawAddLayerPanel(UiState& ui);
// The commune and listing sheets (territory layers); false when the feature has none.
bool drawTerritorySheet(UiState& ui, const MapModel& model);

// Runs a search and keeps the best results.
void runSearch(UiState& ui, const MapModel& model);

}  // namespace app
