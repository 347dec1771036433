// The commune sheet and the opportunity sheet: what a visitor asks at the booth — where, which
// zone, which aids and how much, where to live, which hospitals, and how the commune compares.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "data_label.hpp"
#include "domain/number_format.hpp"
#include "domain/sheets.hpp"
#include "domain/take_away.hpp"
#include "ui_state.hpp"
#include "widgets.hpp"

namespace app {

namespace {

const ImVec4 kDemoColour(0.85f, 0.45f, 0.05f, 1);

// What every part of a sheet reads: the window's state, the territory, the language.
struct Sheet {
    UiState& ui;
    const TerritoryData& t;
    Language lang;
    const char* text(Text key) const { return tr(lang, key); }
    std::string euros(double v) const { return trf(lang, Text::Euros, {formatNumber(lang, v, 0)}); }
};

std::string figure(const Sheet& sh, std::optional<double> v, const KeyFigure& f) {
    return keyFigureText(sh.lang, v, f);
}

void demoBadge(const Sheet& sh) {
    ImGui::PushStyleColor(ImGuiCol_Button, kDemoColour);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kDemoColour);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, kDemoColour);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    ImGui::SmallButton(sh.text(Text::DemoBadge));
    ImGui::PopStyleColor(4);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", sh.text(Text::DemoBadgeTooltip));
}

void zoneLine(const Sheet& sh, const std::string& code, const Profession& p) {
    auto row = sh.t.aid.communes.row(code);
    if (!row) return;
    const ZoneInfo z = sh.t.aid.zoneOf(*row, p.zoningKey());
    const bool doctors = p.zoningKey() == "medecins";
    const std::string what =
        doctors ? sh.text(Text::DoctorsZoning) : trf(sh.lang, Text::ProfessionZoning, {p.label.in(sh.lang)});
    if (!z.zone) {
        ImGui::TextWrapped("%s", trf(sh.lang, Text::ZoneUnavailable, {what}).c_str());
        return;
    }
    ImGui::TextWrapped("%s", trf(sh.lang, Text::LabelValue, {what, sh.text(zoneText(*z.zone))}).c_str());
    if (z.source == "indicative") mutedWrapped(sh.text(Text::IndicativeZoning));
    if (z.source == "official") mutedWrapped(sh.text(Text::OfficialZoningLoaded));
}

