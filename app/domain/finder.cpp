#include "finder.hpp"

#include <algorithm>
#include <cmath>

#include "listing_service.hpp"

namespace app {

AidProfile listingAidProfile(const TerritoryData& t, const Listing& l, const FinderState& state) {
    AidProfile profile = state.profile();
    if (!l.professions.empty() && (state.professions.empty() || !l.hasProfession(profile.profession)))
        profile.profession = l.professions.front();
    if (l.category != "logement" && l.category != "stage") return profile;
    profile.student = true;
    if (profile.profession.empty()) profile.profession = "medecin-generaliste";
    const Profession* p = t.aid.professions.find(profile.profession);
    auto row = t.aid.communes.row(l.communeCode);
    if (l.category == "stage" && p && row) {
        Placement placement;
        placement.level = p->group == "medecin" ? "interne" : "paramedical";
        placement.sitePopulation = t.aid.communes.number(*row, "pop");
        profile.placement = placement;
    }
    return profile;
}

void touchProfession(FinderState& state, const std::string& code) {
    auto& chosen = state.professions;
    const auto it = std::find(chosen.begin(), chosen.end(), code);
    if (state.compare) {
        if (it == chosen.end())
            chosen.push_back(code);
        else
            chosen.erase(it);
        return;
    }
    const bool onlyThisOne = chosen.size() == 1 && it != chosen.end();
    chosen.clear();
    if (!onlyThisOne) chosen.push_back(code);
}

void setComparing(FinderState& state, bool compare) {
    state.compare = compare;
    if (!compare && state.professions.size() > 1)
        state.professions.erase(state.professions.begin(), state.professions.end() - 1);
}

AidProfile FinderState::profile() const {
    AidProfile p;
    p.profession = professions.empty() ? "medecin-generaliste" : professions.back();
    p.student = student;
    p.firstInstallation = firstInstallation;
    p.date = date.empty() ? todayIso() : date;
    return p;
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
    c.field = kAidsTotalColumn;
    c.breaks = {1, 10000, 25000, 50000};
    c.colors = {
        {247, 247, 247, 255}, {218, 218, 235, 255}, {188, 189, 220, 255}, {128, 125, 186, 255}, {84, 39, 143, 255}};
    c.labels = {localText(Text::AidsNone),
                localText(Text::AidsUnder10k),
                localText(Text::Aids10kTo25k),
                localText(Text::Aids25kTo50k),
                localText(Text::Aids50kAndMore)};
    return c;
}

bool isAplYear(int year) { return std::find(std::begin(kAplYears), std::end(kAplYears), year) != std::end(kAplYears); }

// Another APL edition than 2023's, or the change between two editions (a diverging palette
// centred on 0, losses red): the column of that year, or the difference written into the table.
void aplEdition(FinderState& state, CommuneColouring& out, geo::FeatureTable& communes) {
    if (!isAplYear(state.aplYear)) state.aplYear = 2023;
    if (state.aplSinceYear != 0 && (!isAplYear(state.aplSinceYear) || state.aplSinceYear >= state.aplYear))
        state.aplSinceYear = 0;
    const std::string year = std::to_string(state.aplYear), since = std::to_string(state.aplSinceYear);
    if (state.aplSinceYear == 0) {
        if (state.aplYear == 2023) return;  // `apl`, three decimals, as the catalogue says
        out.choropleth->field = "apl_" + year;
        out.title = {trf(Language::French, Text::AplOfYear, {year}), trf(Language::English, Text::AplOfYear, {year})};
        return;
    }
    const auto to = communes.fieldIndex("apl_" + year), from = communes.fieldIndex("apl_" + since);
    std::vector<geo::Value> change(communes.rowCount());
    for (std::size_t r = 0; to && from && r < communes.rowCount(); ++r) {
        const auto a = geo::numberOf(communes.at(r, *from)), b = geo::numberOf(communes.at(r, *to));
        if (a && b) change[r] = std::round((*b - *a) * 100) / 100;  // the editions have two decimals
    }
    geo::setColumn(communes, kAplChangeColumn, geo::ValueKind::Real, std::move(change));
    out.choropleth = divergingChoropleth(kAplChangeColumn, 0.1, 0.5, 1);
    out.title = {trf(Language::French, Text::AplChange, {since, year}),
                 trf(Language::English, Text::AplChange, {since, year})};
}

}  // namespace

