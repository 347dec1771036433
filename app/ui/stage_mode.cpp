#include "stage_mode.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "data_label.hpp"
#include "domain/number_format.hpp"
#include "domain/semesters.hpp"
#include "domain/take_away.hpp"
#include "domain/travel_time.hpp"
#include "ui_state.hpp"
#include "widgets.hpp"

namespace app {

namespace {

ImU32 imColor(render::Rgba c) { return IM_COL32(c.r, c.g, c.b, c.a); }

// The next four semesters from today, for the filter.
std::vector<std::string> comingSemesters() {
    std::vector<std::string> out;
    std::string code = semesterOfDate(todayIso());
    for (int k = 0; k < 4 && isSemesterCode(code); ++k) {
        out.push_back(code);
        const int year = std::stoi(code.substr(0, 4));
        code = code.back() == '1' ? std::to_string(year) + "-S2" : std::to_string(year + 1) + "-S1";
    }
    return out;
}

// Level, length, faculty. True when changed.
bool placementChoice(UiState& ui) {
    StageState& st = ui.stage;
    const Language lang = ui.language;
    bool changed = false;
    const std::pair<const char*, Text> levels[] = {
        {"externe", Text::LevelExterne}, {"interne", Text::LevelInterne}, {"paramedical", Text::LevelParamedical}};
    for (const auto& [code, text] : levels)
        if (ImGui::RadioButton(tr(lang, text), st.level == code)) {
            st.level = code;
            changed = true;
        }
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    changed |= ImGui::SliderInt("##months", &st.months, 1, 12, tr(lang, Text::StageMonths));
    std::string preview = tr(lang, Text::FacultyNone);
    if (st.places)
        for (const auto& f : st.places->faculties)
            if (f.id == st.faculty) preview = trf(lang, Text::FacultyHeadOffice, {f.name});
    ImGui::TextUnformatted(tr(lang, Text::StageFaculty));
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    if (ImGui::BeginCombo("##faculty", preview.c_str())) {
        if (ImGui::Selectable(tr(lang, Text::FacultyNone), st.faculty.empty())) {
            st.faculty.clear();
            changed = true;
        }
        if (st.places)
            for (const auto& f : st.places->faculties)
                if (ImGui::Selectable(trf(lang, Text::FacultyHeadOffice, {f.name}).c_str(), f.id == st.faculty)) {
                    st.faculty = f.id;
                    changed = true;
                }
        ImGui::EndCombo();
    }
    return changed;
}

bool housingFilters(UiState& ui) {
    StageState& st = ui.stage;
    const Language lang = ui.language;
    bool changed = false;
    ImGui::TextUnformatted(tr(lang, Text::StageFilters));
    const float w = ImGui::GetContentRegionAvail().x;
    mutedWrapped(tr(lang, Text::MaxMinutes));
    ImGui::SetNextItemWidth(w);
    changed |= ImGui::SliderInt(
        "##maxmin", &st.maxMinutes, 0, 120, st.maxMinutes ? tr(lang, Text::MaxMinutesFormat) : tr(lang, Text::NoLimit));
    mutedWrapped(tr(lang, Text::MaxRent));
    ImGui::SetNextItemWidth(w);
    changed |= ImGui::SliderInt(
        "##maxrent", &st.maxRent, 0, 1000, st.maxRent ? tr(lang, Text::MaxRentFormat) : tr(lang, Text::NoLimit));
    ImGui::SetNextItemWidth(w);
    const std::string preview =
        st.semester.empty() ? tr(lang, Text::AnySemester) : st.semester + " · " + semesterMonths(lang, st.semester);
    if (ImGui::BeginCombo("##semester", preview.c_str())) {
        if (ImGui::Selectable(tr(lang, Text::AnySemester), st.semester.empty())) {
            st.semester.clear();
            changed = true;
        }
        for (const auto& code : comingSemesters())
            if (ImGui::Selectable((code + " · " + semesterMonths(lang, code)).c_str(), code == st.semester)) {
                st.semester = code;
                changed = true;
            }
        ImGui::EndCombo();
    }
    changed |= wrappedCheckbox("furnished", tr(lang, Text::FurnishedOnly), &st.furnished);
    return changed;
}

// One row per housing: a touch chooses it (the line on the map) and opens its sheet.
void housingList(UiState& ui, const MapModel& model, const Journey& j) {
    StageState& st = ui.stage;
    const Language lang = ui.language;
    sectionTitle(trf(lang, Text::StageHousing, {std::to_string(j.housing.size())}).c_str());
    if (j.housing.empty()) ImGui::TextWrapped("%s", tr(lang, Text::StageNoHousing));
    for (const auto& h : j.housing) {
        const Listing& l = *h.listing;
        const std::string rent =
            l.priceMinEur
                ? trf(lang,
                      Text::StageRent,
                      {formatNumber(lang, *l.priceMinEur), formatNumber(lang, l.priceMaxEur.value_or(*l.priceMinEur))})
                : tr(lang, Text::StageNoRent);
        std::string detail =
            estimatedMinutesText(lang, h.minutes) + " · " + distanceText(lang, h.km * 1000) + " · " + rent;
        if (l.furnished == true) detail += std::string(" · ") + tr(lang, Text::Furnished);
        ImGui::PushID(static_cast<int>(l.fid));
        ImGui::ColorButton("##band",
                           ImGui::ColorConvertU32ToFloat4(imColor(kTimeBandColors[timeBand(h.minutes)])),
                           ImGuiColorEditFlags_NoTooltip,
                           ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
        ImGui::SameLine();
        // A row as tall as its wrapped title: a touch anywhere on it chooses the housing.
        const std::string title = dataLabel(l.title) + (l.demo ? tr(lang, Text::ExampleSuffix) : "");
        const bool touched = wrappedSelectable("housing", title, st.chosenHousing == l.fid);
        ImGui::PushTextWrapPos(0);
        if (touched) {
            st.chosenHousing = l.fid;
            if (auto layer = model.layerOf(kListingsLayer)) {
                const auto& table = model.layers[*layer].data.layer.table;
                const auto id = table.fieldIndex("id");
                for (std::size_t f = 0; id && f < table.rowCount(); ++f)
                    if (geo::numberOf(table.at(f, *id)) == std::optional<double>(static_cast<double>(l.fid)))
                        ui.selected = FeatureRef{*layer, f};
            }
        }
        mutedWrapped(detail.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
}

void allowanceList(UiState& ui, const Journey& j) {
    const Language lang = ui.language;
    sectionTitle(tr(lang, Text::StageAllowances));
    for (const auto& a : j.allowances.aids) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s — %s", a.rule->name.in(lang).c_str(), aidAmountText(lang, a).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.rule->conditions.c_str());
    }
    ImGui::TextWrapped("%s", aidTotalText(lang, j.allowances).c_str());
}

void nearbyList(UiState& ui, const Journey& j) {
    const Language lang = ui.language;
    const std::string header = trf(lang, Text::StageNearby, {std::to_string(j.nearby.size())}) + "###nearby";
    if (!ImGui::CollapsingHeader(header.c_str())) return;
    for (const auto& n : j.nearby) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s (%s) — %s",
                           dataLabel(n.name).c_str(),
                           n.commune.c_str(),
                           estimatedMinutesText(lang, n.minutes).c_str());
    }
}

void circlesLegend(const UiState& ui) {
    const Language lang = ui.language;
    for (std::size_t b = 0; b < 4; ++b) {
        ImGui::ColorButton("##legend",
                           ImGui::ColorConvertU32ToFloat4(imColor(kTimeBandColors[b])),
                           ImGuiColorEditFlags_NoTooltip,
                           ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(lang, kTimeBandTexts[b]));
        if (b % 2 == 0) ImGui::SameLine(0, 3 * ImGui::GetFontSize());
    }
    mutedWrapped(tr(lang, Text::StageCircles));
}

// Any hospital or clinic of France, by name or town: a student may look anywhere.
void hospitalSearch(UiState& ui, const MapModel& model) {
    StageState& st = ui.stage;
    const Language lang = ui.language;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    ImGui::InputTextWithHint("##hospital", tr(lang, Text::StageHospitalHint), &st.query);
    if (!st.places || st.query.size() < 3) return;
    const geo::Layer& h = st.places->hospitals;
    const auto city = h.table.fieldIndex("city");
    for (std::size_t f : findHospitals(*st.places, st.query, 8)) {
        const std::string name = hospitalName(h, f) + (city ? " — " + geo::toText(h.table.at(f, *city)) : "");
        ImGui::PushID(static_cast<int>(f));
        if (wrappedSelectable("hospital", dataLabel(name), false)) {
            auto site = siteAtPoint(*model.scene.territory, h.geometry.firstVertex(f));
            if (site) {
                site->name = hospitalName(h, f);
                st.query.clear();
                setStageSite(ui, site.value());
            }
        }
        ImGui::PopID();
    }
}

// The student's home commune, by its INSEE code, for the transport allowance's 15 km.
bool homeChoice(UiState& ui, const TerritoryData& t) {
    StageState& st = ui.stage;
    const Language lang = ui.language;
    ImGui::TextUnformatted(tr(lang, Text::StageHome));
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    const bool changed = ImGui::InputTextWithHint("##home", tr(lang, Text::StageHomeHint), &st.home);
    if (!st.home.empty()) {
        auto home = siteOfCommune(t, st.home);
        mutedWrapped(home ? home->communeName : tr(lang, Text::StageHomeUnknown));
    }
    return changed;
}

}  // namespace

void setStageSite(UiState& ui, InternshipSite site) {
    // The view frames the 30-minute circle.
    const double km = kmForMinutes(kNearbyMinutes), dLat = km / kEarthRadiusKm * 180 / M_PI;
    const double dLon = dLat / std::cos(site.lonLat.y * M_PI / 180);
    ui.flyToLonLat = geo::Box{site.lonLat.x - dLon, site.lonLat.y - dLat, site.lonLat.x + dLon, site.lonLat.y + dLat};
    ui.stage.site = std::move(site);
    ui.stage.active = true;
    ui.stage.openTab = true;
    ui.stage.pickOnMap = false;
    ui.stage.chosenHousing.reset();
    ui.stage.changed = true;
    ui.showFinder = true;
}

void resetStage(StageState& stage) {
    auto places = std::move(stage.places);
    stage = {};
    stage.places = std::move(places);
}

void updateJourney(StageState& st, const TerritoryData& t) {
    if (!st.site || !st.places) return;
    if (!st.changed && st.listingsAt == t.listings.data()) return;
    st.changed = false;
    st.listingsAt = t.listings.data();
    JourneyQuery q;
    q.site = *st.site;
    q.placement.level = st.level;
    q.placement.months = st.months;
    if (!st.faculty.empty()) q.faculty = st.faculty;
    if (!st.home.empty() && t.aid.communes.row(st.home)) q.homeCommune = st.home;
    if (st.maxMinutes > 0) q.maxMinutes = st.maxMinutes;
    if (st.maxRent > 0) q.maxRentEur = st.maxRent;
    if (!st.semester.empty()) q.semester = st.semester;
    q.furnishedOnly = st.furnished;
    q.date = todayIso();
    auto j = planJourney(t, *st.places, q);
    st.error = j ? "" : geo::describe(j.error());
    st.journey = j ? std::optional<Journey>(std::move(j.value())) : std::nullopt;
}

void drawStageSection(UiState& ui, const MapModel& model) {
    StageState& st = ui.stage;
    const Language lang = ui.language;
    if (!model.scene.territory) return;
    if (!st.site) {
        ImGui::TextWrapped("%s", tr(lang, Text::StageNoSite));
    } else {
        ImGui::TextWrapped("%s",
                           trf(lang, Text::StageSiteIs, {dataLabel(st.site->name), st.site->communeName}).c_str());
    }
    hospitalSearch(ui, model);
    if (ImGui::Button(tr(lang, Text::StagePickOnMap))) st.pickOnMap = true;
    if (st.pickOnMap) ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.10f, 1), "%s", tr(lang, Text::StagePickHint));
    ImGui::Separator();
    bool changed = placementChoice(ui);
    changed |= homeChoice(ui, *model.scene.territory);
    ImGui::Separator();
    changed |= housingFilters(ui);
    if (changed) st.changed = true;
    updateJourney(st, *model.scene.territory);
    if (!st.error.empty()) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", st.error.c_str());
    if (!st.journey) return;
    circlesLegend(ui);
    housingList(ui, model, *st.journey);
    allowanceList(ui, *st.journey);
    nearbyList(ui, *st.journey);
}

