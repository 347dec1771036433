// The layers panel: visibility, opacity and order of each layer, loading progress and errors.
#include <imgui.h>

#include "data_label.hpp"
#include "ui_state.hpp"

namespace app {

void drawLayersPanel(UiState& ui, MapModel& model) {
    if (!ui.showLayers) return;
    const Language lang = ui.language;
    const float s = ui.uiScale;
    ImGui::SetNextWindowPos(ImVec2(12 * s, 110 * s), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(340 * s, 0), ImGuiCond_FirstUseEver);
    const std::string title = std::string(tr(lang, Text::MenuLayers)) + "###layers";
    if (!ImGui::Begin(title.c_str(), &ui.showLayers, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    if (ui.load.loading) {
        ImGui::TextUnformatted(tr(lang, Text::Loading));
        ImGui::ProgressBar(ui.load.progress, ImVec2(-1, 0), dataLabel(ui.load.stage.in(lang)).c_str());
    }
    if (!ui.load.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.1f, 0.1f, 1));
        ImGui::TextWrapped("%s", trf(lang, Text::LoadFailedWhy, {ui.load.error}).c_str());
        ImGui::PopStyleColor();
    }
    // Listed top layer first, as it is drawn.
    for (std::size_t k = model.layers.size(); k-- > 0;) {
        MapLayer& l = model.layers[k];
        ImGui::PushID(static_cast<int>(k));
        ImGui::Checkbox(dataLabel(l.name(lang)).c_str(), &l.view.shown);
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
            const std::string format = std::string(tr(lang, Text::Opacity)) + " %.2f";
            if (ImGui::SliderFloat("##opacity", &opacity, 0.0f, 1.0f, format.c_str())) {
                model.layers[k].spec.opacity = opacity;
                ui.restyle.push_back(k);
            }
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    if (ImGui::Button(tr(lang, Text::FitTerritory), ImVec2(-1, 0))) ui.fitHome = true;
    ImGui::End();
}

}  // namespace app