// One aid: its name, funder and confidence; the amount column (aidAmountText) never broken.
void aidRow(const Sheet& sh, const ApplicableAid& a) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextWrapped("%s", a.rule->name.in(sh.lang).c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    std::string funder = a.rule->funder;
    if (a.rule->confidence == "seed") funder += sh.text(Text::ConfidenceSeed);
    if (a.rule->confidence == "partial") funder += sh.text(Text::ConfidencePartial);
    ImGui::TextWrapped("%s", funder.c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", a.rule->conditions.c_str(), a.rule->sourceUrl.c_str());
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(aidAmountText(sh.lang, a).c_str());  // an amount is never broken
}

void aidsBlock(const Sheet& sh, const std::string& code, const AidProfile& profile) {
    const Profession* p = sh.t.aid.professions.find(profile.profession);
    auto row = sh.t.aid.communes.row(code);
    if (!p || !row) return;
    const AidEvaluation e = evaluateAids(sh.t.aid.aids, sh.t.aid.professions, profile, sh.t.aid.placeOf(*row, *p));
    sectionTitle(sh.text(Text::Aids));
    const Text situation = profile.student             ? Text::ProfileStudent
                           : profile.firstInstallation ? Text::ProfileFirstInstallation
                                                       : Text::ProfileInstallation;
    if (profile.placement)
        mutedWrapped(trf(sh.lang,
                         Text::ProfilePlacement,
                         {p->label.in(sh.lang),
                          std::to_string(profile.placement->months),
                          sh.text(profile.placement->level == "interne"   ? Text::LevelInterne
                                  : profile.placement->level == "externe" ? Text::LevelExterne
                                                                          : Text::LevelParamedical)})
                         .c_str());
    else
        mutedWrapped(trf(sh.lang, situation, {p->label.in(sh.lang)}).c_str());
    if (e.aids.empty()) {
        ImGui::TextWrapped("%s", sh.text(Text::NoAidHere));
        return;
    }
    // The amounts' column as wide as its widest amount ("(à confirmer) 1 800 €"), never more than
    // 45 % of the sheet: an amount is never cut.
    const float available = ImGui::GetContentRegionAvail().x;
    float amountWidth = 6.5f * ImGui::GetFontSize();
    for (const auto& a : e.aids)
        amountWidth = std::max(amountWidth, ImGui::CalcTextSize(aidAmountText(sh.lang, a).c_str()).x + 8);
    if (ImGui::BeginTable("aids", 2, ImGuiTableFlags_RowBg, ImVec2(available, 0))) {
        ImGui::TableSetupColumn("aid", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("amount", ImGuiTableColumnFlags_WidthFixed, std::min(amountWidth, 0.45f * available));
        for (const auto& a : e.aids) aidRow(sh, a);
        ImGui::EndTable();
    }
    ImGui::TextWrapped("%s", aidTotalText(sh.lang, e).c_str());
    mutedWrapped(sh.text(Text::AidsFootnote));
}

// The figures of the commune shown, computed when the sheet moves to another commune rather than
// every frame: the département and region values each go over the 35,000 communes of France.
const std::vector<KeyFigure>& keyFiguresOf(const Sheet& sh, const std::string& code) {
    SheetCache& cache = sh.ui.sheetCache;
    if (cache.code != code) {
        cache.figures = communeKeyFigures(sh.t, code);
        cache.code = code;
    }
    return cache.figures;
}

void aplTrendPlot(const Sheet& sh, const std::string& code) {
    const auto trend = aplTrend(sh.t, code);
    if (trend.size() < 2) return;
    std::vector<float> values;
    values.reserve(trend.size());
    for (const auto& y : trend) values.push_back(static_cast<float>(y.value));
    ImGui::TextUnformatted(trf(sh.lang,
                               Text::AplTrend,
                               {std::to_string(trend.front().year),
                                std::to_string(trend.back().year),
                                formatNumber(sh.lang, trend.front().value, 2),
                                formatNumber(sh.lang, trend.back().value, 2)})
                               .c_str());
    ImGui::PushStyleColor(ImGuiCol_PlotLines, ImVec4(0.12f, 0.31f, 0.47f, 1));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.94f, 0.95f, 0.96f, 1));
    ImGui::PlotLines("##apl",
                     values.data(),
                     static_cast<int>(values.size()),
                     0,
                     nullptr,
                     0.0f,
                     std::max(5.0f, *std::max_element(values.begin(), values.end()) * 1.1f),
                     // An explicit width: in a window that fits its content, -1 ("all that is left")
                     // gave the plot 4 pixels.
                     ImVec2(ImGui::GetContentRegionAvail().x, 60 * ImGui::GetFontSize() / 16));
    ImGui::PopStyleColor(2);
    mutedWrapped(sh.text(Text::AplTrendNote));
}

