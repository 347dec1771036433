#include "panel_compare.hpp"

#include <imgui.h>

#include <algorithm>

#include "data_label.hpp"
#include "domain/number_format.hpp"
#include "map/map_model.hpp"
#include "ui_state.hpp"
#include "widgets.hpp"

namespace app {

void addToComparison(UiState& ui, const std::string& place) {
    auto& p = ui.compare.places;
    if (std::find(p.begin(), p.end(), place) == p.end()) {
        if (p.size() >= kMaxCompared) p.erase(p.begin());  // the oldest gives way
        p.push_back(place);
    }
    ui.compare.show = true;
}

namespace {

// One colour per place, on the plot and over its column (ColorBrewer Paired, dark).
const ImU32 kPlaceColours[] = {
    IM_COL32(31, 120, 180, 255), IM_COL32(227, 26, 28, 255), IM_COL32(51, 160, 44, 255), IM_COL32(106, 61, 154, 255)};

// The places' figures, recomputed when the places or the profile change.
const std::vector<ComparedPlace>& comparedPlaces(UiState& ui, const TerritoryData& t) {
    CompareState& c = ui.compare;
    const AidProfile profile = ui.finder.profile();
    std::string key = profile.profession + (profile.student ? "|s" : "|i") + profile.date;
    for (const auto& p : c.places) key += "|" + p;
    if (key == c.cacheKey) return c.cache;
    c.cacheKey = key;
    c.cache.clear();
    c.error.clear();
    for (const auto& p : c.places) {
        auto place = p.rfind(kEpciPrefix, 0) == 0 ? compareEpci(t, p.substr(std::string(kEpciPrefix).size()))
                                                  : compareCommune(t, p, profile);
        if (place)
            c.cache.push_back(std::move(place.value()));
        else
            c.error = geo::describe(place.error());
    }
    return c.cache;
}

// Each place's name in its colour, its EPCI to add, and a button that takes it out.
void placeHeaders(UiState& ui, const TerritoryData& t, const std::vector<ComparedPlace>& places) {
    const Language lang = ui.language;
    for (std::size_t k = 0; k < places.size(); ++k) {
        const ComparedPlace& p = places[k];
        ImGui::TableSetColumnIndex(static_cast<int>(k) + 1);
        ImGui::PushID(static_cast<int>(k));
        ImGui::PushStyleColor(ImGuiCol_Text, kPlaceColours[k % std::size(kPlaceColours)]);
        ImGui::TextWrapped("%s", dataLabel(p.name).c_str());
        ImGui::PopStyleColor();
        if (p.epci) mutedWrapped(trf(lang, Text::CompareEpciOf, {std::to_string(p.communes)}));
        std::string place = p.epci ? kEpciPrefix + p.code : p.code;
        if (ImGui::SmallButton(tr(lang, Text::CompareRemove))) {
            auto& all = ui.compare.places;
            all.erase(std::remove(all.begin(), all.end(), place), all.end());
        }
        if (!p.epci)
            if (auto epci = epciOfCommune(t, p.code))  // under "Retirer": the column is narrow
                if (ImGui::SmallButton(tr(lang, Text::CompareAddEpci))) addToComparison(ui, kEpciPrefix + *epci);
        ImGui::PopID();
    }
}

void figureRows(const UiState& ui, const std::vector<ComparedPlace>& places) {
    const Language lang = ui.language;
    const ComparedPlace& first = places.front();
    for (std::size_t r = 0; r < first.figures.size(); ++r) {
        const KeyFigure& f = first.figures[r];
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextWrapped("%s", tr(lang, f.label));
        for (std::size_t k = 0; k < places.size(); ++k) {
            ImGui::TableSetColumnIndex(static_cast<int>(k) + 1);
            const auto& figures = places[k].figures;
            ImGui::TextUnformatted(r < figures.size() ? keyFigureText(lang, figures[r].commune, figures[r]).c_str()
                                                      : "—");
        }
        ImGui::TableSetColumnIndex(static_cast<int>(places.size()) + 1);
        ImGui::TextColored(kMuted, "%s", f.departement ? keyFigureText(lang, f.departement, f).c_str() : "—");
        ImGui::TableSetColumnIndex(static_cast<int>(places.size()) + 2);
        ImGui::TextColored(kMuted, "%s", f.region ? keyFigureText(lang, f.region, f).c_str() : "—");
    }
    // The zone and the aids for the profile: a commune's own; an EPCI has no zone.
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(tr(lang, Text::CompareZone));
    for (std::size_t k = 0; k < places.size(); ++k) {
        ImGui::TableSetColumnIndex(static_cast<int>(k) + 1);
        const auto& z = places[k].zone;
        ImGui::TextUnformatted(z && z->zone ? zoneCode(*z->zone) : "—");
    }
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextWrapped("%s", tr(lang, Text::CompareAids));
    for (std::size_t k = 0; k < places.size(); ++k) {
        ImGui::TableSetColumnIndex(static_cast<int>(k) + 1);
        const auto& a = places[k].aids;
        ImGui::TextUnformatted(a ? trf(lang, Text::Euros, {formatNumber(lang, a->totalMax, 0)}).c_str() : "—");
    }
}

// The APL trends on one plot: a line per place in its colour, 2015 to 2023 (2020 left empty).
void trendPlot(const UiState& ui, const std::vector<ComparedPlace>& places) {
    const float s = ui.uiScale;
    sectionTitle(tr(ui.language, Text::CompareTrends));
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float w = std::max(200 * s, ImGui::GetContentRegionAvail().x), h = 120 * s, pad = 24 * s;
    ImGui::Dummy(ImVec2(w, h + pad));
    double top = 1;
    for (const auto& p : places)
        for (const auto& yv : p.trend) top = std::max(top, yv.value);
    top = std::ceil(top);
    auto at = [&](int year, double v) {
        return ImVec2(o.x + pad + (static_cast<float>(year - 2015) / 8.0f) * (w - 2 * pad),
                      o.y + h - static_cast<float>(v / top) * (h - 8 * s));
    };
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 axis = IM_COL32(150, 150, 150, 255);
    dl->AddLine(at(2015, 0), at(2023, 0), axis);
    for (int year : {2015, 2019, 2023}) {
        const std::string label = std::to_string(year);
        const ImVec2 p = at(year, 0);
        dl->AddText(ImVec2(p.x - ImGui::CalcTextSize(label.c_str()).x / 2, p.y + 2 * s), axis, label.c_str());
    }
    const std::string topText = formatNumber(ui.language, top, 0);
    dl->AddText(ImVec2(o.x, at(2015, top).y - ImGui::GetFontSize() / 2), axis, topText.c_str());
    for (std::size_t k = 0; k < places.size(); ++k) {
        const auto& t = places[k].trend;
        const ImU32 colour = kPlaceColours[k % std::size(kPlaceColours)];
        for (std::size_t i = 0; i < t.size(); ++i) {
            dl->AddCircleFilled(at(t[i].year, t[i].value), 3 * s, colour);
            // The line joins the editions that exist (none in 2020).
            if (i > 0) dl->AddLine(at(t[i - 1].year, t[i - 1].value), at(t[i].year, t[i].value), colour, 2 * s);
        }
    }
}

// The atlas of the communes compared (an EPCI has no page), with the lab's scenario if any.
void printButton(UiState& ui) {
    AtlasRequest request{{}, labScenario(ui.lab, ui.language), ui.lab.params};
    for (const auto& p : ui.compare.places)
        if (p.rfind(kEpciPrefix, 0) != 0) request.communes.push_back(p);
    if (request.communes.empty()) return;
    if (ImGui::Button(tr(ui.language, Text::AtlasPrint))) ui.atlas = std::move(request);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(ui.language, Text::AtlasPrintHint));
}

}  // namespace

