#include "access_map.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace app {

namespace {

double rounded(double v) { return std::round(v * 1000) / 1000; }

std::string csvText(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char ch : s) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return q + "\"";
}

std::string csvNumber(const std::optional<double>& v) {
    if (!v) return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", *v);
    return buf;
}

std::vector<const AidRule*> aidsAt(const AidContext& aid,
                                   const std::string& code,
                                   const std::string& dep,
                                   std::optional<Zone> zone,
                                   const std::string& date) {
    AidProfile profile;
    profile.profession = kGeneralPractice;
    profile.date = date;
    AidPlace place{code, dep, {}};
    place.zones["medecins"] = ZoneInfo{zone, zone ? "indicative" : ""};
    std::vector<const AidRule*> out;
    for (const auto& a : evaluateAids(aid.aids, aid.professions, profile, place).aids)
        if (!a.zoneUnknown) out.push_back(a.rule);
    return out;
}

}  // namespace

AccessRow accessRow(const AccessInputs& in, const AccessLab& lab, std::size_t i) {
    AccessRow r;
    r.point = i;
    r.model = rounded(lab.baseline(i));
    r.after = rounded(lab.current(i));
    r.delta = rounded(r.after - r.model);
    if (in.generalPractice && in.communes.apl[i]) {  // a specialty is never compared with an official figure
        r.apl = in.communes.apl[i];
        r.estimate = rounded(*r.apl + r.delta);
        r.zoneBefore = zoneOfApl(r.apl);
        r.zoneAfter = zoneOfApl(r.estimate);
    }
    return r;
}

std::string accessCsv(const AccessInputs& in, const AccessLab& lab, const std::vector<AccessRow>& rows) {
    std::string out =
        "code,name,population,supply,supply_after,apl_drees_2023,model,model_after,delta,estimate_after,"
        "zone_before,zone_after\n";
    for (const auto& r : rows) {
        const std::size_t i = r.point;
        out += in.communes.code[i] + "," + csvText(in.communes.name[i]) + "," + csvNumber(in.communes.population[i]) +
               "," + csvNumber(lab.supplyBefore(i)) + "," + csvNumber(lab.supplyAfter(i)) + "," + csvNumber(r.apl) +
               "," + csvNumber(r.model) + "," + csvNumber(r.after) + "," + csvNumber(r.delta) + "," +
               csvNumber(r.estimate) + "," + (r.zoneBefore ? zoneCode(*r.zoneBefore) : "") + "," +
               (r.zoneAfter ? zoneCode(*r.zoneAfter) : "") + "\n";
    }
    return out;
}

nlohmann::ordered_json accessRowJson(const AccessInputs& in, const AccessLab& lab, const AccessRow& r) {
    auto optional = [](const std::optional<double>& v) { return v ? nlohmann::ordered_json(*v) : nullptr; };
    auto zone = [](const std::optional<Zone>& z) { return z ? nlohmann::ordered_json(zoneCode(*z)) : nullptr; };
    const std::size_t i = r.point;
    return {{"code", in.communes.code[i]},
            {"name", in.communes.name[i]},
            {"population", in.communes.population[i]},
            {"supply", lab.supplyBefore(i)},
            {"supply_after", lab.supplyAfter(i)},
            {"apl_drees_2023", optional(r.apl)},
            {"model", r.model},
            {"model_after", r.after},
            {"delta", r.delta},
            {"estimate_after", optional(r.estimate)},
            {"zone_before", zone(r.zoneBefore)},
            {"zone_after", zone(r.zoneAfter)}};
}

