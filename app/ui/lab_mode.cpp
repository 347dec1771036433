#include "lab_mode.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "data_label.hpp"
#include "domain/access_scenario.hpp"
#include "domain/number_format.hpp"
#include "geo/output_file.hpp"
#include "map/map_model.hpp"
#include "ui_state.hpp"
#include "widgets.hpp"

namespace app {

namespace {

const ImVec4 kError(0.75f, 0.1f, 0.1f, 1);

void say(LabState& lab, std::string message, bool error) {
    lab.message = std::move(message);
    lab.messageIsError = error;
}

// One change of the scenario at commune `code`; a refusal (fewer than 0 practitioners) is said.
void applyChange(LabState& lab, const TerritoryData& t, const std::string& code, int delta) {
    if (!lab.lab || !lab.inputs || delta == 0) return;
    const auto point = accessPointOf(lab.inputs->communes, t.aid.communes, code);
    if (!point) return;
    if (auto applied = lab.lab->apply(*point, {code, delta}); !applied) {
        say(lab, applied.error().message, true);
        return;
    }
    lab.message.clear();
    lab.changed = true;
}

// The parameters as edited, or the reason they cannot be used.
geo::Result<AccessParams> editedParams(const LabState& lab) {
    AccessParams p;
    p.travel.detour = lab.detour;
    p.travel.speedKmh = lab.speed;
    auto bands = parseWeightBands(lab.bands);
    if (!bands) return bands.error();
    p.bands = bands.value();
    return p;
}

std::string ratio(Language lang, const std::optional<double>& v) { return v ? formatNumber(lang, *v, 2) : "—"; }

}  // namespace

void resetLab(LabState& lab) {
    if (lab.lab) lab.lab->clear();
    lab.name.clear();
    lab.message.clear();
    lab.changed = true;
}

std::optional<Scenario> labScenario(const LabState& lab, Language lang) {
    if (!lab.lab || !lab.inputs || !lab.inputs->generalPractice || lab.lab->changes().empty()) return std::nullopt;
    return Scenario{lab.name.empty() ? std::string(tr(lang, Text::LabTab)) : lab.name, lab.lab->changes()};
}

std::optional<AtlasRequest> labAtlasRequest(const LabState& lab, const TerritoryData& t, Language lang) {
    auto scenario = labScenario(lab, lang);
    if (!scenario) return std::nullopt;
    const AccessCommunes& c = lab.inputs->communes;
    auto own = [&](std::size_t i) {
        return std::any_of(t.catalogue.agencies.begin(), t.catalogue.agencies.end(), [&](const Agency& a) {
            return a.departement == c.departement[i];
        });
    };
    AtlasRequest request{{}, scenario, lab.params};
    auto add = [&](std::size_t i) {
        if (own(i) && std::find(request.communes.begin(), request.communes.end(), c.code[i]) == request.communes.end())
            request.communes.push_back(c.code[i]);
    };
    for (const auto& change : scenario->changes)
        if (auto p = accessPointOf(c, t.aid.communes, change.commune)) add(*p);
    for (const auto& z : lab.zoneChanges) add(z.row.point);
    if (request.communes.empty()) return std::nullopt;
    return request;
}

void updateLab(LabState& lab, const TerritoryData& t) {
    if (!lab.inputs || lab.inputs->profession != lab.profession) {
        auto loaded = loadAccessInputs(t.aid, t.catalogue, lab.dataDir, lab.profession);
        if (!loaded) {
            say(lab, geo::describe(loaded.error()), true);
            lab.profession = kGeneralPractice;
            return;
        }
        lab.inputs = std::make_shared<const AccessInputs>(std::move(loaded.value()));
        lab.rebuild = true;
        if (lab.lab) lab.lab->clear();  // practitioners of another profession: a new scenario
    }
    if (!lab.rebuild) return;
    lab.rebuild = false;
    auto params = editedParams(lab);
    if (!params) {
        say(lab, params.error().message, true);
        if (lab.lab) return;  // keep the lab built with the last good parameters
        params = AccessParams{};
    }
    const std::vector<SupplyChange> kept = lab.lab ? lab.lab->changes() : std::vector<SupplyChange>{};
    const AccessCommunes& c = lab.inputs->communes;
    lab.params = params.value();
    lab.lab = std::make_shared<AccessLab>(c, lab.inputs->supply, lab.params, lab.inputs->generalPractice);
    for (const auto& change : kept) applyChange(lab, t, change.commune, change.delta);
    lab.rho41and45 = lab.rhoRegion = std::nullopt;
    if (lab.inputs->generalPractice) {
        lab.rho41and45 = lab.lab->spearmanWithDrees(
            c, [&](std::size_t i) { return c.departement[i] == "41" || c.departement[i] == "45"; });
        lab.rhoRegion = lab.lab->spearmanWithDrees(c, [&](std::size_t i) { return c.region[i] == "24"; });
    }
    lab.changed = true;
}

std::optional<CommuneColouring> labColouring(LabState& lab, const TerritoryData& t, geo::FeatureTable& communes) {
    if (!lab.active || !lab.lab || !lab.inputs) return std::nullopt;
    const ChoroplethSpec aplScale = aplIndicatorScale(t.catalogue);
    lab.zoneChanges = zoneChanges(*lab.inputs, *lab.lab, t.aid, todayIso());
    lab.changed = false;
    return accessColouring(lab.view, *lab.inputs, *lab.lab, t.aid.communes, aplScale, communes);
}

namespace {

// The profession and what the map shows. True when either changed.
bool professionAndView(LabState& lab, const TerritoryData& t, Language lang) {
    bool changed = false;
    const Profession* current = t.aid.professions.find(lab.profession);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    if (ImGui::BeginCombo("##labprofession", current ? current->label.in(lang).c_str() : lab.profession.c_str())) {
        for (const auto& p : t.aid.professions.professions)
            if (!p.rpps.empty() && ImGui::Selectable(p.label.in(lang).c_str(), p.code == lab.profession)) {
                changed = p.code != lab.profession;
                lab.profession = p.code;
            }
        ImGui::EndCombo();
    }
    const bool gp = lab.profession == kGeneralPractice;
    if (!gp) mutedWrapped(tr(lang, Text::LabSpecialtyNote));
    const std::pair<AccessView, Text> views[] = {{AccessView::Change, Text::AccessViewChange},
                                                 {AccessView::ModelBefore, Text::AccessViewBefore},
                                                 {AccessView::ModelAfter, Text::AccessViewAfter},
                                                 {AccessView::EstimateAfter, Text::AccessViewEstimate}};
    ImGui::TextUnformatted(tr(lang, Text::LabShow));
    for (const auto& [view, text] : views) {
        if (view == AccessView::EstimateAfter && !gp) continue;
        if (ImGui::RadioButton(tr(lang, text), lab.view == view)) {
            lab.view = view;
            changed = true;
        }
    }
    return changed;
}

// The commune touched on the map, its practitioners and the buttons that change them.
void communeControls(UiState& ui, const MapModel& model) {
    LabState& lab = ui.lab;
    const Language lang = ui.language;
    const TerritoryData& t = *model.scene.territory;
    std::optional<std::size_t> point;
    std::string code, name;
    if (ui.selected && ui.selected->layer < model.layers.size() &&
        model.layers[ui.selected->layer].spec.catalogueId == kCommunesLayer) {
        const auto& table = model.layers[ui.selected->layer].data.layer.table;
        if (auto col = table.fieldIndex("code_insee")) code = geo::toText(table.at(ui.selected->feature, *col));
        point = accessPointOf(lab.inputs->communes, t.aid.communes, code);
        if (point) name = lab.inputs->communes.name[*point];
    }
    if (!point) {
        mutedWrapped(tr(lang, Text::LabTapCommune));
        return;
    }
    const auto count = [&](double v) { return formatNumber(lang, v, 0); };
    ImGui::TextWrapped("%s",
                       trf(lang,
                           Text::LabCommune,
                           {dataLabel(name), count(lab.lab->supplyBefore(*point)), count(lab.lab->supplyAfter(*point))})
                           .c_str());
    const float s = ui.uiScale;
    if (ImGui::Button("−1", ImVec2(56 * s, 0))) applyChange(lab, t, code, -1);
    ImGui::SameLine();
    if (ImGui::Button("+1", ImVec2(56 * s, 0))) applyChange(lab, t, code, +1);
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, Text::LabRetireAll)))
        applyChange(lab, t, code, -static_cast<int>(std::lround(lab.lab->supplyAfter(*point))));
    if (ImGui::Button(tr(lang, Text::LabOpenPractice))) applyChange(lab, t, code, lab.practiceSize);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    ImGui::SliderInt("##practice", &lab.practiceSize, 1, 20, tr(lang, Text::LabPracticeSize));
}

