// The édition mode: the agencies add, move, edit and delete listings. Saving, deleting and undo
// are requests the window carries out (they touch the store and the map).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "data_label.hpp"
#include "domain/listing.hpp"
#include "ui_state.hpp"

namespace app {

namespace {

template <std::size_t N>
void kindCombo(Language lang, std::string& kind, const char* const (&kinds)[N]) {
    if (ImGui::BeginCombo(tr(lang, Text::Kind), dataLabel(kind).c_str())) {
        for (const char* k : kinds)
            if (ImGui::Selectable(k, kind == k)) kind = k;
        ImGui::EndCombo();
    }
}

// A number field that takes only what the quantity can be (the same limits as the import): typed
// text beyond them is not taken. Shown as written back (350.5 stays 350.5).
void optionalNumber(const char* label, std::optional<double>& v, const geo::NumberLimits& limits) {
    std::string text = v ? geo::numberText(*v) : "";
    if (ImGui::InputText(label, &text, ImGuiInputTextFlags_CharsDecimal)) {
        double parsed = 0;
        if (text.empty())
            v.reset();
        else if (geo::readNumber(text, limits, parsed) == geo::NumberIssue::None)
            v = parsed;
    }
}

void optionalBool(Language lang, const char* label, std::optional<bool>& v) {
    int state = !v ? 0 : *v ? 1 : 2;
    ImGui::TextUnformatted(label);
    ImGui::SameLine();
    ImGui::PushID(label);
    ImGui::RadioButton(tr(lang, Text::Unknown), &state, 0);
    ImGui::SameLine();
    ImGui::RadioButton(tr(lang, Text::Yes), &state, 1);
    ImGui::SameLine();
    ImGui::RadioButton(tr(lang, Text::No), &state, 2);
    ImGui::PopID();
    v = state == 0 ? std::optional<bool>() : std::optional<bool>(state == 1);
}

// The buttons above the form, the hint of the moment and the last result.
void toolbar(UiState& ui, const TerritoryData& t) {
    const Language lang = ui.language;
    EditState& e = ui.edit;
    ImGui::TextDisabled("%s", trf(lang, Text::StoreIs, {t.storeSource}).c_str());
    if (ImGui::Button(tr(lang, Text::NewListing))) {
        // A blank form at once: the commune comes from a click on the map or from the list.
        e.placing = true;
        Listing blank;
        blank.category = "opportunite";
        blank.kind = "cabinet-vacant";
        e.draft = blank;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, Text::Reload))) ui.reloadListings = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(lang, Text::ReloadTooltip));
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, Text::UndoButton))) ui.undoEdit = true;
    if (e.placing) ImGui::TextColored(ImVec4(0.1f, 0.4f, 0.7f, 1), "%s", tr(lang, Text::ClickToPlace));
    ImGui::TextDisabled("%s", tr(lang, Text::DragToMove));
    if (!e.message.empty())
        ImGui::TextColored(
            e.messageIsError ? ImVec4(0.75f, 0.1f, 0.1f, 1) : ImVec4(0.1f, 0.5f, 0.2f, 1), "%s", e.message.c_str());
}

void categoryAndKind(Language lang, Listing& d) {
    if (ImGui::BeginCombo(tr(lang, Text::Category), tr(lang, categoryText(d.category)))) {
        for (const char* c : kListingCategories)
            if (ImGui::Selectable(tr(lang, categoryText(c)), d.category == c)) d.category = c;
        ImGui::EndCombo();
    }
    if (d.category == "opportunite")
        kindCombo(lang, d.kind, kOpportunityKinds);
    else if (d.category == "structure")
        kindCombo(lang, d.kind, kStructureKinds);
    else if (d.category == "logement")
        kindCombo(lang, d.kind, kHousingKinds);
    else
        ImGui::InputText(tr(lang, Text::Kind), &d.kind);
}

void professionsCombo(Language lang, const TerritoryData& t, Listing& d) {
    std::string who;
    for (const auto& c : d.professions) who += (who.empty() ? "" : ", ") + c;
    if (!ImGui::BeginCombo(tr(lang, Text::Professions), who.empty() ? tr(lang, Text::AllProfessions) : who.c_str()))
        return;
    for (const auto& p : t.aid.professions.professions) {
        bool on = std::find(d.professions.begin(), d.professions.end(), p.code) != d.professions.end();
        if (ImGui::Checkbox(p.label.in(lang).c_str(), &on)) {
            if (on)
                d.professions.push_back(p.code);
            else
                d.professions.erase(std::find(d.professions.begin(), d.professions.end(), p.code));
        }
    }
    ImGui::EndCombo();
}

