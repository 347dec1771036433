// The planner's accessibility model (issue 13): an enhanced two-step floating catchment (2SFCA),
// the family of the DREES APL, over points (commune centres) with a supply (GPs) and a demand
// (inhabitants). Travel times are the application's one estimate (travel_time.hpp); weights fall
// by bands of minutes. Pure computation over arrays: loading the communes is access_data.hpp's.
//
//   w(t)  the weight of the band holding t (bands are half-open: t < upper), 0 beyond the last
//   D_j = Σ_k w(t_kj)·P_k       the demand reaching supply point j (0: R_j = 0)
//   R_j = S_j / D_j             supply per inhabitant of j's catchment
//   A_i = Σ_j w(t_ij)·R_j       accessibility of i, before the calibration constant C
//
// t is symmetric and 0 within a commune, so each point is in its own catchment. A change of S_j
// moves R_j alone (D_j depends on populations only), hence A_i only for the i that reach j: a
// what-if costs the size of one catchment, not a new computation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/result.hpp"
#include "geo/types.hpp"
#include "travel_time.hpp"

namespace app {

struct WeightBand {
    double upperMinutes = 0;  // the band holds times below this, down to the previous band's upper
    double weight = 0;
    bool operator==(const WeightBand&) const = default;
};

// 1 below 10 minutes, 0.66 below 15, 0.33 below 20, 0 beyond: assumptions (the DREES says only that
// its weight decreases between 0 and 20 minutes), labelled so wherever they are shown.
std::vector<WeightBand> defaultWeightBands();

// "10:1,15:0.66,20:0.33": uppers increasing, above 0 and at most 120 minutes; weights in [0, 1].
// The error names the pair at fault.
geo::Result<std::vector<WeightBand>> parseWeightBands(const std::string& text);
std::string weightBandsText(const std::vector<WeightBand>& bands);  // as parseWeightBands reads it

double bandWeight(const std::vector<WeightBand>& bands, double minutes);

struct AccessParams {
    TravelModel travel;
    std::vector<WeightBand> bands = defaultWeightBands();
    bool operator==(const AccessParams&) const = default;
};

// Which points reach which, with their weight: for each point its catchment (itself included), in
// compressed rows. Built once per set of points and parameters; supply and demand do not enter it.
struct Catchments {
    std::vector<std::uint32_t> start{0};  // points + 1 entries
    std::vector<std::uint32_t> other;     // the points reached
    std::vector<double> weight;           // w(t) of each pair
    std::size_t pointCount() const { return start.size() - 1; }
    std::size_t pairCount() const { return other.size(); }  // ordered pairs, self pairs included
};

// Pairs found through a grid of cells one reach wide (the reach: the last band's upper, as a
// straight-line distance), then timed with the haversine estimate.
Catchments buildCatchments(const std::vector<geo::Vec2>& lonLat, const AccessParams& params);

struct AccessState {
    std::vector<double> supply;  // S_j
    std::vector<double> demand;  // D_j
    std::vector<double> ratio;   // R_j
    std::vector<double> access;  // A_i (uncalibrated)
};

AccessState computeAccess(const Catchments& c, const std::vector<double>& population, std::vector<double> supply);

// S_j += delta, with R_j and the A_i of j's catchment updated; the points whose A_i moved are
// appended to `touched` when given. A supply cannot go below 0 (the caller checks).
void changeSupply(
    const Catchments& c, AccessState& s, std::size_t j, double delta, std::vector<std::uint32_t>* touched = nullptr);

// C such that Σ P_i·C·A_i / Σ P_i = Σ P_i·apl_i / Σ P_i over the points with a value in `apl`
// (nullopt: left out). 0 when those points have no accessibility at all.
double calibrationConstant(const std::vector<double>& access,
                           const std::vector<double>& population,
                           const std::vector<std::optional<double>>& apl);

// Spearman's rank correlation of the pairs where both values are given (ties take their mean
// rank); nullopt with fewer than 3 pairs or when either side is constant.
std::optional<double> spearmanRho(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace app
