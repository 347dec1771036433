// The details sheet of the selected feature, on the right, and the tooltip under the cursor.
#include <imgui.h>

#include <algorithm>

#include "data_label.hpp"

#include "ui_state.hpp"
#include "widgets.hpp"

namespace app {

void drawDetailsPanel(UiState& ui, const MapModel& model) {
    if (!ui.selected || ui.selected->layer >= model.layers.size()) return;
    if (drawTerritorySheet(ui, model)) return;
    const Language lang = ui.language;
    const float s = ui.uiScale;
    // Where the territory's sheets go (top right, at most 45 % of the screen), inside the screen at
    // every interface size.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(380 * s, vp->WorkSize.x * 0.45f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width - 12 * s, vp->WorkPos.y + 12 * s),
                            ImGuiCond_Appearing);
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y - 60 * s));
    bool open = true;
    const std::string title = dataLabel(model.nameOf(*ui.selected, lang)) + "###details";
    if (beginTitledWindow(title.c_str(), &open, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", model.layers[ui.selected->layer].name(lang).c_str());
        ImGui::PopStyleColor();
        if (ImGui::BeginTable("attributes", 2, ImGuiTableFlags_RowBg, ImVec2(ImGui::GetContentRegionAvail().x, 0))) {
            ImGui::TableSetupColumn(
                "label", ImGuiTableColumnFlags_WidthFixed, 0.38f * ImGui::GetContentRegionAvail().x);
            ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
            for (const auto& [field, label, value] : model.describe(*ui.selected, lang)) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                ImGui::TextWrapped("%s", label.c_str());
                ImGui::PopStyleColor();
                ImGui::TableSetColumnIndex(1);
                ImGui::TextWrapped("%s", value.c_str());
            }
            ImGui::EndTable();
        }
        const MapLayer& layer = model.layers[ui.selected->layer];
        // A hospital, a clinic or a maison de santé: a student's placement may be there (their
        // sources are in WGS 84).
        const bool placementPlace = layer.spec.catalogueId == kHospitalsLayer || layer.spec.catalogueId == kMspLayer;
        if (placementPlace && model.scene.territory && ImGui::Button(tr(lang, Text::StageHere))) {
            auto site =
                siteAtPoint(*model.scene.territory, layer.data.layer.geometry.firstVertex(ui.selected->feature));
            if (site) {
                site->name = model.nameOf(*ui.selected, lang);
                setStageSite(ui, *site);
            }
        }
        if (ImGui::Button(tr(lang, Text::Zoom))) ui.flyTo = ui.selected;
        ImGui::SameLine();
        if (ImGui::Button(tr(lang, Text::Close))) open = false;
    }
    ui.covered.right = ImGui::GetWindowPos().x;
    ImGui::End();
    if (!open) ui.selected.reset();
}

void drawChoicesPanel(UiState& ui, const MapModel& model) {
    if (ui.choices.empty()) return;
    const Language lang = ui.language;
    const float s = ui.uiScale;
    // Beside the tap, towards the middle of the screen so that the list stays on it.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 at(static_cast<float>(ui.choicesAt.x), static_cast<float>(ui.choicesAt.y));
    const ImVec2 pivot(at.x > vp->WorkPos.x + vp->WorkSize.x * 0.6f ? 1.0f : 0.0f,
                       at.y > vp->WorkPos.y + vp->WorkSize.y * 0.6f ? 1.0f : 0.0f);
    ImGui::SetNextWindowPos(at, ImGuiCond_Appearing, pivot);
    bool open = true;
    const std::string title = trf(lang, Text::SamePlace, {std::to_string(ui.choices.size())}) + "###choices";
    if (beginTitledWindow(
            title.c_str(),
            &open,
            ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
        for (std::size_t k = 0; k < ui.choices.size(); ++k) {
            const FeatureRef ref = ui.choices[k];
            if (ref.layer >= model.layers.size()) continue;
            ImGui::PushID(static_cast<int>(k));
            // Finger-sized rows, as the search results.
            if (ImGui::Selectable(dataLabel(model.nameOf(ref, lang)).c_str(), false, 0, ImVec2(0, 30 * s))) {
                ui.selected = ref;
                open = false;
            }
            ImGui::PopID();
        }
    }
    ImGui::End();
    if (!open) ui.choices.clear();
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
