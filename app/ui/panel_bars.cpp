// The menu bar (top) and the status bar (bottom).
#include <imgui.h>

#include <cstdio>

#include "domain/french_format.hpp"
#include "ui_state.hpp"

namespace app {

void drawMenuBar(UiState& ui) {
    if (!ImGui::BeginMainMenuBar()) return;
    ImGui::TextUnformatted("SantéMap");
    ImGui::Separator();
    if (ImGui::MenuItem(ui.language == Language::French ? "Trouver" : "Find", nullptr, ui.showFinder))
        ui.showFinder = !ui.showFinder;
    if (ImGui::MenuItem(tr(ui.language, Text::Layers), nullptr, ui.showLayers)) ui.showLayers = !ui.showLayers;
    if (ImGui::MenuItem(ui.language == Language::French ? "Ajouter une couche…" : "Add a layer…")) ui.showAddLayer = true;
    if (ImGui::MenuItem("Sources", nullptr, ui.showSources)) ui.showSources = !ui.showSources;
    if (ImGui::MenuItem(ui.language == Language::French ? "Édition" : "Editing", nullptr, ui.edit.active)) {
        ui.edit.active = !ui.edit.active;
        ui.reloadListings = true;  // staff see private contacts; the public view hides them again
    }
    if (ImGui::MenuItem(tr(ui.language, Text::ExportView))) ui.showExport = true;
    if (ImGui::MenuItem(tr(ui.language, Text::FitTerritory))) ui.fitHome = true;
    if (ImGui::BeginMenu(tr(ui.language, Text::Settings))) {
        ImGui::TextUnformatted(tr(ui.language, Text::LanguageLabel));
        if (ImGui::RadioButton("Français", ui.language == Language::French)) ui.language = Language::French;
        ImGui::SameLine();
        if (ImGui::RadioButton("English", ui.language == Language::English)) ui.language = Language::English;
        ImGui::TextUnformatted(tr(ui.language, Text::UiScale));
        for (float sc : {1.0f, 1.25f, 1.5f, 2.0f}) {
            char label[16];
            std::snprintf(label, sizeof label, "%d %%", static_cast<int>(sc * 100));
            ImGui::SameLine();
            if (ImGui::RadioButton(label, ui.uiScale == sc)) {
                ui.uiScale = sc;
                ui.uiScaleChanged = true;
            }
        }
        if (ImGui::MenuItem(tr(ui.language, Text::Fullscreen), "F11", ui.fullscreen)) ui.toggleFullscreen = true;
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem(tr(ui.language, Text::Help), nullptr, ui.showHelp)) ui.showHelp = !ui.showHelp;
    ImGui::EndMainMenuBar();
}

void drawStatusBar(UiState& ui, const MapModel& model) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float h = ImGui::GetFrameHeight() + 6 * ui.uiScale;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - h));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    // Coordinates and scale on the right; messages on the left, clipped before them.
    std::string where;
    if (ui.cursorLonLat) {
        where = formatFrench(ui.cursorLonLat->x, 4) + "° E  " + formatFrench(ui.cursorLonLat->y, 4) + "° N";
        if (ui.scaleDenominator > 0) where += "   1:" + formatFrench(ui.scaleDenominator, 0);
    }
    const float whereWidth = where.empty() ? 0 : ImGui::CalcTextSize(where.c_str()).x + 20 * ui.uiScale;
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(),
                        ImVec2(vp->WorkPos.x + vp->WorkSize.x - whereWidth, vp->WorkPos.y + vp->WorkSize.y), true);
    if (ui.load.loading) {
        ImGui::Text("%s %s", tr(ui.language, Text::Loading), ui.load.stage.c_str());
    } else if (!ui.load.error.empty()) {
        ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s : %s", tr(ui.language, Text::LoadFailed), ui.load.error.c_str());
    } else if (!ui.status.empty()) {
        ImGui::TextUnformatted(ui.status.c_str());
    } else if (ui.showHelp) {
        ImGui::TextDisabled("%s", tr(ui.language, Text::HelpText));
    } else {
        ImGui::TextUnformatted(tr(ui.language, Text::Ready));
    }
    ImGui::PopClipRect();
    if (!where.empty()) {
        ImGui::SameLine(vp->WorkSize.x - whereWidth + 10 * ui.uiScale);
        ImGui::TextDisabled("%s", where.c_str());
    }
    (void)model;
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace app
