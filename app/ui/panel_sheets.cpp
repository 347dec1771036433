// The commune sheet and the opportunity sheet: what a visitor asks at the booth — where, which
// zone, which aids and how much, where to live, which hospitals, and how the commune compares.
#include <imgui.h>

#include <cmath>

#include "domain/french_format.hpp"
#include "domain/sheets.hpp"
#include "ui_state.hpp"

namespace app {

namespace {

const ImVec4 kDemoColour(0.85f, 0.45f, 0.05f, 1);
const ImVec4 kMuted(0.45f, 0.45f, 0.45f, 1);

// The sheets' language, set once per frame by drawTerritorySheet.
Language gLanguage = Language::French;

const char* T(const char* fr, const char* en) {
    return tr(gLanguage, fr, en);
}

// A section heading (Dear ImGui 1.86 has no SeparatorText).
void sectionTitle(const char* text) {
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.12f, 0.31f, 0.47f, 1), "%s", text);
    ImGui::Separator();
}

std::string figure(std::optional<double> v, const KeyFigure& f) {
    if (!v) return "pas de données";
    return formatFrench(f.percent ? *v * 100 : *v, f.decimals) + (f.percent ? " %" : "");
}

std::string km(double metres) {
    return metres < 1000 ? formatFrench(metres, 0) + " m" : formatFrench(metres / 1000, metres < 10000 ? 1 : 0) + " km";
}

std::string euros(double v) {
    return formatFrench(v, 0) + " €";
}

void demoBadge() {
    ImGui::PushStyleColor(ImGuiCol_Button, kDemoColour);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kDemoColour);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, kDemoColour);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    ImGui::SmallButton("EXEMPLE");
    ImGui::PopStyleColor(4);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Fiche de démonstration construite à partir des documents des Départements : pas une offre réelle.");
}

void zoneLine(const TerritoryData& t, const std::string& code, const Profession& p) {
    auto row = t.aid.communes.row(code);
    if (!row) return;
    const ZoneInfo z = t.aid.zoneOf(*row, p.zoningKey());
    const bool doctors = p.zoningKey() == "medecins";
    const std::string what = doctors ? "Zonage médecins" : "Zonage " + p.label;
    if (!z.zone) {
        ImGui::TextWrapped("%s : non disponible (zonage de la profession non chargé)", what.c_str());
        return;
    }
    ImGui::TextWrapped("%s : %s", what.c_str(), zoneLabelFr(*z.zone));
    if (z.source == "indicative") ImGui::TextColored(kMuted, "indicatif, calculé à partir de l'APL");
    if (z.source == "official") ImGui::TextColored(kMuted, "zonage officiel chargé");
}

