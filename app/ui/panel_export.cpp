// "Exporter la vue": size, density, title and file of the PNG.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "ui_state.hpp"

namespace app {

void drawExportPanel(UiState& ui) {
    if (!ui.showExport) return;
    const float s = ui.uiScale;
    ImGui::SetNextWindowSize(ImVec2(380 * s, 0), ImGuiCond_Appearing);
    if (ImGui::Begin(tr(ui.language, Text::ExportTitle), &ui.showExport, ImGuiWindowFlags_AlwaysAutoResize)) {
        ExportSettings& e = ui.exportSettings;
        ImGui::InputInt(tr(ui.language, Text::Width), &e.width, 100, 500);
        ImGui::InputInt(tr(ui.language, Text::Height), &e.height, 100, 500);
        e.width = std::clamp(e.width, 200, 8000);
        e.height = std::clamp(e.height, 200, 8000);
        ImGui::TextUnformatted(tr(ui.language, Text::Density));
        for (int d = 1; d <= 3; ++d) {
            ImGui::SameLine();
            const std::string label = std::to_string(d) + "×";
            if (ImGui::RadioButton(label.c_str(), e.density == d)) e.density = d;
        }
        ImGui::InputText(tr(ui.language, Text::MapTitle), &e.title);
        ImGui::InputText(tr(ui.language, Text::FileName), &e.path);
        ImGui::Text("%d × %d px", e.width * e.density, e.height * e.density);
        if (ImGui::Button(tr(ui.language, Text::Export), ImVec2(-1, 32 * s))) ui.exportNow = true;
    }
    ImGui::End();
}

}  // namespace app