void keyFiguresBlock(const Sheet& sh, const std::string& code) {
    const auto& figures = keyFiguresOf(sh, code);
    if (figures.empty()) return;
    sectionTitle(sh.text(Text::KeyFigures));
    // Four columns when they fit; in a narrow sheet (200 % on a small screen) two, with the
    // département and region under each figure.
    const float u = ImGui::GetFontSize();
    const bool wide = ImGui::GetContentRegionAvail().x >= 22 * u;
    if (ImGui::BeginTable(
            "figures", wide ? 4 : 2, ImGuiTableFlags_RowBg, ImVec2(ImGui::GetContentRegionAvail().x, 0))) {
        ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(sh.text(Text::ColumnCommune), ImGuiTableColumnFlags_WidthFixed, 4.6f * u);
        if (wide) {
            ImGui::TableSetupColumn(sh.text(Text::ColumnDepartement), ImGuiTableColumnFlags_WidthFixed, 4.6f * u);
            ImGui::TableSetupColumn(sh.text(Text::ColumnRegion), ImGuiTableColumnFlags_WidthFixed, 4.6f * u);
        }
        ImGui::TableHeadersRow();
        for (const auto& f : figures) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextWrapped("%s", sh.text(f.label));
            // Figures never wrap: "2,0 km" broken after its comma reads as two numbers.
            // A missing value is "—" (it would not fit the column as words), "non publié" where
            // statistical secrecy is the reason.
            const char* area = f.publishedFor ? sh.text(Text::NotPublished) : "—";
            const std::string dept = f.departement ? figure(sh, f.departement, f) : area;
            const std::string region = f.region ? figure(sh, f.region, f) : area;
            if (!wide) mutedWrapped(trf(sh.lang, Text::DepartementAndRegion, {dept, region}));
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(f.commune ? figure(sh, f.commune, f).c_str() : area);
            if (wide) {
                ImGui::TableSetColumnIndex(2);
                ImGui::TextColored(kMuted, "%s", dept.c_str());
                ImGui::TableSetColumnIndex(3);
                ImGui::TextColored(kMuted, "%s", region.c_str());
            }
        }
        ImGui::EndTable();
    }
    for (const auto& f : figures)
        if (f.publishedFor)
            ImGui::TextWrapped("%s",
                               trf(sh.lang,
                                   Text::PovertyPublishedForFew,
                                   {std::to_string(f.publishedFor->first), std::to_string(f.publishedFor->second)})
                                   .c_str());
    aplTrendPlot(sh, code);
}

void nearbyBlock(const Sheet& sh, geo::Vec2 at, std::int64_t exceptFid) {
    sectionTitle(sh.text(Text::NearbyStraightLine));
    const auto housing = nearbyListings(sh.t, at, "logement", 40000, 3, exceptFid);
    if (housing.empty()) mutedWrapped(sh.text(Text::NoHousingNearby));
    for (const auto& h : housing) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", nearbyPlaceText(sh.lang, h).c_str());
    }
    for (const auto& h : nearbyHospitals(sh.t, at, 3)) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", nearbyPlaceText(sh.lang, h).c_str());
    }
}

void listingsInCommune(const Sheet& sh, const std::string& code) {
    bool any = false;
    for (const auto& l : sh.t.listings) {
        if (l.communeCode != code) continue;
        if (!any) sectionTitle(sh.text(Text::ListingsInCommune));
        any = true;
        ImGui::Bullet();
        ImGui::TextWrapped("%s", l.title.c_str());
        if (l.demo) {
            sameLineIfFits(sh.text(Text::Example));
            ImGui::TextColored(kDemoColour, "%s", sh.text(Text::Example));
        }
    }
}

void communeSheet(const Sheet& sh, const std::string& code) {
    auto row = sh.t.aid.communes.row(code);
    if (!row) {
        ImGui::TextWrapped("%s", sh.text(Text::CommuneWithoutIndicators));
        return;
    }
    mutedWrapped(trf(sh.lang, Text::CommuneAndDepartement, {code, sh.t.aid.communes.text(*row, "dept")}));
    const AidProfile profile = sh.ui.finder.profile();
    if (const Profession* p = sh.t.aid.professions.find(profile.profession)) zoneLine(sh, code, *p);
    keyFiguresBlock(sh, code);
    aidsBlock(sh, code, profile);
    listingsInCommune(sh, code);
}

