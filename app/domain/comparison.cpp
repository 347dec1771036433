#include "comparison.hpp"

#include <map>

namespace app {

namespace {

// The territory's communes layer columns, by name.
struct Columns {
    std::optional<std::size_t> code, epci, epciName;
};
Columns columnsOf(const geo::Layer& l) {
    return {l.table.fieldIndex("code_insee"), l.table.fieldIndex("epci_code"), l.table.fieldIndex("epci_nom")};
}

}  // namespace

geo::Result<ComparedPlace> compareCommune(const TerritoryData& t, const std::string& code, const AidProfile& profile) {
    const auto row = t.aid.communes.row(code);
    if (!row) return geo::Error{geo::ErrorCode::NotFound, "unknown commune code '" + code + "'", ""};
    ComparedPlace p;
    p.code = t.aid.communes.currentCode(code);
    p.name = t.aid.communes.text(*row, "nom");
    p.figures = communeKeyFigures(t, p.code);
    p.trend = aplTrend(t, p.code);
    const Profession* profession = t.aid.professions.find(profile.profession);
    p.zone = t.aid.zoneOf(*row, profession ? profession->zoningKey() : "medecins");
    if (profession) {
        const AidPlace place = t.aid.placeOf(*row, *profession);
        p.aids = evaluateAids(t.aid.aids, t.aid.professions, profile, place);
    }
    return p;
}

std::optional<std::string> epciOfCommune(const TerritoryData& t, const std::string& code) {
    if (!t.communes) return std::nullopt;
    const Columns c = columnsOf(*t.communes);
    if (!c.code || !c.epci) return std::nullopt;
    const std::string current = t.aid.communes.currentCode(code);
    for (std::size_t r = 0; r < t.communes->table.rowCount(); ++r)
        if (geo::toText(t.communes->table.at(r, *c.code)) == current) {
            const std::string epci = geo::toText(t.communes->table.at(r, *c.epci));
            if (!epci.empty()) return epci;
        }
    return std::nullopt;
}

geo::Result<ComparedPlace> compareEpci(const TerritoryData& t, const std::string& epciCode) {
    const Columns c = t.communes ? columnsOf(*t.communes) : Columns{};
    if (!c.code || !c.epci) return geo::Error{geo::ErrorCode::NotFound, "the communes layer has no epci_code", ""};
    ComparedPlace p;
    p.code = epciCode;
    p.epci = true;
    p.communes = 0;
    // Per figure: Σ population·value and Σ population over the members with a value.
    std::vector<double> weighted, weights;
    std::vector<bool> missing;
    std::map<int, std::pair<double, double>> trend;  // year → (Σ p·apl, Σ p)
    for (std::size_t r = 0; r < t.communes->table.rowCount(); ++r) {
        if (geo::toText(t.communes->table.at(r, *c.epci)) != epciCode) continue;
        const std::string code = geo::toText(t.communes->table.at(r, *c.code));
        if (p.name.empty() && c.epciName) p.name = geo::toText(t.communes->table.at(r, *c.epciName));
        const auto figures = communeKeyFigures(t, code);
        if (figures.empty()) continue;
        const double pop = figures.front().commune.value_or(0);
        if (p.figures.empty()) {
            p.figures = figures;  // labels, units, département and region of the first member
            weighted.assign(figures.size(), 0);
            weights.assign(figures.size(), 0);
            missing.assign(figures.size(), false);
        }
        ++p.communes;
        for (std::size_t k = 0; k < figures.size() && k < weighted.size(); ++k) {
            if (!figures[k].commune) {
                missing[k] = true;
                continue;
            }
            // Population is summed (weight 1); the others are weighted by it.
            const double w = figures[k].label == Text::FigurePopulation ? 1 : pop;
            weighted[k] += w * *figures[k].commune;
            weights[k] += w;
        }
        for (const auto& yv : aplTrend(t, code)) {
            trend[yv.year].first += pop * yv.value;
            trend[yv.year].second += pop;
        }
    }
    if (p.communes == 0)
        return geo::Error{geo::ErrorCode::NotFound, "no commune of the territory in EPCI '" + epciCode + "'", ""};
    for (std::size_t k = 0; k < p.figures.size(); ++k) {
        KeyFigure& f = p.figures[k];
        const bool summed = f.label == Text::FigurePopulation;
        const bool wholeOrNothing = f.publishedFor.has_value();  // secret for some: no made-up total
        f.commune = weights[k] > 0 && !(wholeOrNothing && missing[k])
                        ? std::optional<double>(summed ? weighted[k] : weighted[k] / weights[k])
                        : std::nullopt;
        f.publishedFor.reset();
    }
    for (const auto& [year, sums] : trend)
        if (sums.second > 0) p.trend.push_back({year, sums.first / sums.second});
    return p;
}

}  // namespace app