void drawStageOnMap(const UiState& ui, const std::function<ImVec2(geo::Vec2)>& toScreen, ImDrawList* dl) {
    const StageState& st = ui.stage;
    if (!st.active || !st.site || !st.journey) return;
    const geo::Vec2 at = st.site->lonLat;
    const ImVec2 centre = toScreen(at);
    if (!std::isfinite(centre.x) || !std::isfinite(centre.y)) return;
    const float s = ui.uiScale;
    // The circles: the screen distance of a point due east at the circle's radius (a circle on
    // the sphere drawn round in a conformal projection at this scale).
    for (double minutes : kJourneyCircleMinutes) {
        const double km = kmForMinutes(minutes);
        const double dLon = km / (kEarthRadiusKm * std::cos(at.y * M_PI / 180)) * 180 / M_PI;
        const ImVec2 east = toScreen({at.x + dLon, at.y});
        const float r = std::hypot(east.x - centre.x, east.y - centre.y);
        if (!std::isfinite(r)) continue;
        dl->AddCircle(centre, r, imColor(kJourneyCircleColor), 96, 2.5f * s);
        // The label on the circle's top, on a white ground.
        const std::string label = std::to_string(static_cast<int>(minutes)) + " min";
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        const ImVec2 top(centre.x - size.x / 2, centre.y - r - size.y / 2);
        dl->AddRectFilled(ImVec2(top.x - 3 * s, top.y), ImVec2(top.x + size.x + 3 * s, top.y + size.y), IM_COL32_WHITE);
        dl->AddText(top, IM_COL32(40, 40, 40, 255), label.c_str());
    }
    for (const auto& h : st.journey->housing) {
        const ImVec2 p = toScreen(h.listing->lonLat);
        if (st.chosenHousing == h.listing->fid) dl->AddLine(centre, p, imColor(kJourneyLineColor), 4 * s);
        dl->AddCircleFilled(p, 9 * s, IM_COL32_WHITE);
        dl->AddCircleFilled(p, 7 * s, imColor(kTimeBandColors[timeBand(h.minutes)]));
    }
    // The site: a dark square with a white border, over everything.
    dl->AddRectFilled(
        ImVec2(centre.x - 9 * s, centre.y - 9 * s), ImVec2(centre.x + 9 * s, centre.y + 9 * s), IM_COL32_WHITE);
    dl->AddRectFilled(ImVec2(centre.x - 7 * s, centre.y - 7 * s),
                      ImVec2(centre.x + 7 * s, centre.y + 7 * s),
                      imColor(kJourneySiteColor));
}

}  // namespace app
