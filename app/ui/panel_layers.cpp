// The layers panel: visibility, opacity and order of each layer, loading progress and errors.
#include <imgui.h>

#include "ui_state.hpp"

namespace app {

void drawLayersPanel(UiState& ui, MapModel& model) {
    if (!ui.showLayers) return;
    const float s = ui.uiScale;
    ImGui::SetNextWindowPos(ImVec2(12 * s, 110 * s), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(340 * s, 0), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin(tr(ui.language, Text::Layers), &ui.showLayers, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    if (ui.load.loading) {
        ImGui::TextUnformatted(tr(ui.language, Text::Loading));
        ImGui::ProgressBar(ui.load.progress, ImVec2(-1, 0), ui.load.stage.c_str());
    }
    if (!ui.load.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.1f, 0.1f, 1));
        ImGui::TextWrapped("%s : %s", tr(ui.language, Text::LoadFailed), ui.load.error.c_str());
        ImGui::PopStyleColor();
    }
    // Listed top layer first, as it is drawn.
    for (std::size_t k = model.layers.size(); k-- > 0;) {
        MapLayer& l = model.layers[k];
        ImGui::PushID(static_cast<int>(k));
        ImGui::Checkbox(l.name().c_str(), &l.view.shown);
        ImGui::SameLine(ImGui::GetWindowWidth() - 70 * s);
        if (ImGui::ArrowButton("up", ImGuiDir_Up) && k + 1 < model.layers.size()) {
            std::swap(model.layers[k], model.layers[k + 1]);
            ui.selected.reset();
            ui.hovered.reset();
            model.buildSearch();
        }
        ImGui::SameLine();
        if (ImGui::ArrowButton("down", ImGuiDir_Down) && k > 0) {
            std::swap(model.layers[k], model.layers[k - 1]);
            ui.selected.reset();
            ui.hovered.reset();
            model.buildSearch();
        }
        if (!model.layers[k].isPoints) {
            ImGui::SetNextItemWidth(-1);
            float opacity = model.layers[k].spec.opacity;
            if (ImGui::SliderFloat("##opacity", &opacity, 0.0f, 1.0f, (std::string(tr(ui.language, Text::Opacity)) + " %.2f").c_str())) {
                model.layers[k].spec.opacity = opacity;
                ui.restyle.push_back(k);
            }
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    if (ImGui::Button(tr(ui.language, Text::FitTerritory), ImVec2(-1, 0))) ui.fitHome = true;
    ImGui::End();
}

}  // namespace app
