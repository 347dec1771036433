#include "sheets.hpp"

#include <algorithm>

#include "geo/layer_query.hpp"
#include "geo/point_in_polygon.hpp"
#include "number_format.hpp"
#include "travel_time.hpp"

namespace app {

namespace {

struct Spec {
    Text label;
    const char* field;
    int decimals;
    bool percent;
    bool weighted;  // population-weighted mean; otherwise no comparison
};

std::optional<double> density(const CommuneDirectory& d, const std::string& group, const std::string& value) {
    auto gp = d.sum("medecins_generalistes", group, value);
    auto pop = d.sum("pop", group, value);
    if (!gp || !pop || *pop <= 0) return std::nullopt;
    return *gp / *pop * 10000;
}

// How many communes of a département have a value of `field`, out of how many.
std::pair<std::size_t, std::size_t> publishedIn(const CommuneDirectory& d,
                                                const std::string& field,
                                                const std::string& departement) {
    std::pair<std::size_t, std::size_t> count{0, 0};
    for (std::size_t r = 0; r < d.table().rowCount(); ++r) {
        if (d.text(r, "dept") != departement) continue;
        ++count.second;
        count.first += d.number(r, field).has_value();
    }
    return count;
}

}  // namespace

std::string keyFigureText(Language lang, std::optional<double> v, const KeyFigure& f) {
    if (!v) return tr(lang, Text::NoData);
    const std::string number = formatNumber(lang, f.percent ? *v * 100 : *v, f.decimals);
    if (f.percent) return trf(lang, Text::Percent, {number});
    return f.unit ? trf(lang, *f.unit, {number}) : number;
}

std::vector<KeyFigure> communeKeyFigures(const TerritoryData& t, const std::string& code) {
    std::vector<KeyFigure> out;
    const auto& d = t.aid.communes;
    auto row = d.row(code);
    if (!row) return out;
    const std::string dep = d.text(*row, "dept"), reg = d.text(*row, "region");
    {
        KeyFigure f{Text::FigurePopulation,
                    d.number(*row, "pop"),
                    d.sum("pop", "dept", dep),
                    d.sum("pop", "region", reg),
                    0,
                    false,
                    std::nullopt,
                    std::nullopt};
        out.push_back(f);
    }
    const Spec specs[] = {
        {Text::FigureApl, "apl", 2, false, true},
        {Text::FigureEmergency, "temps_urgences_min", 0, false, true},
        {Text::FigureAged75, "pct_75_plus", 1, true, true},
        {Text::FigurePoverty, "pauvrete", 1, true, false},
    };
    for (const auto& s : specs) {
        KeyFigure f{s.label, d.number(*row, s.field), std::nullopt, std::nullopt, s.decimals, s.percent, {}, {}};
        if (s.label == Text::FigureEmergency) f.unit = Text::UnitMinutes;
        if (s.weighted) {
            f.departement = d.weightedMean(s.field, "pop", "dept", dep);
            f.region = d.weightedMean(s.field, "pop", "region", reg);
        } else {
            f.publishedFor = publishedIn(d, s.field, dep);
        }
        out.push_back(f);
        if (std::string(s.field) == "apl") {
            KeyFigure g{Text::FigureGpDensity,
                        std::nullopt,
                        density(d, "dept", dep),
                        density(d, "region", reg),
                        1,
                        false,
                        {},
                        {}};
            auto gp = d.number(*row, "medecins_generalistes");
            auto pop = d.number(*row, "pop");
            if (gp && pop && *pop > 0) g.commune = *gp / *pop * 10000;
            out.push_back(g);
        }
    }
    return out;
}

std::vector<YearValue> aplTrend(const TerritoryData& t, const std::string& code) {
    std::vector<YearValue> out;
    auto row = t.aid.communes.row(code);
    if (!row) return out;
    for (int year : {2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023})
        if (auto v = t.aid.communes.number(*row, "apl_" + std::to_string(year))) out.push_back({year, *v});
    return out;
}

std::vector<NearbyPlace> nearbyHospitals(const TerritoryData& t, geo::Vec2 lonLat, std::size_t k) {
    std::vector<NearbyPlace> out;
    auto it = t.layers.find(kHospitalsLayer);
    if (it == t.layers.end() || !it->second) return out;
    const geo::Layer& h = *it->second;
    const auto name = h.table.fieldIndex("hospital_name"), site = h.table.fieldIndex("site_name"),
               city = h.table.fieldIndex("city");
    for (std::size_t f = 0; f < h.geometry.featureCount(); ++f) {
        if (h.geometry.kind[f] != geo::GeomKind::Point) continue;
        NearbyPlace p;
        p.name = name ? geo::toText(h.table.at(f, *name)) : "";
        if (site && !geo::toText(h.table.at(f, *site)).empty() && geo::toText(h.table.at(f, *site)) != p.name)
            p.detail = geo::toText(h.table.at(f, *site));
        if (city) p.detail += (p.detail.empty() ? "" : ", ") + geo::toText(h.table.at(f, *city));
        const TravelEstimate e = estimateTravel(lonLat, h.geometry.firstVertex(f));
        p.metres = e.km * 1000;
        p.minutes = e.minutes;
        out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(), [](const NearbyPlace& a, const NearbyPlace& b) { return a.metres < b.metres; });
    if (out.size() > k) out.resize(k);
    return out;
}

std::vector<NearbyPlace> nearbyListings(const TerritoryData& t,
                                        geo::Vec2 lonLat,
                                        const std::string& category,
                                        double maxMetres,
                                        std::size_t k,
                                        std::int64_t exceptFid) {
    std::vector<NearbyPlace> out;
    for (const auto& l : t.listings) {
        if (l.category != category || l.fid == exceptFid) continue;
        const TravelEstimate e = estimateTravel(lonLat, l.lonLat);
        if (e.km * 1000 > maxMetres) continue;
        NearbyPlace p;
        p.name = l.title;
        p.detail = l.communeName;
        p.metres = e.km * 1000;
        p.minutes = e.minutes;
        p.demo = l.demo;
        out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(), [](const NearbyPlace& a, const NearbyPlace& b) { return a.metres < b.metres; });
    if (out.size() > k) out.resize(k);
    return out;
}

std::optional<std::string> communeAt(const TerritoryData& t, geo::Vec2 lonLat) {
    if (!t.communes) return std::nullopt;
    const auto code = t.communes->table.fieldIndex("code_insee");
    if (!code) return std::nullopt;
    for (std::size_t f = 0; f < t.communes->geometry.featureCount(); ++f) {
        const geo::Box b = t.communes->geometry.featureBox(f);
        if (lonLat.x < b.minX || lonLat.x > b.maxX || lonLat.y < b.minY || lonLat.y > b.maxY) continue;
        if (geo::featureContains(t.communes->geometry, f, lonLat.x, lonLat.y))
            return geo::toText(t.communes->table.at(f, *code));
    }
    return std::nullopt;
}

}  // namespace app
