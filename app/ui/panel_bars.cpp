// The menu bar (top) and the status bar (bottom).
#include <imgui.h>

#include "domain/number_format.hpp"
#include "ui_state.hpp"

namespace app {

namespace {

void settingsMenu(UiState& ui) {
    const Language lang = ui.language;
    if (!ImGui::BeginMenu(tr(lang, Text::MenuSettings))) return;
    ImGui::TextUnformatted(tr(lang, Text::LanguageLabel));
    if (ImGui::RadioButton(tr(lang, Text::LanguageFrench), lang == Language::French)) ui.language = Language::French;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(lang, Text::LanguageEnglish), lang == Language::English)) ui.language = Language::English;
    ImGui::TextUnformatted(tr(lang, Text::UiScale));
    for (float sc : {1.0f, 1.25f, 1.5f, 2.0f}) {
        const std::string label = trf(lang, Text::Percent, {formatNumber(lang, sc * 100, 0)});
        ImGui::SameLine();
        if (ImGui::RadioButton(label.c_str(), ui.uiScale == sc)) {
            ui.uiScale = sc;
            ui.uiScaleChanged = true;
        }
    }
    if (ImGui::MenuItem(tr(lang, Text::Fullscreen), tr(lang, Text::FullscreenKey), ui.fullscreen))
        ui.toggleFullscreen = true;
    ImGui::EndMenu();
}

}  // namespace

void drawMenuBar(UiState& ui) {
    if (!ImGui::BeginMainMenuBar()) return;
    const Language lang = ui.language;
    ImGui::TextUnformatted(tr(lang, Text::AppName));
    ImGui::Separator();
    if (ImGui::MenuItem(tr(lang, Text::MenuFind), nullptr, ui.showFinder)) ui.showFinder = !ui.showFinder;
    if (ImGui::MenuItem(tr(lang, Text::MenuLayers), nullptr, ui.showLayers)) ui.showLayers = !ui.showLayers;
    if (ImGui::MenuItem(tr(lang, Text::MenuAddLayer))) ui.showAddLayer = true;
    if (ImGui::MenuItem(tr(lang, Text::MenuSources), nullptr, ui.showSources)) ui.showSources = !ui.showSources;
    if (ImGui::MenuItem(tr(lang, Text::MenuEditing), nullptr, ui.edit.active)) {
        ui.edit.active = !ui.edit.active;
        ui.reloadListings = true;  // staff see private contacts; the public view hides them again
    }
    if (ImGui::MenuItem(tr(lang, Text::MenuExportView))) ui.showExport = true;
    if (ImGui::MenuItem(tr(lang, Text::FitTerritory))) ui.fitHome = true;
    settingsMenu(ui);
    if (ImGui::MenuItem(tr(lang, Text::MenuHelp), nullptr, ui.showHelp)) ui.showHelp = !ui.showHelp;
    ImGui::EndMainMenuBar();
}

void drawStatusBar(UiState& ui, const MapModel& model) {
    const Language lang = ui.language;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float h = ImGui::GetFrameHeight() + 6 * ui.uiScale;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - h));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("##status",
                 nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    // Coordinates and scale on the right; messages on the left, clipped before them.
    std::string where;
    if (ui.cursorLonLat) {
        where = trf(lang,
                    Text::CursorPosition,
                    {formatNumber(lang, ui.cursorLonLat->x, 4), formatNumber(lang, ui.cursorLonLat->y, 4)});
        if (ui.scaleDenominator > 0)
            where += "   " + trf(lang, Text::ScaleRatio, {formatNumber(lang, ui.scaleDenominator, 0)});
    }
    const float whereWidth = where.empty() ? 0 : ImGui::CalcTextSize(where.c_str()).x + 20 * ui.uiScale;
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(),
                        ImVec2(vp->WorkPos.x + vp->WorkSize.x - whereWidth, vp->WorkPos.y + vp->WorkSize.y),
                        true);
    if (ui.load.loading) {
        ImGui::TextUnformatted(trf(lang, Text::LoadingWhat, {ui.load.stage.in(lang)}).c_str());
    } else if (!ui.load.error.empty()) {
        ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", trf(lang, Text::LoadFailedWhy, {ui.load.error}).c_str());
    } else if (!ui.status.empty()) {
        ImGui::TextUnformatted(ui.status.c_str());
    } else if (ui.showHelp) {
        ImGui::TextDisabled("%s", tr(lang, Text::HelpLine));
    } else {
        ImGui::TextUnformatted(tr(lang, Text::Ready));
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