void aidsBlock(const TerritoryData& t, const std::string& code, const AidProfile& profile) {
    const Profession* p = t.aid.professions.find(profile.profession);
    auto row = t.aid.communes.row(code);
    if (!p || !row) return;
    const AidEvaluation e = evaluateAids(t.aid.aids, t.aid.professions, profile, t.aid.placeOf(*row, *p));
    sectionTitle(T("Aides", "Aids"));
    ImGui::TextColored(kMuted, "%s, %s%s", p->label.c_str(), profile.student ? "étudiant·e" : "installation",
                       !profile.student && profile.firstInstallation ? " (première)" : "");
    if (e.aids.empty()) {
        ImGui::TextUnformatted("Aucune aide connue pour ce profil ici.");
        return;
    }
    if (ImGui::BeginTable("aids", 2, ImGuiTableFlags_RowBg, ImVec2(25 * ImGui::GetFontSize(), 0))) {
        ImGui::TableSetupColumn("aide", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("montant", ImGuiTableColumnFlags_WidthFixed, 6.5f * ImGui::GetFontSize());
        for (const auto& a : e.aids) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextWrapped("%s", a.rule->name.c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
            ImGui::TextWrapped("%s%s", a.rule->funder.c_str(),
                               a.rule->confidence == "seed" ? " · source : dossier de presse" :
                               a.rule->confidence == "partial" ? " · à confirmer" : "");
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", a.rule->conditions.c_str(), a.rule->sourceUrl.c_str());
            ImGui::TableSetColumnIndex(1);
            if (a.rule->kind == "loan")
                ImGui::Text("prêt %s", a.amountMax ? euros(*a.amountMax).c_str() : "");
            else if (a.rule->kind == "in_kind")
                ImGui::TextUnformatted("en nature");
            else if (!a.amountMax)
                ImGui::TextUnformatted("selon durée");
            else
                ImGui::Text("%s%s", a.zoneUnknown ? "(zone ?) " : "", euros(*a.amountMax).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::Text("%s %s", T("Total maximal :", "Maximum total:"), euros(e.totalMax).c_str());
    ImGui::TextColored(kMuted, "%s", T("Montants maximaux ; prêts et aides en nature non comptés.",
                                       "Maximum amounts; loans and help in kind not counted."));
}

// The figures of the commune shown, computed when the sheet moves to another commune rather than
// every frame: the département and region values each go over the 35,000 communes of France.
const std::vector<KeyFigure>& keyFiguresOf(const TerritoryData& t, const std::string& code) {
    static const TerritoryData* forData = nullptr;
    static std::string forCode;
    static std::vector<KeyFigure> figures;
    if (forData != &t || forCode != code) {
        figures = communeKeyFigures(t, code);
        forData = &t;
        forCode = code;
    }
    return figures;
}

void keyFiguresBlock(const TerritoryData& t, const std::string& code) {
    const auto& figures = keyFiguresOf(t, code);
    if (figures.empty()) return;
    sectionTitle(T("Chiffres clés", "Key figures"));
    const float u = ImGui::GetFontSize();
    if (ImGui::BeginTable("figures", 4, ImGuiTableFlags_RowBg, ImVec2(25 * u, 0))) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Commune", ImGuiTableColumnFlags_WidthFixed, 4.6f * u);
        ImGui::TableSetupColumn(T("Départ.", "Dépt"), ImGuiTableColumnFlags_WidthFixed, 4.6f * u);
        ImGui::TableSetupColumn(T("Région", "Region"), ImGuiTableColumnFlags_WidthFixed, 4.6f * u);
        ImGui::TableHeadersRow();
        for (const auto& f : figures) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextWrapped("%s", f.label.c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::TextWrapped("%s", figure(f.commune, f).c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::TextColored(kMuted, "%s", f.departement ? figure(f.departement, f).c_str() : "—");
            ImGui::TableSetColumnIndex(3);
            ImGui::TextColored(kMuted, "%s", f.region ? figure(f.region, f).c_str() : "—");
        }
        ImGui::EndTable();
    }
    const auto trend = aplTrend(t, code);
    if (trend.size() >= 2) {
        std::vector<float> values;
        for (const auto& y : trend) values.push_back(static_cast<float>(y.value));
        const std::string caption = "APL " + std::to_string(trend.front().year) + " → " + std::to_string(trend.back().year) +
                                    " : " + formatFrench(trend.front().value, 2) + " → " + formatFrench(trend.back().value, 2);
        ImGui::TextUnformatted(caption.c_str());  // "APL 2015 → 2023 : …" reads the same in both
        ImGui::PushStyleColor(ImGuiCol_PlotLines, ImVec4(0.12f, 0.31f, 0.47f, 1));
        ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.94f, 0.95f, 0.96f, 1));
        ImGui::PlotLines("##apl", values.data(), static_cast<int>(values.size()), 0, nullptr, 0.0f,
                         std::max(5.0f, *std::max_element(values.begin(), values.end()) * 1.1f),
                         ImVec2(-1, 60 * ImGui::GetFontSize() / 16));
        ImGui::PopStyleColor(2);
        ImGui::TextColored(kMuted, "Pas d'édition 2020. Source : DREES.");
    }
}

void nearbyBlock(const TerritoryData& t, geo::Vec2 at, std::int64_t exceptFid) {
    sectionTitle(T("À proximité (à vol d'oiseau)", "Nearby (straight line)"));
    const auto housing = nearbyListings(t, at, "logement", 40000, 3, exceptFid);
    if (housing.empty()) ImGui::TextColored(kMuted, "Aucun logement référencé à moins de 40 km.");
    for (const auto& h : housing) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s — %s%s", h.name.c_str(), km(h.metres).c_str(), h.demo ? " (exemple)" : "");
    }
    for (const auto& h : nearbyHospitals(t, at, 3)) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s — %s", h.name.c_str(), km(h.metres).c_str());
    }
}

void listingsInCommune(const TerritoryData& t, const std::string& code) {
    bool any = false;
    for (const auto& l : t.listings) {
        if (l.communeCode != code) continue;
        if (!any) sectionTitle(T("Annonces dans la commune", "Listings in this commune"));
        any = true;
        ImGui::BulletText("%s", l.title.c_str());
        if (l.demo) {
            ImGui::SameLine();
            ImGui::TextColored(kDemoColour, "exemple");
        }
    }
}

void communeSheet(UiState& ui, const TerritoryData& t, const std::string& code) {
    auto row = t.aid.communes.row(code);
    if (!row) {
        ImGui::TextUnformatted("Commune hors des données d'indicateurs.");
        return;
    }
    ImGui::TextColored(kMuted, "Commune %s · département %s", code.c_str(), t.aid.communes.text(*row, "dept").c_str());
    const AidProfile profile = ui.finder.profile();
    if (const Profession* p = t.aid.professions.find(profile.profession)) zoneLine(t, code, *p);
    keyFiguresBlock(t, code);
    aidsBlock(t, code, profile);
    listingsInCommune(t, code);
}

const char* categoryLabel(const std::string& c) {
    if (c == "opportunite") return "Opportunité d'installation";
    if (c == "structure") return "Maison ou centre de santé";
    if (c == "logement") return "Logement";
    if (c == "stage") return "Terrain de stage";
    return "";
}

