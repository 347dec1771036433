// The planner's printed atlas (issue 13), as content: one page per commune with what the
// take-away sheet says of it (zone and its source, aids for the profile and their total,
// sources), its key figures against the département and the region, the APL trend and the
// SantéMap model — before and after a scenario when one is given, labelled "simulation". The page
// layout (map/atlas_document) draws it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "access_map.hpp"
#include "access_scenario.hpp"
#include "sheets.hpp"
#include "take_away.hpp"

namespace app {

// The GP model of the lab over metropolitan France (with `params`), the scenario applied, and its
// population-weighted means by département and region (before and after) for the key figures.
class AtlasModel {
public:
    // An error names the scenario's unknown commune or the change that removes too many GPs.
    static geo::Result<AtlasModel> build(const AidContext& aid,
                                         const Catalogue& catalogue,
                                         const std::string& dataDir,
                                         const std::optional<Scenario>& scenario,
                                         const std::string& date,
                                         const AccessParams& params = {});
    const AccessInputs& inputs() const { return *m_inputs; }
    const AccessLab& lab() const { return *m_lab; }
    const std::optional<Scenario>& scenario() const { return m_scenario; }
    // Spearman's ρ with the DREES APL 2023 over the communes of 41 and 45.
    std::optional<double> rho() const { return m_rho; }
    // The model's key-figure rows for a point's row (accessRow): before, and with a scenario after
    // and the APL + change ("APL officiel + variation").
    std::vector<KeyFigure> figures(const AccessRow& row) const;
    // The commune's zone change under the scenario, with the aids a GP gains or loses, if any.
    const ZoneChange* zoneChange(std::size_t point) const;

private:
    using Sums = std::unordered_map<std::string, std::pair<double, double>>;  // key → (Σ P·value, Σ P)
    struct Means {
        Sums before, after, estimate;
    };
    std::optional<double> mean(const Sums& sums, const std::string& key) const;
    std::unique_ptr<AccessInputs> m_inputs;
    std::unique_ptr<AccessLab> m_lab;
    std::optional<Scenario> m_scenario;
    std::optional<double> m_rho;
    Means m_departement, m_region;
    std::vector<ZoneChange> m_zoneChanges;
};

struct AtlasPage {
    TakeAway sheet;                   // the commune's take-away content for the profile
    std::vector<KeyFigure> figures;   // the sheet's key figures, then the model's
    std::vector<YearValue> trend;     // APL 2015-2023
    std::optional<AccessRow> access;  // the model's row (with a scenario, its result)
    std::string scenarioLine;         // "Simulation, modèle SantéMap : NAME — +2 à Mondoubleau (41143) …"
    std::vector<std::string> aidsGained, aidsLost;  // for a GP, when the scenario changes the zone
    std::string modelNote;                          // how the model is made and how far it agrees with the DREES
};

// The communes of an atlas, as current INSEE codes in the order given (duplicates dropped), or
// those of a département sorted by name. Only communes the territory's map draws (its communes
// layer) are accepted: errors name an unknown code, a commune outside the map, or a département
// the map does not cover (with those it does).
geo::Result<std::vector<std::string>> atlasCommunes(const TerritoryData& t,
                                                    const std::vector<std::string>& codes,
                                                    const std::string& departement);

// One page's content. `model` null: no model figures (the sheet's alone).
geo::Result<AtlasPage> atlasPage(
    const TerritoryData& t, const std::string& code, const AidProfile& profile, Language lang, const AtlasModel* model);

}  // namespace app