// The scenario: its name, its changes, undo, clear, save and load.
void scenarioControls(UiState& ui, const MapModel& model) {
    LabState& lab = ui.lab;
    const Language lang = ui.language;
    const auto& changes = lab.lab->changes();
    sectionTitle(trf(lang, Text::LabScenario, {std::to_string(changes.size())}).c_str());
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    ImGui::InputTextWithHint("##scenarioname", tr(lang, Text::LabScenarioName), &lab.name);
    for (const auto& c : changes) {
        const auto p = accessPointOf(lab.inputs->communes, model.scene.territory->aid.communes, c.commune);
        // A true minus sign, as the rest of the interface writes negative numbers.
        ImGui::BulletText("%s %s%d",
                          dataLabel(p ? lab.inputs->communes.name[*p] : c.commune).c_str(),
                          c.delta > 0 ? "+" : "\u2212",
                          std::abs(c.delta));
    }
    ImGui::BeginDisabled(changes.empty());
    if (ImGui::Button(tr(lang, Text::LabUndo)) && lab.lab->undo()) lab.changed = true;
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, Text::LabClear))) {
        lab.lab->clear();
        lab.changed = true;
    }
    ImGui::EndDisabled();
    ImGui::TextUnformatted(tr(lang, Text::LabFile));
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    ImGui::InputText("##scenariofile", &lab.file);
    if (ImGui::Button(tr(lang, Text::LabSave))) {
        geo::makeParentFolder(lab.file);
        auto saved = writeScenario(lab.file, Scenario{lab.name, changes});
        say(lab, saved ? trf(lang, Text::LabSaved, {lab.file}) : geo::describe(saved.error()), !saved);
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, Text::LabLoad))) {
        auto read = readScenario(lab.file);
        if (!read) {
            say(lab, geo::describe(read.error()), true);
            return;
        }
        lab.lab->clear();
        lab.name = read->name;
        lab.changed = true;
        say(lab, trf(lang, Text::LabLoaded, {read->name, std::to_string(read->changes.size())}), false);
        for (const auto& c : read->changes) {
            if (!accessPointOf(lab.inputs->communes, model.scene.territory->aid.communes, c.commune)) {
                say(lab, trf(lang, Text::LabUnknownCommune, {lab.file, c.commune}), true);
                break;
            }
            applyChange(lab, *model.scene.territory, c.commune, c.delta);
            if (lab.messageIsError) break;
        }
    }
}

