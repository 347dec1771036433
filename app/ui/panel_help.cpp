// The help window: the gestures, what each colour of the map means (the legend of what is shown,
// then what the indicators and markers stand for), the sources and the version. Opened by "Aide"
// and by the SantéMap menu; written for a first-time visitor at a booth.
#include <imgui.h>

#include "map/map_furniture.hpp"
#include "ui_state.hpp"
#include "widgets.hpp"

namespace app {

namespace {

const ImVec4 kHeading(0.12f, 0.31f, 0.47f, 1);

ImVec4 toImGui(render::Rgba c) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, c.a / 255.0f); }

// A tab that the menus can bring to the front.
bool topicTab(UiState& ui, HelpTopic topic, Text label) {
    const bool chosen = ui.helpTopicChosen && ui.helpTopic == topic;
    return ImGui::BeginTabItem(tr(ui.language, label), nullptr, chosen ? ImGuiTabItemFlags_SetSelected : 0);
}

void twoColumns(const char* id, const std::vector<std::pair<Text, Text>>& rows, Language lang) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    for (const auto& [what, effect] : rows) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextWrapped("%s", tr(lang, what));
        ImGui::TableSetColumnIndex(1);
        ImGui::TextWrapped("%s", tr(lang, effect));
    }
    ImGui::EndTable();
}

void gestures(Language lang) {
    twoColumns("gestures",
               {{Text::GestureDrag, Text::GestureDragDoes},
                {Text::GestureZoom, Text::GestureZoomDoes},
                {Text::GestureDoubleClick, Text::GestureDoubleClickDoes},
                {Text::GestureClick, Text::GestureClickDoes},
                {Text::GestureCluster, Text::GestureClusterDoes},
                {Text::GestureHome, Text::GestureHomeDoes},
                {Text::GestureLegend, Text::GestureLegendDoes},
                {Text::GestureEscape, Text::GestureEscapeDoes},
                {Text::GestureFullscreen, Text::GestureFullscreenDoes}},
               lang);
}

// The legend rows of what the map shows now, with their swatches, then what they stand for.
void colours(const MapModel& model, Language lang) {
    ImGui::TextWrapped("%s", tr(lang, Text::HelpColoursIntro));
    const float sw = ImGui::GetFontSize();
    for (const LegendRow& r : legendRows(model.scene, model.layers)) {
        if (r.heading) {
            ImGui::Spacing();
            ImGui::TextColored(kHeading, "%s", r.text.c_str());
            continue;
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        auto* dl = ImGui::GetWindowDrawList();
        const render::Rgba fill = r.swatch.value_or(model.scene.background);
        if (r.hatch) {  // lines of the zone's colour on white, as on the map
            dl->AddRectFilled(p, ImVec2(p.x + sw, p.y + sw * 0.8f), IM_COL32_WHITE);
            dl->PushClipRect(p, ImVec2(p.x + sw, p.y + sw * 0.8f), true);
            for (float d = -sw; d < sw; d += sw / 3)
                dl->AddLine(
                    ImVec2(p.x + d, p.y), ImVec2(p.x + d + sw, p.y + sw), ImGui::GetColorU32(toImGui(fill)), 1.5f);
            dl->PopClipRect();
        } else if (r.marker) {  // as the map's legend draws a marker
            dl->AddRectFilled(ImVec2(p.x + sw * 0.2f, p.y + sw * 0.1f),
                              ImVec2(p.x + sw * 0.8f, p.y + sw * 0.7f),
                              ImGui::GetColorU32(toImGui(fill)));
        } else {
            dl->AddRectFilled(p, ImVec2(p.x + sw, p.y + sw * 0.8f), ImGui::GetColorU32(toImGui(fill)));
            if (r.border) dl->AddRect(p, ImVec2(p.x + sw, p.y + sw * 0.8f), ImGui::GetColorU32(toImGui(*r.border)));
        }
        ImGui::Dummy(ImVec2(sw, sw));
        ImGui::SameLine();
        ImGui::TextUnformatted(r.text.c_str());
    }
    ImGui::Spacing();
    ImGui::TextColored(kHeading, "%s", tr(lang, Text::HelpIndicatorsHeading));
    ImGui::TextWrapped("%s", tr(lang, Text::HelpApl));
    ImGui::TextWrapped("%s", tr(lang, Text::HelpZoning));
    ImGui::TextWrapped("%s", tr(lang, Text::HelpClusters));
    ImGui::TextWrapped("%s", tr(lang, Text::HelpDemo));
}

void sources(UiState& ui, const MapModel& model) {
    const Language lang = ui.language;
    ImGui::TextWrapped("%s", tr(lang, Text::HelpSourcesIntro));
    for (const std::string& a : attributions(model.scene, model.layers)) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", a.c_str());
    }
    if (ImGui::Button(tr(lang, Text::HelpOpenSources))) ui.showSources = true;
}

void about(const UiState& ui) {
    const Language lang = ui.language;
    ImGui::TextUnformatted(trf(lang, Text::AboutVersion, {SANTEMAP_VERSION}).c_str());
    ImGui::TextWrapped("%s", tr(lang, Text::AboutWhat));
    ImGui::TextWrapped("%s", tr(lang, Text::AboutDemo));
    if (!ui.about.libraries.empty())
        ImGui::TextDisabled("%s", trf(lang, Text::AboutLibraries, {ui.about.libraries}).c_str());
    if (!ui.about.renderer.empty())
        ImGui::TextDisabled("%s", trf(lang, Text::AboutRenderer, {ui.about.renderer}).c_str());
}

}  // namespace

void drawHelpPanel(UiState& ui, const MapModel& model) {
    if (!ui.showHelp) return;
    const Language lang = ui.language;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(40 * ImGui::GetFontSize(), vp->WorkSize.x * 0.9f);
    const float height = std::min(32 * ImGui::GetFontSize(), vp->WorkSize.y * 0.85f);
    ImGui::SetNextWindowSize(ImVec2(width, height), ImGuiCond_Appearing);
    centreNextWindow(ImGuiCond_Appearing);
    const std::string title = std::string(tr(lang, Text::HelpTitle)) + "###help";
    if (ImGui::Begin(title.c_str(), &ui.showHelp) && ImGui::BeginTabBar("topics")) {
        if (topicTab(ui, HelpTopic::Gestures, Text::HelpGestures)) {
            gestures(lang);
            ImGui::EndTabItem();
        }
        if (topicTab(ui, HelpTopic::Colours, Text::HelpColours)) {
            colours(model, lang);
            ImGui::EndTabItem();
        }
        if (topicTab(ui, HelpTopic::Sources, Text::MenuSources)) {
            sources(ui, model);
            ImGui::EndTabItem();
        }
        if (topicTab(ui, HelpTopic::About, Text::AboutApp)) {
            about(ui);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
    ui.helpTopicChosen = false;
}

}  // namespace app