void housingLines(const Sheet& sh, const Listing& l) {
    const Language lang = sh.lang;
    const std::string capacity = l.capacity ? std::to_string(*l.capacity) : sh.text(Text::NoData);
    ImGui::TextWrapped("%s", trf(lang, Text::LabelValue, {sh.text(Text::Capacity), capacity}).c_str());
    if (l.priceMinEur && l.priceMaxEur)
        ImGui::TextWrapped("%s",
                           trf(lang, Text::RentRange, {sh.euros(*l.priceMinEur), sh.euros(*l.priceMaxEur)}).c_str());
    else if (l.priceMinEur || l.priceMaxEur)
        ImGui::TextWrapped(
            "%s", trf(lang, Text::RentOne, {sh.euros(l.priceMinEur ? *l.priceMinEur : *l.priceMaxEur)}).c_str());
    else
        ImGui::TextWrapped("%s", trf(lang, Text::LabelValue, {sh.text(Text::Rent), sh.text(Text::NoData)}).c_str());
    auto yesNo = [&](bool b) { return sh.text(b ? Text::Yes : Text::No); };
    if (l.furnished)
        ImGui::TextWrapped("%s", trf(lang, Text::LabelValue, {sh.text(Text::Furnished), yesNo(*l.furnished)}).c_str());
    if (l.vehicle)
        ImGui::TextWrapped("%s", trf(lang, Text::LabelValue, {sh.text(Text::VehicleLent), yesNo(*l.vehicle)}).c_str());
    if (!l.semesters.empty())
        ImGui::TextWrapped("%s", trf(lang, Text::LabelValue, {sh.text(Text::Semesters), l.semesters}).c_str());
}

void contactLines(const Sheet& sh, const Listing& l) {
    const bool showContact = l.contactPublic || sh.ui.edit.active;
    if (!showContact || (l.contactName.empty() && l.contactPhone.empty() && l.contactEmail.empty())) return;
    sectionTitle(sh.text(l.contactPublic ? Text::Contact : Text::ContactNotPublic));
    if (!l.contactName.empty()) ImGui::TextWrapped("%s", l.contactName.c_str());
    if (!l.contactPhone.empty()) ImGui::TextWrapped("%s", l.contactPhone.c_str());
    if (!l.contactEmail.empty()) ImGui::TextWrapped("%s", l.contactEmail.c_str());
}

void listingSheet(const Sheet& sh, const Listing& l) {
    const Language lang = sh.lang;
    if (l.demo) {
        demoBadge(sh);
        ImGui::SameLine();
    }
    mutedWrapped(std::string(sh.text(categoryText(l.category))) + (l.kind.empty() ? "" : " · ") + l.kind);
    std::string who;
    for (const auto& code : l.professions)
        if (const Profession* p = sh.t.aid.professions.find(code)) who += (who.empty() ? "" : ", ") + p->label.in(lang);
    if (!who.empty()) ImGui::TextWrapped("%s", trf(lang, Text::ForWhom, {who}).c_str());
    ImGui::TextWrapped("%s", trf(lang, Text::NameAndCode, {l.communeName, l.communeCode}).c_str());
    if (l.atCommuneCentre) mutedWrapped(sh.text(Text::AtCommuneCentre));
    if (!l.startDate.empty()) ImGui::TextWrapped("%s", trf(lang, Text::FromDate, {l.startDate}).c_str());
    if (!l.description.empty()) ImGui::TextWrapped("%s", l.description.c_str());
    if (l.category == "logement") housingLines(sh, l);
    if (l.category == "stage") {
        if (!l.service.empty())
            ImGui::TextWrapped("%s", trf(lang, Text::LabelValue, {sh.text(Text::Service), l.service}).c_str());
        if (!l.supervisor.empty())
            ImGui::TextWrapped("%s", trf(lang, Text::LabelValue, {sh.text(Text::Supervisor), l.supervisor}).c_str());
    }
    contactLines(sh, l);
    // Aids for the listing's profession (or the visitor's), in this commune; a student's at housing
    // and internship sites.
    const AidProfile profile = listingAidProfile(sh.t, l, sh.ui.finder);
    if (const Profession* p = sh.t.aid.professions.find(profile.profession)) zoneLine(sh, l.communeCode, *p);
    aidsBlock(sh, l.communeCode, profile);
    nearbyBlock(sh, l.lonLat, l.fid);
    keyFiguresBlock(sh, l.communeCode);
    if (!l.source.empty()) mutedWrapped(trf(lang, Text::SourceIs, {l.source}).c_str());
}

