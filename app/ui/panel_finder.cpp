// "Trouver une installation": profession chips, profile, how the communes are coloured (with a
// legend whose classes can be switched off), listing categories and the zoning layer.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <utility>

#include "data_label.hpp"
#include "ui_state.hpp"
#include "widgets.hpp"

namespace app {

namespace {

// The professions offered as chips; the doctors' other specialties are in a list below.
const char* const kChipProfessions[] = {"medecin-generaliste",
                                        "masseur-kinesitherapeute",
                                        "infirmier",
                                        "chirurgien-dentiste",
                                        "sage-femme",
                                        "ipa",
                                        "orthophoniste",
                                        "orthoptiste",
                                        "pedicure-podologue",
                                        "pharmacien"};

ImVec4 toImGui(render::Rgba c) { return ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f); }

bool chip(const char* label, bool on, float s) {
    if (on) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.16f, 0.38f, 0.62f, 1));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.20f, 0.45f, 0.72f, 1));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const bool pressed = ImGui::Button(label, ImVec2(0, std::max(30 * s, ImGui::GetFrameHeight())));  // finger-sized
    if (on) ImGui::PopStyleColor(3);
    return pressed;
}

bool chosen(const FinderState& f, const std::string& code) {
    return std::find(f.professions.begin(), f.professions.end(), code) != f.professions.end();
}

