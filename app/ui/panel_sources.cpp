// "Sources": the provenance of every layer shown (source, vintage, licence, address), so that a
// planner can cite the map and a visitor can see where each figure comes from.
#include <imgui.h>

#include "domain/territory.hpp"
#include "ui_state.hpp"

namespace app {

void drawSourcesPanel(UiState& ui, const MapModel& model) {
    if (!ui.showSources) return;
    const float s = ui.uiScale;
    ImGui::SetNextWindowSize(ImVec2(560 * s, 420 * s), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Sources des données###sources", &ui.showSources)) {
        ImGui::End();
        return;
    }
    ImGui::TextWrapped("Couches affichées et origine de leurs données. Les fiches « exemple » sont des "
                       "démonstrations, jamais des offres réelles.");
    for (const auto& layer : model.layers) {
        if (!layer.view.shown) continue;
        ImGui::Spacing();
        ImGui::TextColored(ImVec4(0.12f, 0.31f, 0.47f, 1), "%s", layer.name().c_str());
        ImGui::Separator();
        const CatalogueLayer* entry =
            model.scene.territory && !layer.spec.catalogueId.empty()
                ? model.scene.territory->catalogue.find(layer.spec.catalogueId)
                : nullptr;
        if (!entry) {
            ImGui::TextWrapped("Fichier ajouté : %s", layer.spec.resolvedSource.empty() ? layer.spec.source.c_str()
                                                                                        : layer.spec.resolvedSource.c_str());
            continue;
        }
        for (const auto& p : entry->provenance) {
            ImGui::BulletText("%s", p.source.c_str());
            ImGui::Indent();
            ImGui::TextDisabled("%s · %s", p.vintage.c_str(), p.licence.c_str());
            ImGui::TextDisabled("%s", p.url.c_str());
            ImGui::Unindent();
        }
        if (!entry->note.empty()) ImGui::TextWrapped("%s", entry->note.c_str());
    }
    if (model.scene.territory && !model.scene.territory->dataPack.empty()) {
        ImGui::Spacing();
        ImGui::TextColored(ImVec4(0.12f, 0.31f, 0.47f, 1), "Données publiques embarquées (data/public-data.gpkg)");
        ImGui::Separator();
        ImGui::TextWrapped("Copiées sans modification des jeux ouverts ci-dessous (Licence Ouverte : citer la source).");
        for (const auto& t : model.scene.territory->dataPack) {
            ImGui::BulletText("%s — %s", t.table.c_str(), t.provenance.source.c_str());
            ImGui::Indent();
            ImGui::TextDisabled("%s · %s", t.provenance.vintage.c_str(), t.provenance.licence.c_str());
            ImGui::TextDisabled("%s", t.provenance.url.c_str());
            if (!t.selection.empty()) ImGui::TextDisabled("%s", t.selection.c_str());
            ImGui::Unindent();
        }
    }
    ImGui::End();
}

}  // namespace app