// The commune: from a click on the map, or chosen by name (the listing goes to its centre).
void communeChoice(UiState& ui, const MapModel& model, Listing& d) {
    const Language lang = ui.language;
    const TerritoryData& t = *model.scene.territory;
    EditState& e = ui.edit;
    if (d.communeCode.empty())
        ImGui::TextUnformatted(tr(lang, Text::CommuneHowToChoose));
    else
        ImGui::TextUnformatted(
            trf(lang, d.atCommuneCentre ? Text::CommuneAtCentre : Text::CommuneIs, {d.communeName, d.communeCode})
                .c_str());
    ImGui::InputTextWithHint("##commune", tr(lang, Text::ChooseCommune), &e.communeQuery);
    if (e.communeQuery.empty()) return;
    for (const auto& hit : model.search.search(e.communeQuery, 12)) {
        const SearchTarget& target = model.targets[hit.id];
        if (target.kind != Text::KindCommune) continue;
        const auto& table = model.layers[target.ref.layer].data.layer.table;
        const auto codeCol = table.fieldIndex("code_insee");
        if (!codeCol) continue;
        const std::string code = geo::toText(table.at(target.ref.feature, *codeCol));
        if (!ImGui::Selectable(trf(lang, Text::NameAndCode, {target.name, code}).c_str())) continue;
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

void detailFields(Language lang, Listing& d, float s) {
    ImGui::InputTextWithHint(tr(lang, Text::StartDate), tr(lang, Text::DateHint), &d.startDate);
    ImGui::InputTextMultiline(tr(lang, Text::Description), &d.description, ImVec2(0, 70 * s));
    ImGui::InputText(tr(lang, Text::Contact), &d.contactName);
    ImGui::InputText(tr(lang, Text::Telephone), &d.contactPhone);
    ImGui::InputText(tr(lang, Text::Email), &d.contactEmail);
    ImGui::Checkbox(tr(lang, Text::ContactIsPublic), &d.contactPublic);
    if (d.category == "logement") {
        std::optional<double> cap = d.capacity ? std::optional<double>(static_cast<double>(*d.capacity)) : std::nullopt;
        optionalNumber(tr(lang, Text::Places), cap, kListingCapacity);
        // Whole and within kListingCapacity: the conversion is exact.
        d.capacity = cap ? std::optional<std::int64_t>(static_cast<std::int64_t>(*cap)) : std::nullopt;
        optionalNumber(tr(lang, Text::RentMin), d.priceMinEur, kListingRent);
        optionalNumber(tr(lang, Text::RentMax), d.priceMaxEur, kListingRent);
        optionalBool(lang, tr(lang, Text::Furnished), d.furnished);
        optionalBool(lang, tr(lang, Text::VehicleLent), d.vehicle);
        ImGui::InputTextWithHint(tr(lang, Text::Semesters), tr(lang, Text::SemestersHint), &d.semesters);
    }
    if (d.category == "stage") {
        ImGui::InputText(tr(lang, Text::Service), &d.service);
        ImGui::InputText(tr(lang, Text::Supervisor), &d.supervisor);
    }
    ImGui::Checkbox(tr(lang, Text::DemoRecord), &d.demo);
}

// What forbids saving, then Enregistrer, Fermer, Supprimer… with its confirmation.
void formButtons(UiState& ui, const Listing& d) {
    const Language lang = ui.language;
    EditState& e = ui.edit;
    auto problems = validateListing(d, lang);
    if (d.communeCode.empty()) problems.push_back(tr(lang, Text::CommuneNotChosen));
    for (const auto& p : problems) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "• %s", p.c_str());
    ImGui::BeginDisabled(!problems.empty());
    if (ImGui::Button(tr(lang, Text::Save))) ui.saveDraft = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, Text::CloseForm))) e.draft.reset();
    if (e.draft && e.draft->fid >= 0) {
        ImGui::SameLine();
        if (ImGui::Button(tr(lang, Text::DeleteEllipsis))) ImGui::OpenPopup("confirm-delete");
    }
    if (ImGui::BeginPopupModal("confirm-delete", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(trf(lang, Text::DeleteQuestion, {e.draft ? e.draft->title : ""}).c_str());
        ImGui::TextDisabled("%s", tr(lang, Text::DeleteCanUndo));
        if (ImGui::Button(tr(lang, Text::Delete))) {
            ui.deleteDraft = true;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(lang, Text::Keep))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

}  // namespace

void drawEditPanel(UiState& ui, const MapModel& model) {
    EditState& e = ui.edit;
    if (!e.active || !model.scene.territory) return;
    const Language lang = ui.language;
    const float s = ui.uiScale;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 390 * s, vp->WorkPos.y + 12 * s), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSizeConstraints(ImVec2(440 * s, 0), ImVec2(440 * s, vp->WorkSize.y - 60 * s));
    const std::string title = std::string(tr(lang, Text::EditTitle)) + "###edit";
    if (!ImGui::Begin(title.c_str(), &e.active, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    toolbar(ui, *model.scene.territory);
    if (e.draft) {
        Listing& d = *e.draft;
        ImGui::Separator();
        ImGui::TextUnformatted(
            d.fid < 0 ? tr(lang, Text::NewListing)
                      : trf(lang, Text::ListingNumber, {std::to_string(d.fid), std::to_string(d.version)}).c_str());
        categoryAndKind(lang, d);
        ImGui::InputText(tr(lang, Text::Title), &d.title);
        professionsCombo(lang, *model.scene.territory, d);
        communeChoice(ui, model, d);
        detailFields(lang, d, s);
        formButtons(ui, d);
    }
    ImGui::End();
}

}  // namespace app