void zoneTable(UiState& ui) {
    const LabState& lab = ui.lab;
    const Language lang = ui.language;
    if (!lab.inputs->generalPractice) return;
    sectionTitle(trf(lang, Text::LabZoneChanges, {std::to_string(lab.zoneChanges.size())}).c_str());
    if (lab.zoneChanges.empty()) mutedWrapped(tr(lang, Text::LabNoZoneChange));
    for (const auto& z : lab.zoneChanges) {
        const std::size_t i = z.row.point;
        ImGui::TextWrapped("%s",
                           trf(lang,
                               Text::LabZoneChange,
                               {dataLabel(lab.inputs->communes.name[i]),
                                formatNumber(lang, lab.inputs->communes.population[i], 0),
                                z.row.zoneBefore ? zoneCode(*z.row.zoneBefore) : "?",
                                z.row.zoneAfter ? zoneCode(*z.row.zoneAfter) : "?"})
                               .c_str());
        for (const AidRule* a : z.gained) mutedWrapped(trf(lang, Text::LabAidGained, {a->name.in(lang)}));
        for (const AidRule* a : z.lost) mutedWrapped(trf(lang, Text::LabAidLost, {a->name.in(lang)}));
    }
}

void printScenarioAtlas(UiState& ui, const TerritoryData& t) {
    auto request = labAtlasRequest(ui.lab, t, ui.language);
    if (!request) return;
    if (ImGui::Button(tr(ui.language, Text::AtlasPrint))) ui.atlas = std::move(request);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(ui.language, Text::AtlasPrintHint));
}

// The change map through "Exporter la vue"; the table beside the scenario file.
void exports(UiState& ui, const TerritoryData& t) {
    LabState& lab = ui.lab;
    const Language lang = ui.language;
    if (ImGui::Button(tr(lang, Text::LabExportMap))) {
        ui.exportSettings.title = trf(lang, Text::LabMapTitle, {lab.name.empty() ? tr(lang, Text::LabTab) : lab.name});
        ui.showExport = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, Text::LabExportTable))) {
        std::string base = lab.file;
        if (base.size() > 5 && base.substr(base.size() - 5) == ".json") base.resize(base.size() - 5);
        const auto rows = touchedRows(*lab.inputs, *lab.lab);
        geo::makeParentFolder(base);
        auto csv = geo::writeFileAtomically(base + ".csv", accessCsv(*lab.inputs, *lab.lab, rows));
        auto geojson =
            csv ? geo::writeFileAtomically(base + ".geojson", accessGeoJson(*lab.inputs, *lab.lab, rows)) : csv;
        say(lab,
            geojson ? trf(lang, Text::LabExported, {base + ".csv", base + ".geojson"}) : geo::describe(geojson.error()),
            !geojson);
    }
    printScenarioAtlas(ui, t);
}

