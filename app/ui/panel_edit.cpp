// The édition mode: the agencies add, move, edit and delete listings. Saving, deleting and undo
// are requests the window carries out (they touch the store and the map).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "domain/listing.hpp"
#include "ui_state.hpp"

namespace app {

namespace {

template <std::size_t N>
void kindCombo(std::string& kind, const char* const (&kinds)[N]) {
    if (ImGui::BeginCombo("Type", kind.c_str())) {
        for (const char* k : kinds)
            if (ImGui::Selectable(k, kind == k)) kind = k;
        ImGui::EndCombo();
    }
}

void optionalNumber(const char* label, std::optional<double>& v) {
    std::string text = v ? std::to_string(static_cast<long long>(*v)) : "";
    if (ImGui::InputText(label, &text, ImGuiInputTextFlags_CharsDecimal)) {
        if (text.empty())
            v.reset();
        else
            v = std::strtod(text.c_str(), nullptr);
    }
}

void optionalBool(const char* label, std::optional<bool>& v) {
    int state = !v ? 0 : *v ? 1 : 2;
    ImGui::TextUnformatted(label);
    ImGui::SameLine();
    ImGui::PushID(label);
    ImGui::RadioButton("?", &state, 0);
    ImGui::SameLine();
    ImGui::RadioButton("oui", &state, 1);
    ImGui::SameLine();
    ImGui::RadioButton("non", &state, 2);
    ImGui::PopID();
    v = state == 0 ? std::optional<bool>() : std::optional<bool>(state == 1);
}

}  // namespace

void drawEditPanel(UiState& ui, const MapModel& model) {
    EditState& e = ui.edit;
    if (!e.active || !model.scene.territory) return;
    const TerritoryData& t = *model.scene.territory;
    const float s = ui.uiScale;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 390 * s, vp->WorkPos.y + 12 * s), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSizeConstraints(ImVec2(440 * s, 0), ImVec2(440 * s, vp->WorkSize.y - 60 * s));
    if (!ImGui::Begin("Édition des annonces###edit", &e.active, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    ImGui::TextDisabled("Base : %s", t.storeSource.c_str());
    if (ImGui::Button("Nouvelle annonce")) {
        // A blank form at once: the commune comes from a click on the map or from the list.
        e.placing = true;
        Listing blank;
        blank.category = "opportunite";
        blank.kind = "cabinet-vacant";
        e.draft = blank;
    }
    ImGui::SameLine();
    if (ImGui::Button("Recharger")) ui.reloadListings = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Voir les modifications enregistrées par les autres postes");
    ImGui::SameLine();
    if (ImGui::Button("Annuler (Ctrl+Z)")) ui.undoEdit = true;
    if (e.placing) ImGui::TextColored(ImVec4(0.1f, 0.4f, 0.7f, 1), "Cliquez sur la carte pour placer l'annonce.");
    ImGui::TextDisabled("Glisser une annonce sur la carte la déplace.");
    if (!e.message.empty())
        ImGui::TextColored(e.messageIsError ? ImVec4(0.75f, 0.1f, 0.1f, 1) : ImVec4(0.1f, 0.5f, 0.2f, 1), "%s",
                           e.message.c_str());

    if (e.draft) {
        Listing& d = *e.draft;
        ImGui::Separator();
        ImGui::Text(d.fid < 0 ? "Nouvelle annonce" : "Annonce n° %lld (version %lld)", static_cast<long long>(d.fid),
                    static_cast<long long>(d.version));
        if (ImGui::BeginCombo("Catégorie", d.category.c_str())) {
            for (const char* c : kListingCategories)
                if (ImGui::Selectable(c, d.category == c)) d.category = c;
            ImGui::EndCombo();
        }
        if (d.category == "opportunite") kindCombo(d.kind, kOpportunityKinds);
        else if (d.category == "structure") kindCombo(d.kind, kStructureKinds);
        else if (d.category == "logement") kindCombo(d.kind, kHousingKinds);
        else ImGui::InputText("Type", &d.kind);
        ImGui::InputText("Titre", &d.title);
        std::string who;
        for (const auto& c : d.professions) who += (who.empty() ? "" : ", ") + c;
        if (ImGui::BeginCombo("Professions", who.empty() ? "toutes" : who.c_str())) {
            for (const auto& p : t.aid.professions.professions) {
                bool on = std::find(d.professions.begin(), d.professions.end(), p.code) != d.professions.end();
                if (ImGui::Checkbox(p.label.c_str(), &on)) {
                    if (on)
                        d.professions.push_back(p.code);
                    else
                        d.professions.erase(std::find(d.professions.begin(), d.professions.end(), p.code));
                }
            }
            ImGui::EndCombo();
        }
        if (d.communeCode.empty())
            ImGui::TextUnformatted("Commune : cliquez sur la carte, ou choisissez-la ci-dessous");
        else
            ImGui::Text("Commune : %s (%s)%s", d.communeName.c_str(), d.communeCode.c_str(),
                        d.atCommuneCentre ? " — centre de la commune" : "");
        // Choosing a commune by name places the listing at its centre.
        ImGui::InputTextWithHint("##commune", "Choisir une commune…", &e.communeQuery);
        if (!e.communeQuery.empty()) {
            for (const auto& hit : model.search.search(e.communeQuery, 12)) {
                const SearchTarget& target = model.targets[hit.id];
                if (target.kind != "commune") continue;
                const auto& table = model.layers[target.ref.layer].data.layer.table;
                const auto codeCol = table.fieldIndex("code_insee");
                if (!codeCol) continue;
                const std::string code = geo::toText(table.at(target.ref.feature, *codeCol));
                if (ImGui::Selectable((target.name + " (" + code + ")").c_str())) {
                    if (auto row = t.aid.communes.row(code)) {
                        d.communeCode = t.aid.communes.text(*row, "code");
                        d.communeName = t.aid.communes.text(*row, "nom");
                        auto lon = t.aid.communes.number(*row, "lon"), lat = t.aid.communes.number(*row, "lat");
                        if (lon && lat) d.lonLat = {*lon, *lat};
                        d.atCommuneCentre = true;
                        e.placing = false;
                    }
                    e.communeQuery.clear();
                    break;
                }
            }
        }
        ImGui::InputTextWithHint("Début", "AAAA-MM-JJ", &d.startDate);
        ImGui::InputTextMultiline("Description", &d.description, ImVec2(0, 70 * s));
        ImGui::InputText("Contact", &d.contactName);
        ImGui::InputText("Téléphone", &d.contactPhone);
        ImGui::InputText("Courriel", &d.contactEmail);
        ImGui::Checkbox("Contact visible du public et dans les exports", &d.contactPublic);
        if (d.category == "logement") {
            std::optional<double> cap = d.capacity ? std::optional<double>(static_cast<double>(*d.capacity)) : std::nullopt;
            optionalNumber("Places", cap);
            d.capacity = cap ? std::optional<std::int64_t>(static_cast<std::int64_t>(*cap)) : std::nullopt;
            optionalNumber("Loyer min (€/mois)", d.priceMinEur);
            optionalNumber("Loyer max (€/mois)", d.priceMaxEur);
            optionalBool("Meublé", d.furnished);
            optionalBool("Véhicule prêté", d.vehicle);
            ImGui::InputTextWithHint("Semestres", "2026-S1|2026-S2", &d.semesters);
        }
        if (d.category == "stage") {
            ImGui::InputText("Service", &d.service);
            ImGui::InputText("Maître de stage", &d.supervisor);
        }
        ImGui::Checkbox("Fiche d'exemple (démonstration)", &d.demo);
        auto problems = validateListing(d);
        if (d.communeCode.empty()) problems.push_back("la commune n'est pas choisie");
        for (const auto& p : problems) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "• %s", p.c_str());
        ImGui::BeginDisabled(!problems.empty());
        if (ImGui::Button("Enregistrer")) ui.saveDraft = true;
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button("Fermer le formulaire")) e.draft.reset();
        if (e.draft && e.draft->fid >= 0) {
            ImGui::SameLine();
            if (ImGui::Button("Supprimer…")) ImGui::OpenPopup("confirm-delete");
        }
        if (ImGui::BeginPopupModal("confirm-delete", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
            ImGui::Text("Supprimer « %s » ?", e.draft ? e.draft->title.c_str() : "");
            ImGui::TextDisabled("Vous pourrez annuler avec Ctrl+Z.");
            if (ImGui::Button("Supprimer")) {
                ui.deleteDraft = true;
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (ImGui::Button("Garder")) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
    }
    ImGui::End();
}

}  // namespace app
