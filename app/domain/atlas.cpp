#include "atlas.hpp"

#include <algorithm>
#include <unordered_set>

#include "geo/text_search.hpp"
#include "number_format.hpp"

namespace app {

namespace {

void add(std::unordered_map<std::string, std::pair<double, double>>& sums,
         const std::string& key,
         double population,
         std::optional<double> value) {
    if (!value || population <= 0) return;
    auto& s = sums[key];
    s.first += population * *value;
    s.second += population;
}

std::string signedCount(Language lang, int delta) {
    return (delta > 0 ? "+" : "\u2212") + formatNumber(lang, std::abs(delta));
}

// "+2 Mondoubleau (41143), −30 Orléans (45234)"
std::string changesText(const AidContext& aid, const Scenario& s, Language lang) {
    std::string out;
    for (const auto& c : s.changes) {
        const std::string code = aid.communes.currentCode(c.commune);
        const auto row = aid.communes.row(code);
        const std::string name = row ? aid.communes.text(*row, "nom") : c.commune;
        out +=
            (out.empty() ? "" : ", ") + signedCount(lang, c.delta) + " " + trf(lang, Text::NameAndCode, {name, code});
    }
    return out;
}

}  // namespace

geo::Result<AtlasModel> AtlasModel::build(const AidContext& aid,
                                          const Catalogue& catalogue,
                                          const std::string& dataDir,
                                          const std::optional<Scenario>& scenario,
                                          const std::string& date,
                                          const AccessParams& params) {
    auto in = loadAccessInputs(aid, catalogue, dataDir, kGeneralPractice);
    if (!in) return in.error();
    AtlasModel m;
    m.m_inputs = std::make_unique<AccessInputs>(std::move(in.value()));
    const AccessCommunes& c = m.m_inputs->communes;
    m.m_lab = std::make_unique<AccessLab>(c, m.m_inputs->supply, params, true);
    if (scenario) {
        for (const auto& change : scenario->changes) {
            auto point = accessPointOf(c, aid.communes, change.commune);
            if (!point)
                return geo::Error{
                    geo::ErrorCode::BadArgument,
                    "unknown commune code '" + change.commune + "' in the scenario (or outside metropolitan France)",
                    ""};
            if (auto applied = m.m_lab->apply(*point, change); !applied) return applied.error();
        }
        m.m_scenario = scenario;
        m.m_zoneChanges = zoneChanges(*m.m_inputs, *m.m_lab, aid, date);
    }
    m.m_rho = m.m_lab->spearmanWithDrees(
        c, [&](std::size_t i) { return c.departement[i] == "41" || c.departement[i] == "45"; });
    for (std::size_t i = 0; i < c.size(); ++i) {
        const AccessRow row = accessRow(*m.m_inputs, *m.m_lab, i);
        for (auto [means, key] : {std::pair{&m.m_departement, c.departement[i]}, std::pair{&m.m_region, c.region[i]}}) {
            add(means->before, key, c.population[i], row.model);
            add(means->after, key, c.population[i], row.after);
            add(means->estimate, key, c.population[i], row.estimate);
        }
    }
    return m;
}

std::optional<double> AtlasModel::mean(const Sums& sums, const std::string& key) const {
    auto it = sums.find(key);
    if (it == sums.end() || it->second.second <= 0) return std::nullopt;
    return it->second.first / it->second.second;
}

std::vector<KeyFigure> AtlasModel::figures(const AccessRow& row) const {
    const AccessCommunes& c = m_inputs->communes;
    const std::string& dep = c.departement[row.point];
    const std::string& reg = c.region[row.point];
    std::vector<KeyFigure> out;
    auto figure = [&](Text label, std::optional<double> value, const Sums& d, const Sums& r) {
        out.push_back(KeyFigure{label, value, mean(d, dep), mean(r, reg), 2, false, std::nullopt, std::nullopt});
    };
    figure(Text::FigureModel, row.model, m_departement.before, m_region.before);
    if (m_scenario) {
        figure(Text::FigureModelAfter, row.after, m_departement.after, m_region.after);
        figure(Text::FigureEstimateAfter, row.estimate, m_departement.estimate, m_region.estimate);
    }
    return out;
}

const ZoneChange* AtlasModel::zoneChange(std::size_t point) const {
    for (const auto& z : m_zoneChanges)
        if (z.row.point == point) return &z;
    return nullptr;
}

geo::Result<std::vector<std::string>> atlasCommunes(const TerritoryData& t,
                                                    const std::vector<std::string>& codes,
                                                    const std::string& departement) {
    if (!t.communes) return geo::Error{geo::ErrorCode::NotFound, "the territory has no communes layer", ""};
    const geo::Layer& layer = *t.communes;
    const auto codeCol = layer.table.fieldIndex("code_insee"), depCol = layer.table.fieldIndex("departement"),
               nameCol = layer.table.fieldIndex("nom");
    if (!codeCol || !depCol || !nameCol)
        return geo::Error{geo::ErrorCode::BadArgument, "the communes layer lacks code_insee, departement or nom", ""};
    std::unordered_set<std::string> drawn;
    std::vector<std::string> departements;
    for (std::size_t r = 0; r < layer.table.rowCount(); ++r) {
        drawn.insert(geo::toText(layer.table.at(r, *codeCol)));
        const std::string d = geo::toText(layer.table.at(r, *depCol));
        if (std::find(departements.begin(), departements.end(), d) == departements.end()) departements.push_back(d);
    }
    std::vector<std::string> out;
    if (!departement.empty()) {
        std::vector<std::pair<std::string, std::string>> named;  // (folded name, code)
        for (std::size_t r = 0; r < layer.table.rowCount(); ++r)
            if (geo::toText(layer.table.at(r, *depCol)) == departement)
                named.emplace_back(geo::foldForSearch(geo::toText(layer.table.at(r, *nameCol))),
                                   geo::toText(layer.table.at(r, *codeCol)));
        // The territory's own départements only: the map's neighbours are a fringe, not a whole one.
        const bool own = std::any_of(t.catalogue.agencies.begin(), t.catalogue.agencies.end(), [&](const auto& a) {
            return a.departement == departement;
        });
        if (named.empty() || !own) {
            std::string known;
            for (const auto& a : t.catalogue.agencies) known += (known.empty() ? "" : ", ") + a.departement;
            return geo::Error{
                geo::ErrorCode::BadArgument,
                "the territory's map does not cover département '" + departement + "' (it covers " + known + ")",
                ""};
        }
        std::sort(named.begin(), named.end());
        for (auto& n : named) out.push_back(std::move(n.second));
        return out;
    }
    for (const auto& given : codes) {
        const std::string code = t.aid.communes.currentCode(given);
        if (!t.aid.communes.row(code))
            return geo::Error{geo::ErrorCode::NotFound, "no commune with INSEE code '" + given + "'", ""};
        if (!drawn.count(code))
            return geo::Error{geo::ErrorCode::BadArgument,
                              "commune '" + given + "' is outside the territory's map (its communes layer)",
                              ""};
        if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
    }
    return out;
}

geo::Result<AtlasPage> atlasPage(const TerritoryData& t,
                                 const std::string& code,
                                 const AidProfile& profile,
                                 Language lang,
                                 const AtlasModel* model) {
    auto sheet = takeAwayForCommune(t, code, profile, lang, profile.date);
    if (!sheet) return sheet.error();
    AtlasPage page;
    page.sheet = std::move(sheet.value());
    page.figures = communeKeyFigures(t, code);
    page.trend = aplTrend(t, code);
    if (!model) return page;
    const AccessInputs& in = model->inputs();
    if (auto point = accessPointOf(in.communes, t.aid.communes, code)) {
        page.access = accessRow(in, model->lab(), *point);
        for (auto& f : model->figures(*page.access)) page.figures.push_back(std::move(f));
        if (const ZoneChange* z = model->zoneChange(*point)) {
            for (const AidRule* a : z->gained) page.aidsGained.push_back(a->name.in(lang));
            for (const AidRule* a : z->lost) page.aidsLost.push_back(a->name.in(lang));
        }
    }
    if (model->scenario())
        page.scenarioLine = trf(lang, Text::LabMapTitle, {model->scenario()->name}) + " \u2014 " +
                            changesText(t.aid, *model->scenario(), lang);
    const AccessParams& p = model->lab().params();
    page.modelNote = trf(lang,
                         Text::AtlasModelNote,
                         {formatNumber(lang, p.travel.detour, 1),
                          formatNumber(lang, p.travel.speedKmh),
                          weightBandsText(p.bands),
                          formatNumber(lang, model->lab().scale()),
                          model->rho() ? formatNumber(lang, *model->rho(), 2) : tr(lang, Text::NoData)});
    return page;
}

}  // namespace app