std::string accessGeoJson(const AccessInputs& in, const AccessLab& lab, const std::vector<AccessRow>& rows) {
    nlohmann::ordered_json fc = {{"type", "FeatureCollection"}, {"features", nlohmann::ordered_json::array()}};
    for (const auto& r : rows) {
        const geo::Vec2 at = in.communes.lonLat[r.point];
        fc["features"].push_back({{"type", "Feature"},
                                  {"geometry", {{"type", "Point"}, {"coordinates", {at.x, at.y}}}},
                                  {"properties", accessRowJson(in, lab, r)}});
    }
    return fc.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::vector<AccessRow> touchedRows(const AccessInputs& in, const AccessLab& lab) {
    std::vector<AccessRow> rows;
    for (std::uint32_t i : lab.touched()) rows.push_back(accessRow(in, lab, i));
    std::sort(rows.begin(), rows.end(), [&](const AccessRow& a, const AccessRow& b) {
        return in.communes.code[a.point] < in.communes.code[b.point];
    });
    return rows;
}

std::vector<ZoneChange> zoneChanges(const AccessInputs& in,
                                    const AccessLab& lab,
                                    const AidContext& aid,
                                    const std::string& date) {
    std::vector<ZoneChange> out;
    if (!in.generalPractice) return out;
    for (const auto& r : touchedRows(in, lab)) {
        if (r.zoneBefore == r.zoneAfter) continue;
        ZoneChange z{r, {}, {}};
        const std::string& code = in.communes.code[r.point];
        const std::string& dep = in.communes.departement[r.point];
        const auto before = aidsAt(aid, code, dep, r.zoneBefore, date),
                   after = aidsAt(aid, code, dep, r.zoneAfter, date);
        for (const AidRule* a : after)
            if (std::find(before.begin(), before.end(), a) == before.end()) z.gained.push_back(a);
        for (const AidRule* a : before)
            if (std::find(after.begin(), after.end(), a) == after.end()) z.lost.push_back(a);
        out.push_back(std::move(z));
    }
    std::stable_sort(out.begin(), out.end(), [&](const ZoneChange& a, const ZoneChange& b) {
        return in.communes.population[a.row.point] > in.communes.population[b.row.point];
    });
    return out;
}

ChoroplethSpec accessChangeChoropleth(bool generalPractice) {
    const double k = generalPractice ? 1 : 10;
    return divergingChoropleth(kAccessColumn, 0.02 * k, 0.2 * k, 0.5 * k);
}

namespace {

// A specialty's model by fifths of its baseline over 41 and 45 (no official scale exists).
ChoroplethSpec specialtyScale(const AccessInputs& in, const AccessLab& lab) {
    std::vector<double> v;
    for (std::size_t i = 0; i < in.communes.size(); ++i)
        if (in.communes.departement[i] == "41" || in.communes.departement[i] == "45") v.push_back(lab.baseline(i));
    std::sort(v.begin(), v.end());
    ChoroplethSpec c;
    c.field = kAccessColumn;
    for (int q = 1; q < 5 && !v.empty(); ++q) {
        const double b = rounded(v[v.size() * q / 5]);
        if (c.breaks.empty() || b > c.breaks.back()) c.breaks.push_back(b);
    }
    const render::Rgba scale[] = {
        {178, 24, 43, 255}, {239, 138, 98, 255}, {253, 219, 199, 255}, {209, 229, 240, 255}, {103, 169, 207, 255}};
    for (std::size_t k = 0; k <= c.breaks.size(); ++k)
        c.colors.push_back(scale[k * 4 / std::max<std::size_t>(1, c.breaks.size())]);
    return c;
}

}  // namespace

Text accessViewText(AccessView view) {
    return view == AccessView::Change        ? Text::AccessViewChange
           : view == AccessView::ModelBefore ? Text::AccessViewBefore
           : view == AccessView::ModelAfter  ? Text::AccessViewAfter
                                             : Text::AccessViewEstimate;
}

ChoroplethSpec aplIndicatorScale(const Catalogue& catalogue) {
    if (const CatalogueLayer* layer = catalogue.find(kCommunesLayer))
        for (const auto& ind : layer->indicators)
            if (ind.id == "apl") return ind.choroplethFor("");
    return ChoroplethSpec{};
}

CommuneColouring accessColouring(AccessView view,
                                 const AccessInputs& in,
                                 const AccessLab& lab,
                                 const CommuneDirectory& directory,
                                 const ChoroplethSpec& aplScale,
                                 geo::FeatureTable& communes) {
    if (view == AccessView::EstimateAfter && !in.generalPractice) view = AccessView::Change;
    const auto codeCol = communes.fieldIndex("code_insee");
    std::vector<geo::Value> values(communes.rowCount());
    for (std::size_t r = 0; codeCol && r < communes.rowCount(); ++r) {
        const auto p = accessPointOf(in.communes, directory, geo::toText(communes.at(r, *codeCol)));
        if (!p) continue;
        if (!in.generalPractice && in.communes.departement[*p] != "41" && in.communes.departement[*p] != "45") continue;
        const AccessRow row = accessRow(in, lab, *p);
        switch (view) {
            case AccessView::Change:
                values[r] = row.delta;
                break;
            case AccessView::ModelBefore:
                values[r] = row.model;
                break;
            case AccessView::ModelAfter:
                values[r] = row.after;
                break;
            case AccessView::EstimateAfter:
                if (row.estimate) values[r] = *row.estimate;
                break;
        }
    }
    geo::setColumn(communes, kAccessColumn, geo::ValueKind::Real, std::move(values));
    CommuneColouring out;
    if (view == AccessView::Change) {
        out.choropleth = accessChangeChoropleth(in.generalPractice);
    } else {
        out.choropleth = in.generalPractice ? aplScale : specialtyScale(in, lab);
        out.choropleth->field = kAccessColumn;
    }
    const Text title = accessViewText(view);
    out.title = {trf(Language::French, Text::AccessLegendTitle, {tr(Language::French, title)}),
                 trf(Language::English, Text::AccessLegendTitle, {tr(Language::English, title)})};
    return out;
}

}  // namespace app
