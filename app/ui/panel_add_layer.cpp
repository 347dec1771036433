// "Ajouter une couche": any GDAL source by path (a file dropped on the window does the same).
#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui_state.hpp"

namespace app {

void drawAddLayerPanel(UiState& ui) {
    if (!ui.showAddLayer) return;
    const float s = ui.uiScale;
    ImGui::SetNextWindowSize(ImVec2(520 * s, 0), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Ajouter une couche###addlayer", &ui.showAddLayer, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    ImGui::TextWrapped("Tout fichier que GDAL lit (GeoPackage, GeoJSON, Shapefile, CSV avec lon/lat, FlatGeobuf…) "
                       "ou une base PostGIS (PG:service=NOM). Vous pouvez aussi déposer un fichier sur la carte.");
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint("##path", "/chemin/vers/fichier.gpkg", &ui.addLayerPath,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    if ((ImGui::Button("Ajouter") || enter) && !ui.addLayerPath.empty()) {
        ui.addLayer = ui.addLayerPath;
        ui.showAddLayer = false;
    }
    ImGui::End();
}

}  // namespace app