// "Mon stage est ici": the place becomes the internship's, and the finder shows "Mon stage". The
// place is resolved on the touch only (a point may need the nearest of 35,000 commune centres),
// not on every frame the sheet is drawn.
template <class Resolve>
void stageHereButton(const Sheet& sh, Resolve resolve) {
    // Beside "Emporter cette fiche" when both fit the sheet's width, else under it.
    const float width = ImGui::CalcTextSize(sh.text(Text::StageHere)).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
    if (!ImGui::Button(sh.text(Text::StageHere))) return;
    const geo::Result<InternshipSite> site = resolve();
    if (site)
        setStageSite(sh.ui, site.value());
    else
        sh.ui.status = geo::describe(site.error());
}

// The planners' comparison of two to four communes, beside the sheet's other buttons when it
// fits (not at the kiosk).
void compareButton(const Sheet& sh, const std::string& commune) {
    if (sh.ui.kiosk.active) return;
    const float width = ImGui::CalcTextSize(sh.text(Text::CompareButton)).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
    if (ImGui::Button(sh.text(Text::CompareButton))) addToComparison(sh.ui, commune);
}

// The listing shown by the listings layer's feature `f`, if any.
const Listing* listingOf(const TerritoryData& t, const geo::FeatureTable& table, std::size_t f) {
    const auto idCol = table.fieldIndex("id");
    const std::int64_t fid = idCol ? static_cast<std::int64_t>(geo::numberOf(table.at(f, *idCol)).value_or(-1)) : -1;
    for (const auto& l : t.listings)
        if (l.fid == fid) return &l;
    return nullptr;
}

}  // namespace

bool drawTerritorySheet(UiState& ui, const MapModel& model) {
    if (!ui.selected || !model.scene.territory) return false;
    const MapLayer& layer = model.layers[ui.selected->layer];
    const std::string& id = layer.spec.catalogueId;
    if (id != kCommunesLayer && id != kZoningLayer && id != kListingsLayer) return false;
    const Sheet sh{ui, *model.scene.territory, ui.language};
    const auto& table = layer.data.layer.table;
    const std::size_t f = ui.selected->feature;
    const float s = ui.uiScale;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // Never wider than 45 % of the screen: at 200 % on 1280 pixels the map stays in view.
    const float width = std::min(27 * ImGui::GetFontSize(), vp->WorkSize.x * 0.45f);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width - 12 * s, vp->WorkPos.y + 12 * s),
                            ImGuiCond_Appearing);
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y - 60 * s));
    bool open = true;
    const std::string title = dataLabel(model.nameOf(*ui.selected, sh.lang)) + "###details";
    if (beginTitledWindow(title.c_str(), &open, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (id == kListingsLayer) {
            const Listing* l = listingOf(sh.t, table, f);
            // First, where a visitor sees it: the sheet on paper or as a PDF.
            if (l && ImGui::Button(sh.text(Text::TakeAwayButton))) ui.takeAway = UiState::TakeAwayRequest{l->fid, {}};
            if (l && (l->category == "stage" || l->category == "structure"))
                stageHereButton(sh, [&] { return siteOfListing(sh.t, l->fid); });
            if (l) listingSheet(sh, *l);
            if (l && ui.edit.active && ImGui::Button(sh.text(Text::EditThisListing))) ui.edit.draft = *l;
        } else if (const auto code = table.fieldIndex("code_insee")) {
            const std::string commune = geo::toText(table.at(f, *code));
            if (ImGui::Button(sh.text(Text::TakeAwayButton))) ui.takeAway = UiState::TakeAwayRequest{-1, commune};
            stageHereButton(sh, [&] { return siteOfCommune(sh.t, commune); });
            compareButton(sh, commune);
            communeSheet(sh, commune);
        }
        if (ImGui::Button(sh.text(Text::Zoom))) ui.flyTo = ui.selected;
        ImGui::SameLine();
        if (ImGui::Button(sh.text(Text::Close))) open = false;
    }
    ui.covered.right = ImGui::GetWindowPos().x;
    ImGui::End();
    if (!open) ui.selected.reset();
    return true;
}

}  // namespace app
