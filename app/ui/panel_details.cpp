// The details sheet of the selected feature, on the right, and the tooltip under the cursor.
#include <imgui.h>

#include "ui_state.hpp"

namespace app {

void drawDetailsPanel(UiState& ui, const MapModel& model) {
    if (!ui.selected || ui.selected->layer >= model.layers.size()) return;
    if (drawTerritorySheet(ui, model)) return;
    const Language lang = ui.language;
    const float s = ui.uiScale;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 372 * s, vp->WorkPos.y + 220 * s),
                            ImGuiCond_Appearing);
    bool open = true;
    const std::string title = model.nameOf(*ui.selected, lang) + "###details";
    if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextDisabled("%s", model.layers[ui.selected->layer].name(lang).c_str());
        if (ImGui::BeginTable("attributes", 2, ImGuiTableFlags_RowBg, ImVec2(360 * s, 0))) {
            ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, 140 * s);
            ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
            for (const auto& [field, label, value] : model.describe(*ui.selected, lang)) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextDisabled("%s", label.c_str());
                ImGui::TableSetColumnIndex(1);
                ImGui::TextWrapped("%s", value.c_str());
            }
            ImGui::EndTable();
        }
        if (ImGui::Button(tr(lang, Text::Zoom))) ui.flyTo = ui.selected;
        ImGui::SameLine();
        if (ImGui::Button(tr(lang, Text::Close))) open = false;
    }
    ImGui::End();
    if (!open) ui.selected.reset();
}

void drawHoverTooltip(const UiState& ui, const MapModel& model) {
    if (!ui.hovered) return;
    const Language lang = ui.language;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(model.nameOf(*ui.hovered, lang).c_str());
    const auto& table = model.layers[ui.hovered->layer].data.layer.table;
    if (auto demo = table.fieldIndex("exemple"); demo && geo::toText(table.at(ui.hovered->feature, *demo)) == "oui")
        ImGui::TextColored(ImVec4(0.85f, 0.45f, 0.05f, 1), "%s", tr(lang, Text::DemoNotReal));
    if (auto zone = table.fieldIndex("zonage_mg")) {
        const std::string z = geo::toText(table.at(ui.hovered->feature, *zone));
        if (!z.empty()) ImGui::TextUnformatted(trf(lang, Text::TooltipZoning, {z}).c_str());
    }
    for (const auto& [field, label, value] : model.describe(*ui.hovered, lang))
        if (field == "population" || field == "facility_type" || field == "city")
            ImGui::TextUnformatted(trf(lang, Text::LabelValue, {label, value}).c_str());
    ImGui::EndTooltip();
}

}  // namespace app
