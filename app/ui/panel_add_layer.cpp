// "Ajouter une couche": any GDAL source by path (a file dropped on the window does the same).
#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui_state.hpp"

namespace app {

void drawAddLayerPanel(UiState& ui) {
    if (!ui.showAddLayer) return;
    const Language lang = ui.language;
    const float s = ui.uiScale;
    ImGui::SetNextWindowSize(ImVec2(520 * s, 0), ImGuiCond_FirstUseEver);
    const std::string title = std::string(tr(lang, Text::AddLayerTitle)) + "###addlayer";
    if (!ImGui::Begin(title.c_str(), &ui.showAddLayer, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    ImGui::TextWrapped("%s", tr(lang, Text::AddLayerHelp));
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint(
        "##path", tr(lang, Text::AddLayerHint), &ui.addLayerPath, ImGuiInputTextFlags_EnterReturnsTrue);
    if ((ImGui::Button(tr(lang, Text::Add)) || enter) && !ui.addLayerPath.empty()) {
        ui.addLayer = ui.addLayerPath;
        ui.showAddLayer = false;
    }
    ImGui::End();
}

}  // namespace app