CommuneColouring communeColouring(FinderState& state, const TerritoryData& t, geo::FeatureTable& communes) {
    CommuneColouring out;
    if (state.indicator == kAidsIndicator) {
        const AidProfile profile = state.profile();
        std::vector<geo::Value> v;
        for (double x : aidTotals(t, communes, profile)) v.emplace_back(x);
        geo::setColumn(communes, kAidsTotalColumn, geo::ValueKind::Real, std::move(v));
        out.choropleth = aidsChoropleth();
        const Profession* p = t.aid.professions.find(profile.profession);
        const Text title = profile.student ? Text::AidsTitleStudent : Text::AidsTitleInstalling;
        out.title = {trf(Language::French, title, {p ? p->label.fr : profile.profession}),
                     trf(Language::English, title, {p ? p->label.in(Language::English) : profile.profession})};
    } else if (!state.indicator.empty()) {
        for (const Indicator* ind : indicatorsFor(t, state.professions))
            if (ind->id == state.indicator) {
                const std::string code = state.professions.empty() ? "" : state.professions.front();
                out.choropleth = ind->choroplethFor(code);
                out.title = ind->title;
                if (!ind->fieldPerProfession.empty())
                    if (const Profession* p = t.aid.professions.find(code))
                        out.title = {trf(Language::French, Text::LabelValue, {ind->title.fr, p->label.fr}),
                                     trf(Language::English,
                                         Text::LabelValue,
                                         {ind->title.in(Language::English), p->label.in(Language::English)})};
            }
        if (!out.choropleth) state.indicator.clear();  // not offered for these professions
        if (state.indicator == kAplIndicator) aplEdition(state, out, communes);
    }
    return out;
}

std::vector<geo::Value> communeVisibility(FinderState& state,
                                          const CommuneColouring& colouring,
                                          const geo::FeatureTable& communes) {
    const auto& choropleth = colouring.choropleth;
    const std::size_t classes = choropleth ? choropleth->colors.size() + 1 : 0;  // + "pas de données"
    if (state.hiddenClasses.size() != classes) state.hiddenClasses.assign(classes, false);
    std::vector<geo::Value> visible(communes.rowCount(), geo::Value{std::string("1")});
    if (!choropleth) return visible;
    const auto col = communes.fieldIndex(choropleth->field);
    for (std::size_t r = 0; r < communes.rowCount(); ++r) {
        auto x = col ? geo::numberOf(communes.at(r, *col)) : std::nullopt;
        const std::size_t cls = x ? classOf(*x, choropleth->breaks) : choropleth->colors.size();
        if (cls < state.hiddenClasses.size() && state.hiddenClasses[cls]) visible[r] = std::string("0");
    }
    return visible;
}

CategoryCount countListings(const FinderState& state, const TerritoryData& t, const std::string& category) {
    ListingFilter filter;
    filter.professions = state.professions;
    filter.categories = {category};
    CategoryCount count;
    for (const Listing& l : t.listings)
        if (filter.matches(l)) {
            ++count.shown;
            count.demo += l.demo;
        }
    return count;
}

std::vector<geo::Value> listingVisibility(const FinderState& state, const TerritoryData& t, std::size_t rows) {
    ListingFilter filter;
    filter.professions = state.professions;
    std::vector<geo::Value> visible(rows, geo::Value{std::string("0")});
    for (std::size_t r = 0; r < rows && r < t.listings.size(); ++r) {
        const Listing& l = t.listings[r];
        if (filter.matches(l) && !state.hiddenCategories.count(l.category)) visible[r] = std::string("1");
    }
    return visible;
}

}  // namespace app
