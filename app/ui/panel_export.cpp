// "Exporter la vue": size, density, title and file of the PNG.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "ui_state.hpp"

namespace app {

void drawExportPanel(UiState& ui) {
    if (!ui.showExport) return;
    const Language lang = ui.language;
    const float s = ui.uiScale;
    ImGui::SetNextWindowSize(ImVec2(380 * s, 0), ImGuiCond_Appearing);
    const std::string title = std::string(tr(lang, Text::ExportTitle)) + "###export";
    if (ImGui::Begin(title.c_str(), &ui.showExport, ImGuiWindowFlags_AlwaysAutoResize)) {
        ExportSettings& e = ui.exportSettings;
        ImGui::InputInt(tr(lang, Text::Width), &e.width, 100, 500);
        ImGui::InputInt(tr(lang, Text::Height), &e.height, 100, 500);
        e.width = std::clamp(e.width, 200, 8000);
        e.height = std::clamp(e.height, 200, 8000);
        ImGui::TextUnformatted(tr(lang, Text::Density));
        for (int d = 1; d <= 3; ++d) {
            ImGui::SameLine();
            const std::string label = trf(lang, Text::TimesN, {std::to_string(d)});
            if (ImGui::RadioButton(label.c_str(), e.density == d)) e.density = d;
        }
        ImGui::InputText(tr(lang, Text::MapTitle), &e.title);
        ImGui::InputText(tr(lang, Text::FileName), &e.path);
        ImGui::TextUnformatted(
            trf(lang, Text::PixelSize, {std::to_string(e.width * e.density), std::to_string(e.height * e.density)})
                .c_str());
        if (ImGui::Button(tr(lang, Text::Export), ImVec2(-1, 32 * s))) ui.exportNow = true;
    }
    ImGui::End();
}

}  // namespace app
