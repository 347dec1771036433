// The menu bar (top) and the status bar (bottom).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <functional>
#include <vector>

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
    for (float sc : kUiScales) {
        const std::string label = trf(lang, Text::Percent, {formatNumber(lang, sc * 100, 0)});
        ImGui::SameLine();
        if (ImGui::RadioButton(label.c_str(), ui.uiScale == sc)) {
            ui.uiScale = sc;
            ui.uiScaleChanged = true;
            // The bar is laid out again at the new size: a menu left open would float where it was.
            ImGui::CloseCurrentPopup();
        }
    }
    if (ImGui::MenuItem(tr(lang, Text::Fullscreen), tr(lang, Text::FullscreenKey), ui.fullscreen))
        ui.toggleFullscreen = true;
    ImGui::Separator();
    if (ImGui::MenuItem(tr(lang, Text::KioskMode))) ui.setKiosk = true;
    // The staff code that leaves kiosk mode: typed here, kept only as a salted hash.
    ImGui::TextUnformatted(tr(lang, Text::KioskSetPin));
    ImGui::SetNextItemWidth(8 * ImGui::GetFontSize());
    ImGui::InputText("##kiosk-pin", &ui.pinDraft, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal);
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, Text::Save)) && ui.pinDraft.size() >= 4) {
        ui.newKioskPin = ui.pinDraft;
        ui.pinDraft.clear();
    }
    ImGui::EndMenu();
}

// The application's own menu: help, about, full screen, quit.
void appMenu(UiState& ui) {
    const Language lang = ui.language;
    if (!ImGui::BeginMenu(tr(lang, Text::AppName))) return;
    if (ImGui::MenuItem(tr(lang, Text::HelpPage), tr(lang, Text::HelpKey))) ui.openHelp(HelpTopic::Gestures);
    if (ImGui::MenuItem(tr(lang, Text::AboutApp))) ui.openHelp(HelpTopic::About);
    if (ImGui::MenuItem(tr(lang, Text::Fullscreen), tr(lang, Text::FullscreenKey), ui.fullscreen))
        ui.toggleFullscreen = true;
    ImGui::Separator();
    if (ImGui::MenuItem(tr(lang, Text::Quit), tr(lang, Text::QuitKey))) ui.quit = true;
    ImGui::EndMenu();
}

// One entry of the bar: drawn in the bar when it fits, else in the "Plus" menu.
struct BarEntry {
    const char* label;
    std::function<void()> draw;
};

std::vector<BarEntry> barEntries(UiState& ui) {
    const Language lang = ui.language;
    auto toggle = [lang](Text t, bool& shown) {
        return BarEntry{tr(lang, t), [t, &shown, lang] {
                            if (ImGui::MenuItem(tr(lang, t), nullptr, shown)) shown = !shown;
                        }};
    };
    auto action = [lang](Text t, bool& request) {
        return BarEntry{tr(lang, t), [t, &request, lang] {
                            if (ImGui::MenuItem(tr(lang, t))) request = true;
                        }};
    };
    std::vector<BarEntry> entries;
    entries.push_back(toggle(Text::MenuFind, ui.showFinder));
    entries.push_back(toggle(Text::MenuLayers, ui.showLayers));
    entries.push_back(action(Text::MenuAddLayer, ui.showAddLayer));
    entries.push_back(toggle(Text::MenuSources, ui.showSources));
    entries.push_back({tr(lang, Text::MenuEditing), [&ui, lang] {
                           if (ImGui::MenuItem(tr(lang, Text::MenuEditing), nullptr, ui.edit.active)) {
                               ui.edit.active = !ui.edit.active;
                               ui.reloadListings = true;  // staff see private contacts; the public view hides them
                           }
                       }});
    entries.push_back(action(Text::MenuExportView, ui.showExport));
    entries.push_back(action(Text::FitTerritory, ui.fitHome));
    return entries;
}

// The width an entry takes in the bar (ImGui puts half an item spacing each side of its label).
float barWidth(const char* label) { return ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x * 2; }

void noteItem(std::vector<MenuBarLayout::Item>& items, const char* label) {
    items.push_back({label, ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().x});
}

}  // namespace

std::size_t entriesThatFit(const std::vector<float>& widths, float available) {
    std::size_t n = 0;
    float used = 0;
    while (n < widths.size() && used + widths[n] <= available) used += widths[n++];
    return n;
}

void drawMenuBar(UiState& ui) {
    if (!ImGui::BeginMainMenuBar()) return;
    const Language lang = ui.language;
    MenuBarLayout layout;
    // The app menu, Réglages and Aide always stay in the bar (Réglages is the way back from a size
    // too large); the entries between them go, in order, to a "Plus" menu once the bar is full.
    const auto entries = barEntries(ui);
    std::vector<float> widths;
    for (const auto& e : entries) widths.push_back(barWidth(e.label));
    const float fixed = barWidth(tr(lang, Text::AppName)) + barWidth(tr(lang, Text::MenuSettings)) +
                        barWidth(tr(lang, Text::MenuHelp)) + ImGui::GetStyle().ItemSpacing.x * 2;
    const float available = ImGui::GetMainViewport()->WorkSize.x - fixed;
    std::size_t inBar = entriesThatFit(widths, available);
    if (inBar < entries.size()) inBar = entriesThatFit(widths, available - barWidth(tr(lang, Text::MenuMore)));

    appMenu(ui);
    noteItem(layout.bar, tr(lang, Text::AppName));
    for (std::size_t i = 0; i < inBar; ++i) {
        entries[i].draw();
        noteItem(layout.bar, entries[i].label);
    }
    if (inBar < entries.size()) {
        const bool open = ImGui::BeginMenu(tr(lang, Text::MenuMore));
        noteItem(layout.bar, tr(lang, Text::MenuMore));
        for (std::size_t i = inBar; i < entries.size(); ++i) {
            layout.overflow.push_back(entries[i].label);
            if (open) entries[i].draw();
        }
        if (open) ImGui::EndMenu();
    }
    settingsMenu(ui);
    noteItem(layout.bar, tr(lang, Text::MenuSettings));
    if (ImGui::MenuItem(tr(lang, Text::MenuHelp), nullptr, ui.showHelp)) {
        if (ui.showHelp)
            ui.showHelp = false;
        else
            ui.openHelp(HelpTopic::Gestures);
    }
    noteItem(layout.bar, tr(lang, Text::MenuHelp));
    ui.menuBar = std::move(layout);
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
    } else {
        ImGui::TextDisabled("%s", tr(lang, Text::HelpLine));
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