void drawComparePanel(UiState& ui, const MapModel& model) {
    CompareState& c = ui.compare;
    if (!c.show || ui.kiosk.active || !model.scene.territory) return;
    const Language lang = ui.language;
    const TerritoryData& t = *model.scene.territory;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y - 40 * ui.uiScale),
        ImGuiCond_Appearing,
        ImVec2(0.5f, 1));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(vp->WorkSize.x * 0.9f, vp->WorkSize.y * 0.8f));
    const std::string title = std::string(tr(lang, Text::CompareTitle)) + "###compare";
    if (!beginTitledWindow(title.c_str(), &c.show, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    const auto& places = comparedPlaces(ui, t);
    if (!c.error.empty()) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", c.error.c_str());
    if (places.size() < 2) mutedWrapped(tr(lang, Text::CompareHint));
    if (!places.empty()) {
        const int columns = static_cast<int>(places.size()) + 3;
        const float u = ImGui::GetFontSize();
        if (ImGui::BeginTable("compare", columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
            ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthFixed, 11 * u);
            for (std::size_t k = 0; k < places.size(); ++k)
                ImGui::TableSetupColumn(("##p" + std::to_string(k)).c_str(), ImGuiTableColumnFlags_WidthFixed, 8 * u);
            ImGui::TableSetupColumn("##dep", ImGuiTableColumnFlags_WidthFixed, 6 * u);
            ImGui::TableSetupColumn("##reg", ImGuiTableColumnFlags_WidthFixed, 6 * u);
            ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
            placeHeaders(ui, t, places);
            ImGui::TableSetColumnIndex(columns - 2);
            ImGui::TextColored(kMuted, "%s", tr(lang, Text::ColumnDepartement));
            ImGui::TableSetColumnIndex(columns - 1);
            ImGui::TextColored(kMuted, "%s", tr(lang, Text::ColumnRegion));
            figureRows(ui, places);
            ImGui::EndTable();
        }
        trendPlot(ui, places);
        mutedWrapped(tr(lang, Text::CompareNote));
        printButton(ui);
    }
    ImGui::End();
}

}  // namespace app
