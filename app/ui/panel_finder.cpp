// "Trouver une installation": profession chips, profile, how the communes are coloured (with a
// legend whose classes can be switched off), listing categories and the zoning layer.
#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "domain/french_format.hpp"
#include "map/styling.hpp"
#include "ui_state.hpp"

namespace app {

namespace {

// The professions offered as chips; the doctors' other specialties are in a list below.
const char* const kChipProfessions[] = {"medecin-generaliste", "masseur-kinesitherapeute", "infirmier",
                                        "chirurgien-dentiste", "sage-femme", "ipa", "orthophoniste",
                                        "orthoptiste", "pedicure-podologue", "pharmacien"};

ImVec4 toImGui(render::Rgba c) {
    return ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f);
}

bool chip(const char* label, bool on, float s) {
    if (on) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.16f, 0.38f, 0.62f, 1));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.20f, 0.45f, 0.72f, 1));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const bool pressed = ImGui::Button(label, ImVec2(0, 30 * s));  // finger-sized
    if (on) ImGui::PopStyleColor(3);
    return pressed;
}

void toggle(std::vector<std::string>& v, const std::string& code) {
    auto it = std::find(v.begin(), v.end(), code);
    if (it == v.end())
        v.push_back(code);
    else
        v.erase(it);
}

}  // namespace