// Model against DREES over 41 and 45, on the same scale, with the diagonal.
void scatterPlot(const UiState& ui) {
    const LabState& lab = ui.lab;
    const AccessCommunes& c = lab.inputs->communes;
    mutedWrapped(tr(ui.language, Text::LabScatter));
    const float side = std::min(ImGui::GetContentRegionAvail().x, 220 * ui.uiScale);
    const ImVec2 o = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(side, side));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    double top = 1;
    for (std::size_t i = 0; i < c.size(); ++i)
        if (c.apl[i] && (c.departement[i] == "41" || c.departement[i] == "45"))
            top = std::max({top, *c.apl[i], lab.lab->baseline(i)});
    top = std::ceil(top);
    auto at = [&](double x, double y) {
        return ImVec2(o.x + static_cast<float>(x / top) * side, o.y + side - static_cast<float>(y / top) * side);
    };
    dl->AddRect(o, ImVec2(o.x + side, o.y + side), IM_COL32(150, 150, 150, 255));
    dl->AddLine(at(0, 0), at(top, top), IM_COL32(150, 150, 150, 255));
    for (std::size_t i = 0; i < c.size(); ++i)
        if (c.apl[i] && (c.departement[i] == "41" || c.departement[i] == "45"))
            dl->AddCircleFilled(at(*c.apl[i], lab.lab->baseline(i)), 1.8f * ui.uiScale, IM_COL32(33, 102, 172, 160));
    const std::string topText = formatNumber(ui.language, top, 0);
    dl->AddText(ImVec2(o.x + 3, o.y + 2), IM_COL32(90, 90, 90, 255), topText.c_str());
    dl->AddText(ImVec2(o.x + side - ImGui::CalcTextSize(topText.c_str()).x - 3, o.y + side - ImGui::GetFontSize() - 2),
                IM_COL32(90, 90, 90, 255),
                topText.c_str());
}

void parameters(UiState& ui) {
    LabState& lab = ui.lab;
    const Language lang = ui.language;
    if (!ImGui::CollapsingHeader(tr(lang, Text::LabParameters))) return;
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::SetNextItemWidth(w);
    ImGui::SliderFloat("##detour", &lab.detour, 1.0f, 2.0f, tr(lang, Text::LabDetour));
    ImGui::SetNextItemWidth(w);
    ImGui::SliderFloat("##speed", &lab.speed, 20.0f, 90.0f, tr(lang, Text::LabSpeed));
    ImGui::TextUnformatted(tr(lang, Text::LabBands));
    ImGui::SetNextItemWidth(w);
    ImGui::InputText("##bands", &lab.bands);
    mutedWrapped(tr(lang, Text::LabBandsNote));
    if (ImGui::Button(tr(lang, Text::LabApply))) lab.rebuild = true;
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, Text::LabDefaults))) {
        const AccessParams defaults;
        lab.detour = static_cast<float>(defaults.travel.detour);
        lab.speed = static_cast<float>(defaults.travel.speedKmh);
        lab.bands = weightBandsText(defaults.bands);
        lab.rebuild = true;
    }
    if (!lab.inputs->generalPractice) return;
    mutedWrapped(trf(lang, Text::LabCalibration, {formatNumber(lang, lab.lab->scale(), 0)}));
    mutedWrapped(trf(lang, Text::LabValidation, {ratio(lang, lab.rho41and45), ratio(lang, lab.rhoRegion)}));
    scatterPlot(ui);
}

}  // namespace

void drawLabSection(UiState& ui, const MapModel& model) {
    LabState& lab = ui.lab;
    const Language lang = ui.language;
    if (!model.scene.territory) return;
    const TerritoryData& t = *model.scene.territory;
    mutedWrapped(tr(lang, Text::LabIntro));
    if (professionAndView(lab, t, lang)) lab.changed = true;
    updateLab(lab, t);
    if (!lab.message.empty())
        ImGui::TextColored(lab.messageIsError ? kError : kMuted, "%s", dataLabel(lab.message).c_str());
    if (!lab.lab || !lab.inputs) return;
    ImGui::Separator();
    communeControls(ui, model);
    ImGui::Separator();
    scenarioControls(ui, model);
    zoneTable(ui);
    exports(ui, t);
    parameters(ui);
    if (lab.changed) ui.finderChanged = true;
}

}  // namespace app
