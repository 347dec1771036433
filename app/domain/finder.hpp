// The opportunity finder's state (profession chips, profile, indicator, legend classes, listing
// categories) and what it asks of the map: which colouring for the communes, which communes and
// listings are visible. Colours and visibility only, never meshes; no GL.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "aids.hpp"
#include "style.hpp"
#include "territory.hpp"

namespace app {

inline constexpr const char* kAidsIndicator = "aides";  // the aid total for the profile, per commune
// The DREES APL editions (none in 2020): the APL indicator can show any, or the change between two.
inline constexpr int kAplYears[] = {2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023};
inline constexpr const char* kAplIndicator = "apl";
inline constexpr const char* kAplChangeColumn = "evolution_apl";
inline constexpr const char* kAidsTotalColumn = "aides_total_eur";

struct FinderState {
    std::vector<std::string> professions;  // chips selected (codes)
    bool compare = false;                  // staff comparing professions: chips add to each other
    bool student = false;
    bool firstInstallation = true;
    std::string date;                        // YYYY-MM-DD (today by default)
    std::string indicator;                   // indicator id, kAidsIndicator, or "" (départements)
    int aplYear = 2023;                      // the APL edition shown
    int aplSinceYear = 0;                    // with a year of kAplYears: the change since it
    std::vector<bool> hiddenClasses;         // legend classes switched off, for the indicator shown
    std::set<std::string> hiddenCategories;  // listing categories switched off

    AidProfile profile() const;  // for the profession chosen last (the one the aids follow)
};

// The aid profile of a listing's sheet: the listing's own profession when the visitor's is not
// one of its own; at housing and internship sites a student's (a GP's when no profession is
// chosen); at an internship site, that of a six-month placement there (an intern's, or a
// paramedical student's for a profession outside medicine).
AidProfile listingAidProfile(const TerritoryData& t, const Listing& l, const FinderState& state);

// A touch on a profession's chip. A visitor is one person: it replaces the choice, and touching
// the chosen one again clears it. When comparing, it adds or removes that profession.
void touchProfession(FinderState& state, const std::string& code);
// Comparing switched on or off; off keeps only the profession chosen last.
void setComparing(FinderState& state, bool compare);

// The listings of one category that the profession filter keeps (the counts of "Annonces"), and
// how many of them are examples.
struct CategoryCount {
    std::size_t shown = 0, demo = 0;
};
CategoryCount countListings(const FinderState& state, const TerritoryData& t, const std::string& category);

// Indicators of the communes layer that apply to the chosen professions (all when none chosen,
// except those that need a profession).
std::vector<const Indicator*> indicatorsFor(const TerritoryData& t, const std::vector<std::string>& professions);

// The most the aids can pay in each commune of `communes` (rows of the communes layer) for a
// profile: the value of the kAidsIndicator choropleth.
std::vector<double> aidTotals(const TerritoryData& t, const geo::FeatureTable& communes, const AidProfile& profile);

struct CommuneColouring {
    std::optional<ChoroplethSpec> choropleth;  // nullopt: the catalogue's own style (départements)
    LocalText title;                           // legend title
};

// The colouring `state` asks for. For the aid totals, writes their column into `communes` first.
// An indicator not offered for the chosen professions is dropped from `state`.
CommuneColouring communeColouring(FinderState& state, const TerritoryData& t, geo::FeatureTable& communes);

// The visibility column of the communes ("1" shown, "0" hidden) for the legend classes switched off;
// resizes state.hiddenClasses to the colouring's classes (+ "pas de données").
std::vector<geo::Value> communeVisibility(FinderState& state,
                                          const CommuneColouring& colouring,
                                          const geo::FeatureTable& communes);

// The visibility column of the listings layer: the chosen professions and categories.
std::vector<geo::Value> listingVisibility(const FinderState& state, const TerritoryData& t, std::size_t rows);

}  // namespace app