void drawFinderPanel(UiState& ui, MapModel& model) {
    if (!ui.showFinder || !model.scene.territory) return;
    const TerritoryData& t = *model.scene.territory;
    FinderState& f = ui.finder;
    const float s = ui.uiScale;
    ImGui::SetNextWindowPos(ImVec2(12 * s, 96 * s), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(360 * s, 0), ImGuiCond_FirstUseEver);
    // Never taller than the screen: the panel scrolls instead of hiding its last sections.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, vp->WorkSize.y - 130 * s));
    if (!ImGui::Begin(tr(ui.language, "Trouver une installation###finder", "Find where to practise###finder"), &ui.showFinder, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    bool changed = false;
    ImGui::TextUnformatted(tr(ui.language, "Je suis…", "I am…"));
    float lineWidth = 0;
    const float maxWidth = 340 * s;
    for (const char* code : kChipProfessions) {
        const Profession* p = t.aid.professions.find(code);
        if (!p) continue;
        const bool on = std::find(f.professions.begin(), f.professions.end(), code) != f.professions.end();
        const float w = ImGui::CalcTextSize(p->label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (lineWidth > 0 && lineWidth + w < maxWidth)
            ImGui::SameLine();
        else
            lineWidth = 0;
        lineWidth += w + ImGui::GetStyle().ItemSpacing.x;
        ImGui::PushID(code);
        if (chip(p->label.c_str(), on, s)) {
            toggle(f.professions, code);
            changed = true;
        }
        ImGui::PopID();
    }
    // Doctors' specialties.
    std::string specialtyPreview = tr(ui.language, "Autre spécialité médicale…", "Other medical specialty…");
    for (const auto& code : f.professions)
        if (const Profession* p = t.aid.professions.find(code);
            p && p->group == "medecin" && p->code != "medecin-generaliste")
            specialtyPreview = p->label;
    ImGui::SetNextItemWidth(maxWidth);
    if (ImGui::BeginCombo("##specialty", specialtyPreview.c_str())) {
        for (const auto& p : t.aid.professions.professions) {
            if (p.group != "medecin" || p.code == "medecin-generaliste") continue;
            const bool on = std::find(f.professions.begin(), f.professions.end(), p.code) != f.professions.end();
            if (ImGui::Selectable(p.label.c_str(), on)) {
                toggle(f.professions, p.code);
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    if (!f.professions.empty()) {
        if (ImGui::SmallButton(tr(ui.language, "Toutes les professions", "Every profession"))) {
            f.professions.clear();
            changed = true;
        }
    }
    int status = f.student ? 0 : 1;
    changed |= ImGui::RadioButton(tr(ui.language, "Étudiant·e, interne", "Student, intern"), &status, 0);
    ImGui::SameLine();
    changed |= ImGui::RadioButton(tr(ui.language, "Je m'installe", "Setting up practice"), &status, 1);
    f.student = status == 0;
    if (!f.student) changed |= ImGui::Checkbox(tr(ui.language, "Première installation", "First installation"), &f.firstInstallation);

    ImGui::Separator();
    ImGui::TextUnformatted(tr(ui.language, "Colorer les communes selon", "Colour the communes by"));
    std::string preview = tr(ui.language, "Départements (aucun indicateur)", "Départements (no indicator)");
    const auto indicators = indicatorsFor(t, f.professions);
    for (const Indicator* ind : indicators)
        if (ind->id == f.indicator) preview = ind->title;
    if (f.indicator == kAidsIndicator) preview = tr(ui.language, "Aides disponibles pour mon profil", "Aids available for my profile");
    ImGui::SetNextItemWidth(maxWidth);
    if (ImGui::BeginCombo("##indicator", preview.c_str())) {
        if (ImGui::Selectable(tr(ui.language, "Départements (aucun indicateur)", "Départements (no indicator)"), f.indicator.empty())) {
            f.indicator.clear();
            changed = true;
        }
        if (ImGui::Selectable(tr(ui.language, "Aides disponibles pour mon profil", "Aids available for my profile"), f.indicator == kAidsIndicator)) {
            f.indicator = kAidsIndicator;
            changed = true;
        }
        for (const Indicator* ind : indicators)
            if (ImGui::Selectable(ind->title.c_str(), f.indicator == ind->id)) {
                f.indicator = ind->id;
                changed = true;
            }
        ImGui::EndCombo();
    }
    // The legend of the colouring: a click on a class hides or shows those communes.
    if (auto k = model.layerOf(kCommunesLayer); k && model.layers[*k].spec.choropleth) {
        const ChoroplethSpec& c = *model.layers[*k].spec.choropleth;
        auto labels = classLabels(c);
        labels.push_back("pas de données");
        for (std::size_t i = 0; i < labels.size() && i < f.hiddenClasses.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            const render::Rgba col = i < c.colors.size() ? c.colors[i] : c.noData;
            ImGui::ColorButton("##swatch", toImGui(col), ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoBorder,
                               ImVec2(22 * s, 18 * s));
            ImGui::SameLine();
            bool shown = !f.hiddenClasses[i];
            if (ImGui::Checkbox(labels[i].c_str(), &shown)) {
                f.hiddenClasses[i] = !shown;
                ui.finderChanged = true;
            }
            ImGui::PopID();
        }
        for (const Indicator* ind : indicators)
            if (ind->id == f.indicator && !ind->note.empty()) ImGui::TextWrapped("%s", ind->note.c_str());
        if (f.indicator == kAidsIndicator)
            ImGui::TextWrapped("Total maximal des aides (hors prêts) pour le profil choisi, zonage médecins indicatif. "
                               "Les aides dont le zonage de la profession n'est pas connu ne sont pas comptées.");
    }
    if (auto z = model.layerOf(kZoningLayer)) {
        MapLayer& zl = model.layers[*z];
        ImGui::Checkbox(zl.name().c_str(), &zl.view.shown);
    }

    ImGui::Separator();
    ImGui::TextUnformatted(tr(ui.language, "Annonces", "Listings"));
    const bool fr = ui.language == Language::French;
    const std::pair<const char*, const char*> categories[] = {
        {"opportunite", fr ? "Opportunités d'installation" : "Practice opportunities"},
        {"structure", fr ? "Maisons et centres de santé" : "Health centres (MSP)"},
        {"logement", fr ? "Logements étudiants et internes" : "Student and intern housing"},
        {"stage", fr ? "Terrains de stage" : "Internship sites"}};
    for (const auto& [code, label] : categories) {
        std::size_t n = 0, demo = 0;
        for (const auto& l : t.listings)
            if (l.category == code) {
                ++n;
                demo += l.demo;
            }
        bool on = !f.hiddenCategories.count(code);
        std::string text = std::string(label) + " (" + std::to_string(n) + ")";
        if (ImGui::Checkbox(text.c_str(), &on)) {
            if (on)
                f.hiddenCategories.erase(code);
            else
                f.hiddenCategories.insert(code);
            changed = true;
        }
        if (demo > 0) {
            ImGui::SameLine();
            ImGui::TextColored(ImVec4(0.80f, 0.45f, 0.05f, 1), "%s",
                               demo == n ? tr(ui.language, "exemples", "examples") : tr(ui.language, "dont exemples", "some examples"));
        }
    }
    if (!t.storeError.empty()) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", t.storeError.c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(tr(ui.language, "Exporter (CSV pour tableur)", "Export (CSV for spreadsheets)"));
    if (ImGui::Button(tr(ui.language, "Annonces affichées", "Listings shown"))) ui.exportListings = true;
    ImGui::SameLine();
    if (ImGui::Button(tr(ui.language, "Tableau des communes", "Commune table"))) ui.exportCommunes = true;
    if (changed) ui.finderChanged = true;
    ImGui::End();
}

}  // namespace app
