// The planner's accessibility lab (issue 13): the model of access_model.hpp over the communes of
// metropolitan France, calibrated on the DREES APL 2023, validated against it, and a what-if
// scenario (practitioners added or removed commune by commune) answered catchment by catchment,
// with undo. Shared by `santemap access`, the window's lab panel and the atlas.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "access_model.hpp"
#include "aid_context.hpp"
#include "geo/layer.hpp"
#include "zoning.hpp"

namespace app {

// The model's points: the communes of the indicators table with coordinates, outside 971-976.
struct AccessCommunes {
    std::vector<std::string> code, name, departement, region;
    std::vector<geo::Vec2> lonLat;
    std::vector<double> population;          // `pop`, 0 when empty
    std::vector<double> gps;                 // `medecins_generalistes`, 0 when empty
    std::vector<std::optional<double>> apl;  // `apl`: DREES APL 2023, nullopt when not published
    std::vector<std::size_t> directoryRow;   // the row in the indicators table
    std::unordered_map<std::size_t, std::size_t> pointOfRow;
    std::size_t size() const { return code.size(); }
};
AccessCommunes accessCommunes(const CommuneDirectory& indicators);

// The point of a commune code (current, former, delegated: as `aids` maps them); nullopt when
// unknown or outside the model (overseas).
std::optional<std::size_t> accessPointOf(const AccessCommunes& c, const CommuneDirectory& d, const std::string& code);

// Specialists of `profession` per point from the RPPS table (code, specialite, effectif): known
// in 41 and 45 only, 0 elsewhere.
geo::Result<std::vector<double>> specialistSupply(const AccessCommunes& c,
                                                  const CommuneDirectory& d,
                                                  const geo::Layer& rpps,
                                                  const Profession& profession);

inline constexpr const char* kGeneralPractice = "medecin-generaliste";

struct SupplyChange {
    std::string commune;  // as given (mapped to the current commune)
    int delta = 0;        // signed
    bool operator==(const SupplyChange&) const = default;
};

class AccessLab {
public:
    // GPs: calibrated so that the population-weighted mean equals the DREES's; a specialty's
    // supply (from specialistSupply): per 100,000 inhabitants, no calibration.
    AccessLab(const AccessCommunes& communes, std::vector<double> supply, AccessParams params, bool calibrate);

    const AccessParams& params() const { return m_params; }
    bool calibrated() const { return m_calibrated; }
    // C for GPs (consultations per GP per year), 100,000 for a specialty.
    double scale() const { return m_scale; }
    std::size_t pairCount() const { return m_catchments.pairCount(); }
    const Catchments& catchments() const { return m_catchments; }

    double baseline(std::size_t i) const { return m_scale * m_baseline.access[i]; }
    double current(std::size_t i) const { return m_scale * m_current.access[i]; }
    double supplyBefore(std::size_t i) const { return m_baseline.supply[i]; }
    double supplyAfter(std::size_t i) const { return m_current.supply[i]; }

    // Spearman's ρ between the baseline and the DREES APL 2023 over the points `in` selects.
    template <class Pred>
    std::optional<double> spearmanWithDrees(const AccessCommunes& c, Pred in) const {
        std::vector<double> x, y;
        for (std::size_t i = 0; i < c.size(); ++i)
            if (c.apl[i] && in(i)) {
                x.push_back(baseline(i));
                y.push_back(*c.apl[i]);
            }
        return spearmanRho(x, y);
    }

    // One change of the scenario: an error (nothing changed) when it would leave fewer than 0
    // practitioners. `point` is the change's commune's point.
    geo::Status apply(std::size_t point, const SupplyChange& change);
    // The last change undone; false when there is none.
    bool undo();
    void clear();  // back to the baseline
    const std::vector<SupplyChange>& changes() const { return m_changes; }
    // The points whose value moved since the baseline (a catchment per change).
    std::vector<std::uint32_t> touched() const;

private:
    AccessParams m_params;
    Catchments m_catchments;
    AccessState m_baseline, m_current;
    bool m_calibrated = false;
    double m_scale = 1;
    std::vector<SupplyChange> m_changes;
    std::vector<std::size_t> m_changePoints;
};

// What the lab computes on: the model's points (from the aid context's indicators) and the
// supply of `profession` (GPs from the indicators, a specialty from the RPPS table of the
// catalogue's communes layer). An unknown profession, or one without RPPS counts, is an error
// naming the known ones.
struct AccessInputs {
    AccessCommunes communes;
    std::string profession;
    std::vector<double> supply;
    bool generalPractice = true;  // calibrated on the DREES APL; a specialty is per 100,000
};
geo::Result<AccessInputs> loadAccessInputs(const AidContext& aid,
                                           const Catalogue& catalogue,
                                           const std::string& dataDir,
                                           const std::string& profession);

// The indicative zone of an APL value (zoning.hpp's thresholds); nullopt without a value.
std::optional<Zone> zoneOfApl(std::optional<double> apl);

}  // namespace app