// "Je suis…": the chips, the doctors' specialties, and "every profession". True when changed.
bool professionChoice(UiState& ui, const TerritoryData& t, float maxWidth) {
    const Language lang = ui.language;
    FinderState& f = ui.finder;
    bool changed = false;
    ImGui::TextUnformatted(tr(lang, Text::IAm));
    float lineWidth = 0;
    for (const char* code : kChipProfessions) {
        const Profession* p = t.aid.professions.find(code);
        if (!p) continue;
        const std::string label = dataLabel(p->label.in(lang));
        const float w = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (lineWidth > 0 && lineWidth + w < maxWidth)
            ImGui::SameLine();
        else
            lineWidth = 0;
        lineWidth += w + ImGui::GetStyle().ItemSpacing.x;
        ImGui::PushID(code);
        if (chip(label.c_str(), chosen(f, code), ui.uiScale)) {
            touchProfession(f, code);
            changed = true;
        }
        ImGui::PopID();
    }
    std::string preview = tr(lang, Text::OtherSpecialty);
    for (const auto& code : f.professions)
        if (const Profession* p = t.aid.professions.find(code);
            p && p->group == "medecin" && p->code != "medecin-generaliste")
            preview = p->label.in(lang);
    ImGui::SetNextItemWidth(maxWidth);
    if (ImGui::BeginCombo("##specialty", preview.c_str())) {
        for (const auto& p : t.aid.professions.professions) {
            if (p.group != "medecin" || p.code == "medecin-generaliste") continue;
            if (ImGui::Selectable(dataLabel(p.label.in(lang)).c_str(), chosen(f, p.code))) {
                touchProfession(f, p.code);
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    if (!f.professions.empty() && ImGui::SmallButton(tr(lang, Text::EveryProfession))) {
        f.professions.clear();
        changed = true;
    }
    // For staff: one touch is one profession (a visitor is one person) unless comparing.
    bool compare = f.compare;
    if (!ui.kiosk.active && wrappedCheckbox("compare", tr(lang, Text::CompareProfessions), &compare)) {
        setComparing(f, compare);
        changed = true;
    }
    return changed;
}

bool profileChoice(UiState& ui) {
    const Language lang = ui.language;
    FinderState& f = ui.finder;
    int status = f.student ? 0 : 1;
    bool changed = ImGui::RadioButton(tr(lang, Text::StudentIntern), &status, 0);
    ImGui::SameLine();
    changed |= ImGui::RadioButton(tr(lang, Text::SettingUp), &status, 1);
    f.student = status == 0;
    if (!f.student) changed |= wrappedCheckbox("first", tr(lang, Text::FirstInstallation), &f.firstInstallation);
    return changed;
}

// "Colorer les communes selon": the indicators offered for the professions chosen.
// The APL's edition (2015 to 2023, none in 2020), and optionally the change since an earlier one.
bool aplYears(UiState& ui, float maxWidth) {
    FinderState& f = ui.finder;
    const Language lang = ui.language;
    const int last = static_cast<int>(std::size(kAplYears)) - 1;
    auto indexOf = [&](int year) {
        return static_cast<int>(std::find(std::begin(kAplYears), std::end(kAplYears), year) - std::begin(kAplYears));
    };
    int year = std::min(indexOf(f.aplYear), last);
    bool changed = false;
    ImGui::SetNextItemWidth(maxWidth);
    // The slider shows the year itself (a format without a conversion is shown as it is).
    if (ImGui::SliderInt("##aplyear", &year, 0, last, std::to_string(kAplYears[year]).c_str())) {
        f.aplYear = kAplYears[year];
        changed = true;
    }
    bool since = f.aplSinceYear != 0;
    if (year > 0 && ImGui::Checkbox(tr(lang, Text::AplSince), &since)) {
        f.aplSinceYear = since ? kAplYears[0] : 0;
        changed = true;
    }
    if (year > 0 && f.aplSinceYear != 0) {
        int from = std::min(indexOf(f.aplSinceYear), year - 1);
        ImGui::SetNextItemWidth(maxWidth);
        if (ImGui::SliderInt("##aplsince", &from, 0, year - 1, std::to_string(kAplYears[from]).c_str())) {
            f.aplSinceYear = kAplYears[from];
            changed = true;
        }
    }
    return changed;
}

bool indicatorChoice(UiState& ui, const std::vector<const Indicator*>& indicators, float maxWidth) {
    const Language lang = ui.language;
    FinderState& f = ui.finder;
    bool changed = false;
    ImGui::TextUnformatted(tr(lang, Text::ColourCommunesBy));
    std::string preview = tr(lang, Text::NoIndicator);
    for (const Indicator* ind : indicators)
        if (ind->id == f.indicator) preview = ind->title.in(lang);
    if (f.indicator == kAidsIndicator) preview = tr(lang, Text::AidsForMyProfile);
    ImGui::SetNextItemWidth(maxWidth);
    if (ImGui::BeginCombo("##indicator", preview.c_str())) {
        if (ImGui::Selectable(tr(lang, Text::NoIndicator), f.indicator.empty())) {
            f.indicator.clear();
            changed = true;
        }
        if (ImGui::Selectable(tr(lang, Text::AidsForMyProfile), f.indicator == kAidsIndicator)) {
            f.indicator = kAidsIndicator;
            changed = true;
        }
        for (const Indicator* ind : indicators)
            if (ImGui::Selectable(dataLabel(ind->title.in(lang)).c_str(), f.indicator == ind->id)) {
                f.indicator = ind->id;
                changed = true;
            }
        ImGui::EndCombo();
    }
    if (f.indicator == kAplIndicator) changed |= aplYears(ui, maxWidth);
    return changed;
}

// The legend of the colouring: a click on a class hides or shows those communes.
void legendClasses(UiState& ui, const MapModel& model, const std::vector<const Indicator*>& indicators) {
    const Language lang = ui.language;
    FinderState& f = ui.finder;
    auto k = model.layerOf(kCommunesLayer);
    if (!k || !model.layers[*k].spec.choropleth) return;
    const ChoroplethSpec& c = *model.layers[*k].spec.choropleth;
    auto labels = classLabels(c, lang);
    labels.push_back(tr(lang, Text::NoData));
    for (std::size_t i = 0; i < labels.size() && i < f.hiddenClasses.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const render::Rgba col = i < c.colors.size() ? c.colors[i] : c.noData;
        ImGui::ColorButton("##swatch",
                           toImGui(col),
                           ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoBorder,
                           ImVec2(22 * ui.uiScale, 18 * ui.uiScale));
        ImGui::SameLine();
        bool shown = !f.hiddenClasses[i];
        if (ImGui::Checkbox(dataLabel(labels[i]).c_str(), &shown)) {
            f.hiddenClasses[i] = !shown;
            ui.finderChanged = true;
        }
        ImGui::PopID();
    }
    for (const Indicator* ind : indicators)
        if (ind->id == f.indicator && !ind->note.empty()) ImGui::TextWrapped("%s", ind->note.in(lang).c_str());
    if (f.indicator == kAidsIndicator) ImGui::TextWrapped("%s", tr(lang, Text::AidsIndicatorNote));
}

// "Annonces": one switch per category, with the count the profession filter keeps and whether it
// holds examples.
bool listingCategories(UiState& ui, const TerritoryData& t) {
    const Language lang = ui.language;
    FinderState& f = ui.finder;
    bool changed = false;
    ImGui::TextUnformatted(tr(lang, Text::Listings));
    for (const char* code : kListingCategories) {
        const auto [n, demo] = countListings(f, t, code);
        bool on = !f.hiddenCategories.count(code);
        const std::string text = trf(lang, Text::CategoryCount, {tr(lang, categoryText(code)), std::to_string(n)});
        if (wrappedCheckbox(code, text, &on)) {
            if (on)
                f.hiddenCategories.erase(code);
            else
                f.hiddenCategories.insert(code);
            changed = true;
        }
        if (demo > 0) {
            const char* tag = tr(lang, demo == n ? Text::Examples : Text::SomeExamples);
            sameLineIfFits(tag);
            ImGui::TextColored(ImVec4(0.80f, 0.45f, 0.05f, 1), "%s", tag);
        }
    }
    if (!t.storeError.empty()) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", t.storeError.c_str());
    return changed;
}

}  // namespace

void drawFinderPanel(UiState& ui, MapModel& model) {
    if (!ui.showFinder || !model.scene.territory) return;
    const TerritoryData& t = *model.scene.territory;
    const Language lang = ui.language;
    const float s = ui.uiScale;
    // A column under the search box, of a width that follows the interface size both ways; never
    // taller than the screen: the panel scrolls instead of hiding its last sections.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = leftPanelWidth(s), top = ui.searchPanelBottom + 8 * s;
    const float bottomMargin = ImGui::GetFrameHeight() + 24 * s;  // the status bar and a gap
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 12 * s, top), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(width, 0), ImVec2(width, std::max(120 * s, vp->WorkPos.y + vp->WorkSize.y - top - bottomMargin)));
    const std::string title = std::string(tr(lang, Text::FinderTitle)) + "###finder";
    if (!beginTitledWindow(
            title.c_str(), &ui.showFinder, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove)) {
        ImGui::End();
        return;
    }
    const float maxWidth = ImGui::GetContentRegionAvail().x;
    // Two questions: where to settle, and (a student's) where to live during a placement.
    if (ImGui::BeginTabBar("mode")) {
        // A site just chosen on a sheet or the map opens "Mon stage" once; then the tabs decide.
        const bool open = std::exchange(ui.stage.openTab, false);
        const bool labWas = ui.lab.active, openLab = std::exchange(ui.lab.openTab, false) && !ui.kiosk.active;
        if (ImGui::BeginTabItem(tr(lang, Text::InstallTab), nullptr, 0)) {
            if (!open && !openLab) ui.stage.active = false;
            if (!openLab) ui.lab.active = false;
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(tr(lang, Text::StageTab), nullptr, open ? ImGuiTabItemFlags_SetSelected : 0)) {
            ui.stage.active = !openLab;
            if (!openLab) ui.lab.active = false;
            ImGui::EndTabItem();
        }
        // The planners' tab: not offered to a booth's visitors.
        if (!ui.kiosk.active &&
            ImGui::BeginTabItem(tr(lang, Text::LabTab), nullptr, openLab ? ImGuiTabItemFlags_SetSelected : 0)) {
            ui.stage.active = false;
            ui.lab.active = true;
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
        if (ui.lab.active != labWas) ui.finderChanged = true;  // the map's colours follow the tab
    }
    if (ui.lab.active) {
        drawLabSection(ui, model);
        ui.covered.left = std::max(ui.covered.left, ImGui::GetWindowPos().x + ImGui::GetWindowWidth());
        ImGui::End();
        return;
    }
    if (ui.stage.active) {
        drawStageSection(ui, model);
        ui.covered.left = std::max(ui.covered.left, ImGui::GetWindowPos().x + ImGui::GetWindowWidth());
        ImGui::End();
        return;
    }
    bool changed = professionChoice(ui, t, maxWidth);
    changed |= profileChoice(ui);
    ImGui::Separator();
    const auto indicators = indicatorsFor(t, ui.finder.professions);
    changed |= indicatorChoice(ui, indicators, maxWidth);
    legendClasses(ui, model, indicators);
    if (auto z = model.layerOf(kZoningLayer)) {
        MapLayer& zl = model.layers[*z];
        wrappedCheckbox("zoning", zl.name(lang), &zl.view.shown);
    }
    ImGui::Separator();
    changed |= listingCategories(ui, t);
    if (!ui.kiosk.active) {  // the staff's tables; a visitor takes a sheet away instead
        ImGui::Separator();
        ImGui::TextUnformatted(tr(lang, Text::ExportCsvHeading));
        if (ImGui::Button(tr(lang, Text::ListingsShown))) ui.exportListings = true;
        ImGui::SameLine();
        if (ImGui::Button(tr(lang, Text::CommuneTable))) ui.exportCommunes = true;
    }
    if (changed) ui.finderChanged = true;
    ui.covered.left = std::max(ui.covered.left, ImGui::GetWindowPos().x + ImGui::GetWindowWidth());
    ImGui::End();
}

}  // namespace app