void listingSheet(UiState& ui, const TerritoryData& t, const Listing& l) {
    if (l.demo) {
        demoBadge();
        ImGui::SameLine();
    }
    ImGui::TextColored(kMuted, "%s%s%s", categoryLabel(l.category), l.kind.empty() ? "" : " · ", l.kind.c_str());
    std::string who;
    for (const auto& code : l.professions)
        if (const Profession* p = t.aid.professions.find(code)) who += (who.empty() ? "" : ", ") + p->label;
    if (!who.empty()) ImGui::TextWrapped("Pour : %s", who.c_str());
    ImGui::Text("%s (%s)", l.communeName.c_str(), l.communeCode.c_str());
    if (l.atCommuneCentre) ImGui::TextColored(kMuted, "placé au centre de la commune (adresse non saisie)");
    if (!l.startDate.empty()) ImGui::Text("À partir du %s", l.startDate.c_str());
    if (!l.description.empty()) ImGui::TextWrapped("%s", l.description.c_str());
    if (l.category == "logement") {
        ImGui::Text("Capacité : %s", l.capacity ? std::to_string(*l.capacity).c_str() : "pas de données");
        if (l.priceMinEur || l.priceMaxEur)
            ImGui::Text("Loyer : %s%s par mois", l.priceMinEur ? (euros(*l.priceMinEur) + " à ").c_str() : "",
                        l.priceMaxEur ? euros(*l.priceMaxEur).c_str() : "");
        else
            ImGui::TextUnformatted("Loyer : pas de données");
        if (l.furnished) ImGui::Text("Meublé : %s", *l.furnished ? "oui" : "non");
        if (l.vehicle) ImGui::Text("Véhicule prêté : %s", *l.vehicle ? "oui" : "non");
        if (!l.semesters.empty()) ImGui::Text("Semestres : %s", l.semesters.c_str());
    }
    if (l.category == "stage") {
        if (!l.service.empty()) ImGui::Text("Service : %s", l.service.c_str());
        if (!l.supervisor.empty()) ImGui::Text("Maître de stage : %s", l.supervisor.c_str());
    }
    const bool showContact = l.contactPublic || ui.edit.active;
    if (showContact && (!l.contactName.empty() || !l.contactPhone.empty() || !l.contactEmail.empty())) {
        sectionTitle(l.contactPublic ? "Contact" : "Contact (non public)");
        if (!l.contactName.empty()) ImGui::TextUnformatted(l.contactName.c_str());
        if (!l.contactPhone.empty()) ImGui::TextUnformatted(l.contactPhone.c_str());
        if (!l.contactEmail.empty()) ImGui::TextUnformatted(l.contactEmail.c_str());
    }
    // Aids for the listing's profession (or the visitor's), in this commune.
    AidProfile profile = ui.finder.profile();
    if (!l.professions.empty() && (ui.finder.professions.empty() || !l.hasProfession(profile.profession)))
        profile.profession = l.professions.front();
    if (const Profession* p = t.aid.professions.find(profile.profession)) zoneLine(t, l.communeCode, *p);
    if (l.category == "opportunite" || l.category == "structure") aidsBlock(t, l.communeCode, profile);
    nearbyBlock(t, l.lonLat, l.fid);
    keyFiguresBlock(t, l.communeCode);
    if (!l.source.empty()) ImGui::TextColored(kMuted, "Source : %s", l.source.c_str());
}

}  // namespace

bool drawTerritorySheet(UiState& ui, const MapModel& model) {
    if (!ui.selected || !model.scene.territory) return false;
    const MapLayer& layer = model.layers[ui.selected->layer];
    const TerritoryData& t = *model.scene.territory;
    gLanguage = ui.language;
    const std::string& id = layer.spec.catalogueId;
    if (id != kCommunesLayer && id != kZoningLayer && id != kListingsLayer) return false;
    const auto& table = layer.data.layer.table;
    const std::size_t f = ui.selected->feature;
    const float s = ui.uiScale;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = 27 * ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width - 12 * s, vp->WorkPos.y + 12 * s), ImGuiCond_Appearing);
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y - 60 * s));
    bool open = true;
    const std::string title = model.nameOf(*ui.selected) + "###details";
    if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (id == kListingsLayer) {
            const auto idCol = table.fieldIndex("id");
            const std::int64_t fid = idCol ? static_cast<std::int64_t>(geo::numberOf(table.at(f, *idCol)).value_or(-1)) : -1;
            for (const auto& l : t.listings)
                if (l.fid == fid) listingSheet(ui, t, l);
            if (ui.edit.active && ImGui::Button("Modifier cette annonce"))
                for (const auto& l : t.listings)
                    if (l.fid == fid) ui.edit.draft = l;
        } else {
            const auto code = table.fieldIndex("code_insee");
            if (code) communeSheet(ui, t, geo::toText(table.at(f, *code)));
        }
        if (ImGui::Button(tr(ui.language, Text::Zoom))) ui.flyTo = ui.selected;
        ImGui::SameLine();
        if (ImGui::Button(tr(ui.language, Text::Close))) open = false;
    }
    ImGui::End();
    if (!open) ui.selected.reset();
    return true;
}

}  // namespace app
