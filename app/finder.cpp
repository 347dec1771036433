#include "finder.hpp"

#include <algorithm>

#include "listing_service.hpp"
#include "styling.hpp"

namespace app {

AidProfile FinderState::profile() const {
    AidProfile p;
    p.profession = professions.empty() ? "medecin-generaliste" : professions.front();
    p.student = student;
    p.firstInstallation = firstInstallation;
    p.date = date.empty() ? todayIso() : date;
    return p;
}

std::optional<std::size_t> layerOf(const MapModel& model, const std::string& catalogueId) {
    for (std::size_t k = 0; k < model.layers.size(); ++k)
        if (model.layers[k].spec.catalogueId == catalogueId) return k;
    return std::nullopt;
}

std::vector<const Indicator*> indicatorsFor(const TerritoryData& t, const std::vector<std::string>& professions) {
    std::vector<const Indicator*> out;
    for (const auto& layer : t.catalogue.layers) {
        if (layer.build != "territory-communes") continue;
        for (const auto& ind : layer.indicators) {
            bool applies = false;
            if (professions.empty()) {
                applies = ind.fieldPerProfession.empty() &&
                          std::find(ind.professions.begin(), ind.professions.end(), "*") != ind.professions.end();
                applies = applies || ind.id == "apl" || ind.id == "mg_densite";
            } else {
                const Profession* p = t.aid.professions.find(professions.front());
                applies = p && ind.appliesTo(*p);
                // Per-profession columns exist only for professions the source counts.
                if (applies && p && ind.fieldPerProfession.rfind("rpps_", 0) == 0) applies = !p->rpps.empty();
                if (applies && p && ind.fieldPerProfession.rfind("sirene_", 0) == 0) applies = !p->sireneColumn.empty();
                if (p && p->code == "medecin-generaliste" && ind.id == "specialite") applies = false;  // APL says more
            }
            if (applies) out.push_back(&ind);
        }
    }
    return out;
}

std::vector<double> aidTotals(const TerritoryData& t, const geo::FeatureTable& communes, const AidProfile& profile) {
    std::vector<double> totals(communes.rowCount(), 0);
    const auto code = communes.fieldIndex("code_insee");
    const Profession* p = t.aid.professions.find(profile.profession);
    if (!code || !p) return totals;
    for (std::size_t r = 0; r < communes.rowCount(); ++r) {
        auto row = t.aid.communes.row(geo::toText(communes.at(r, *code)));
        if (!row) continue;
        totals[r] = evaluateAids(t.aid.aids, t.aid.professions, profile, t.aid.placeOf(*row, *p)).totalMax;
    }
    return totals;
}

namespace {

ChoroplethSpec aidsChoropleth() {
    ChoroplethSpec c;
    c.field = "aides_total_eur";
    c.breaks = {1, 10000, 25000, 50000};
    c.colors = {{247, 247, 247, 255}, {218, 218, 235, 255}, {188, 189, 220, 255}, {128, 125, 186, 255}, {84, 39, 143, 255}};
    c.labels = {"aucune", "moins de 10 000 €", "10 000 à 25 000 €", "25 000 à 50 000 €", "50 000 € et plus"};
    return c;
}

}  // namespace

std::vector<std::size_t> applyFinder(FinderState& state, MapModel& model, LayerSpec& communesBase) {
    std::vector<std::size_t> changed;
    if (!model.scene.territory) return changed;
    const TerritoryData& t = *model.scene.territory;

    if (auto k = layerOf(model, "communes")) {
        MapLayer& layer = model.layers[*k];
        geo::FeatureTable& table = layer.data.layer.table;
        LayerSpec spec = communesBase;
        std::optional<ChoroplethSpec> choropleth;
        std::string title;
        if (state.indicator == kAidsIndicator) {
            const AidProfile profile = state.profile();
            std::vector<geo::Value> v;
            for (double x : aidTotals(t, table, profile)) v.emplace_back(x);
            geo::setColumn(table, "aides_total_eur", geo::ValueKind::Real, std::move(v));
            choropleth = aidsChoropleth();
            const Profession* p = t.aid.professions.find(profile.profession);
            title = std::string("Aides disponibles, ") + (p ? p->label : profile.profession) +
                    (profile.student ? " (étudiant·e)" : " (installation)");
        } else if (!state.indicator.empty()) {
            for (const Indicator* ind : indicatorsFor(t, state.professions))
                if (ind->id == state.indicator) {
                    const std::string code = state.professions.empty() ? "" : state.professions.front();
                    choropleth = ind->choroplethFor(code);
                    title = ind->title;
                    if (!ind->fieldPerProfession.empty())
                        if (const Profession* p = t.aid.professions.find(code)) title += " : " + p->label;
                }
            if (!choropleth) state.indicator.clear();  // not offered for these professions
        }
        if (choropleth) {
            spec.categories.reset();
            spec.choropleth = *choropleth;
            spec.title = title;
        }
        const std::size_t classes = choropleth ? choropleth->colors.size() + 1 : 0;  // + "pas de données"
        if (state.hiddenClasses.size() != classes) state.hiddenClasses.assign(classes, false);
        // Legend classes switched off: those communes are not filled.
        std::vector<geo::Value> visible(table.rowCount(), geo::Value{std::string("1")});
        if (choropleth) {
            const auto col = table.fieldIndex(choropleth->field);
            for (std::size_t r = 0; r < table.rowCount(); ++r) {
                auto x = col ? geo::numberOf(table.at(r, *col)) : std::nullopt;
                const std::size_t cls = x ? classOf(*x, choropleth->breaks) : choropleth->colors.size();
                if (cls < state.hiddenClasses.size() && state.hiddenClasses[cls]) visible[r] = std::string("0");
            }
            spec.filter = FilterSpec{kVisibleColumn, {"1"}, std::nullopt, std::nullopt};
        }
        geo::setColumn(table, kVisibleColumn, geo::ValueKind::String, std::move(visible));
        spec.opacity = layer.spec.opacity;
        layer.spec = spec;
        refreshVisibility(layer);
        changed.push_back(*k);
    }
    if (auto k = layerOf(model, "annonces")) {
        MapLayer& layer = model.layers[*k];
        geo::FeatureTable& table = layer.data.layer.table;
        ListingFilter filter;
        filter.professions = state.professions;
        std::vector<geo::Value> visible(table.rowCount(), geo::Value{std::string("0")});
        for (std::size_t r = 0; r < table.rowCount() && r < t.listings.size(); ++r) {
            const geo::Listing& l = t.listings[r];
            if (filter.matches(l) && !state.hiddenCategories.count(l.category)) visible[r] = std::string("1");
        }
        geo::setColumn(table, kVisibleColumn, geo::ValueKind::String, std::move(visible));
        refreshVisibility(layer);
        changed.push_back(*k);
    }
    return changed;
}

}  // namespace app
