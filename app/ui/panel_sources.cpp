// "Sources": the provenance of every layer shown (source, vintage, licence, address) and of the
// data pack's tables, so that a planner can cite the map and a visitor can see where each figure
// comes from.
#include <imgui.h>

#include "domain/territory.hpp"
#include "ui_state.hpp"

namespace app {

namespace {

const ImVec4 kHeading(0.12f, 0.31f, 0.47f, 1);

// Long sources, URLs and selections wrap at the panel's edge instead of running past it.
void bulletWrapped(const std::string& text) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", text.c_str());
}

void mutedWrapped(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void provenanceLines(const Provenance& p) {
    ImGui::Indent();
    mutedWrapped(p.vintage + " · " + p.licence);
    mutedWrapped(p.url);
    ImGui::Unindent();
}

void layerSources(const MapLayer& layer, const MapModel& model, Language lang) {
    ImGui::Spacing();
    ImGui::TextColored(kHeading, "%s", layer.name(lang).c_str());
    ImGui::Separator();
    const CatalogueLayer* entry = model.scene.territory && !layer.spec.catalogueId.empty()
                                      ? model.scene.territory->catalogue.find(layer.spec.catalogueId)
                                      : nullptr;
    if (!entry) {
        const std::string& file = layer.spec.resolvedSource.empty() ? layer.spec.source : layer.spec.resolvedSource;
        ImGui::TextWrapped("%s", trf(lang, Text::AddedFile, {file}).c_str());
        return;
    }
    for (const auto& p : entry->provenance) {
        bulletWrapped(p.source);
        provenanceLines(p);
    }
    if (!entry->note.empty()) ImGui::TextWrapped("%s", entry->note.in(lang).c_str());
}

void dataPackSources(const TerritoryData& t, Language lang) {
    ImGui::Spacing();
    ImGui::TextColored(kHeading, "%s", tr(lang, Text::DataPackHeading));
    ImGui::Separator();
    ImGui::TextWrapped("%s", tr(lang, Text::DataPackNote));
    for (const auto& table : t.dataPack) {
        bulletWrapped(trf(lang, Text::PlaceDistance, {table.table, table.provenance.source}));
        provenanceLines(table.provenance);
        if (!table.selection.empty()) {
            ImGui::Indent();
            mutedWrapped(table.selection.in(lang));
            ImGui::Unindent();
        }
    }
}

}  // namespace

void drawSourcesPanel(UiState& ui, const MapModel& model) {
    if (!ui.showSources) return;
    const Language lang = ui.language;
    const float s = ui.uiScale;
    ImGui::SetNextWindowSize(ImVec2(560 * s, 420 * s), ImGuiCond_FirstUseEver);
    const std::string title = std::string(tr(lang, Text::SourcesTitle)) + "###sources";
    if (!ImGui::Begin(title.c_str(), &ui.showSources)) {
        ImGui::End();
        return;
    }
    ImGui::TextWrapped("%s", tr(lang, Text::SourcesIntro));
    for (const auto& layer : model.layers)
        if (layer.view.shown) layerSources(layer, model, lang);
    if (model.scene.territory && !model.scene.territory->dataPack.empty())
        dataPackSources(*model.scene.territory, lang);
    ImGui::End();
}

}  // namespace app
