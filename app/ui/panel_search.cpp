// The search box, top left: results as you type; Enter or a click flies to the place.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "data_label.hpp"
#include "ui_state.hpp"
#include "widgets.hpp"

namespace app {

void runSearch(UiState& ui, const MapModel& model) {
    ui.results.clear();
    for (const auto& hit : model.search.search(ui.query, 8)) ui.results.push_back(hit.id);
}

void drawSearchPanel(UiState& ui, const MapModel& model) {
    const Language lang = ui.language;
    const float s = ui.uiScale;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 12 * s, vp->WorkPos.y + 12 * s), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(leftPanelWidth(s), 0), ImGuiCond_Always);
    ImGui::Begin("##search",
                 nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
    ImGui::SetNextItemWidth(-1);
    if (ui.focusSearch) {
        ImGui::SetKeyboardFocusHere();
        ui.focusSearch = false;
    }
    const bool enter = ImGui::InputTextWithHint(
        "##query", tr(lang, Text::SearchHint), &ui.query, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemEdited()) runSearch(ui, model);
    if (!ui.query.empty()) {
        if (ui.results.empty()) {
            ImGui::TextDisabled("%s", tr(lang, Text::NoResult));
        } else {
            for (std::size_t k = 0; k < ui.results.size(); ++k) {
                const SearchTarget& t = model.targets[ui.results[k]];
                ImGui::PushID(static_cast<int>(k));
                // Large rows: they are touched with a finger at a congress booth.
                if (ImGui::Selectable(dataLabel(t.name).c_str(), false, 0, ImVec2(0, 26 * s)) || (enter && k == 0)) {
                    ui.flyTo = t.ref;
                    ui.selected = t.ref;
                    ui.query.clear();
                    ui.results.clear();
                    ImGui::PopID();
                    break;
                }
                ImGui::SameLine(ImGui::GetWindowWidth() - 90 * s);
                ImGui::TextDisabled("%s", tr(lang, t.kind));
                ImGui::PopID();
            }
        }
    }
    ui.searchPanelBottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
    ui.covered.left = std::max(ui.covered.left, ImGui::GetWindowPos().x + ImGui::GetWindowWidth());
    ImGui::End();
}

}  // namespace app
